package fr.marelle.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static fr.marelle.it.Sql.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every page of the portal as each role that may open it, read from src/main/webapp (a new page is
 * crawled without editing this class): opened without parameters, with garbage ({@code ?id=abc},
 * {@code ?child=-1}, a number too big) and with the ids of another family in each of its parameters
 * (those it declares with f:viewParam, and {@code id}). No answer may be a server error, and a parent
 * never sees another family's household, child or invoice. Opened with the visitor's own ids, the
 * French pages show no ISO date ("2026-11-30") and each page of a role has its own title.
 * <p>
 * Uses the demo families famille45 (the parent who crawls), famille46 (the other family, whose data
 * must not leak) and famille47 (a household without children).
 */
class EveryPageCrawlIT extends PortalITBase {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final String PARENT = "famille45@example.net";
    private static final String OTHER = "famille46@example.net";
    private static final String CHILDLESS = "famille47@example.net";
    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam name=\"([a-zA-Z]+)\"");
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    /** Sessions of one visitor reading pages at once. */
    private static final int READERS = 3;

    /** Who crawls each folder of the webapp ("" is the root). */
    private static final Map<String, List<String>> VISITORS = Map.of(
            "", List.of(""),
            "error", List.of(""),
            "parent", List.of(PARENT),
            "staff", List.of("agent@example.org"),
            "finance", List.of("finance@example.org"),
            "admin", List.of("admin@example.org"),
            "account", List.of(PARENT, "agent@example.org"));

    private static final Map<String, Long> OWN = new HashMap<>();
    private static final Map<String, Long> FOREIGN = new HashMap<>();
    /** The demo parent with invoiced months and payments, for the formats of what famille45 does not have yet. */
    private static final String INVOICED = "parent@example.org";
    private static final Map<String, Long> INVOICED_IDS = new HashMap<>();
    /** What a parent of famille45 must never read: famille46's names and invoice numbers. */
    private static final List<String> FOREIGN_TEXTS = new ArrayList<>();

    @BeforeAll
    static void families() {
        for (var family : List.of(Map.entry(PARENT, OWN), Map.entry(OTHER, FOREIGN), Map.entry(INVOICED, INVOICED_IDS))) {
            Map<String, Long> ids = family.getValue();
            long household = count("select g.household_id from guardian g join account a on a.id = g.account_id"
                    + " where a.email = '" + family.getKey() + "'");
            ids.put("household", household);
            ids.put("child", count("select coalesce(min(child_id), 0) from household_child where household_id = " + household));
            ids.put("invoice", count("select coalesce(min(id), 0) from invoice where household_id = " + household));
            ids.put("attempt", count("select coalesce(min(id), 0) from payment_attempt where household_id = " + household));
            ids.put("registration", count("select coalesce(min(id), 0) from registration where household_id = " + household));
        }
        // an invoice of some other household when famille46 has none
        if (FOREIGN.get("invoice") == 0) {
            FOREIGN.put("invoice", count("select min(id) from invoice where household_id <> " + OWN.get("household")));
        }
        if (FOREIGN.get("attempt") == 0) {
            FOREIGN.put("attempt", count("select coalesce(min(id), 0) from payment_attempt where household_id <> " + OWN.get("household")));
        }
        assertFalse(OWN.get("child") == 0 || FOREIGN.get("child") == 0, "famille45 and famille46 have children");
        String foreignName = Sql.text("select name from household where id = " + FOREIGN.get("household"));
        if (!foreignName.equals(Sql.text("select name from household where id = " + OWN.get("household")))) {
            FOREIGN_TEXTS.add(foreignName);
        }
        FOREIGN_TEXTS.add(Sql.text("select first_name || ' ' || last_name from child where id = " + FOREIGN.get("child")));
        FOREIGN_TEXTS.add(Sql.text("select number from invoice where id = " + FOREIGN.get("invoice")));
        // a household whose children were all removed
        long childless = count("select g.household_id from guardian g join account a on a.id = g.account_id"
                + " where a.email = '" + CHILDLESS + "'");
        Sql.update("delete from household_child where household_id = " + childless);
    }

    @Test
    void noPageFailsWithoutParametersWithGarbageOrWithAnotherFamilysIds() {
        List<String> problems = new ArrayList<>();
        for (String visitor : visitors()) {
            List<String> addresses = new ArrayList<>();
            for (String page : pagesOf(visitor)) {
                for (String query : queries(page)) {
                    addresses.add(page + (query.isEmpty() ? "" : "?" + query));
                }
            }
            List<HttpResponse<String>> answers = openAll(visitor, addresses);
            for (int i = 0; i < addresses.size(); i++) {
                String address = addresses.get(i);
                HttpResponse<String> answer = answers.get(i);
                if (answer.statusCode() >= 500) {
                    problems.add(who(visitor) + " " + address + ": HTTP " + answer.statusCode());
                } else if (PARENT.equals(visitor)) {
                    for (String foreign : FOREIGN_TEXTS) {
                        if (answer.body().contains(foreign)) {
                            problems.add(who(visitor) + " " + address + ": shows another family's " + foreign);
                        }
                    }
                }
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void aHouseholdWithoutChildrenOpensEveryParentPage() {
        List<String> addresses = new ArrayList<>();
        for (String page : pages("parent")) {
            for (String query : List.of("", "child=" + OWN.get("child"), "child=-1", "id=abc")) {
                addresses.add(page + (query.isEmpty() ? "" : "?" + query));
            }
        }
        List<HttpResponse<String>> answers = openAll(CHILDLESS, addresses);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            if (answers.get(i).statusCode() >= 500) {
                problems.add(addresses.get(i) + ": HTTP " + answers.get(i).statusCode());
            }
        }
        assertNoProblems(problems);
        String history = ReadableText.page(answers.get(addresses.indexOf("/parent/booking-history.xhtml")));
        assertTrue(history.contains("Choisissez d’abord un enfant"), history);
    }

    @Test
    void frenchPagesShowNoIsoDateAndEachPageOfARoleHasItsOwnTitle() {
        List<String> problems = new ArrayList<>();
        Set<String> readers = new LinkedHashSet<>(visitors());
        readers.add(INVOICED);
        for (String visitor : readers) {
            Map<String, String> titles = new LinkedHashMap<>();
            Map<String, Long> ids = INVOICED.equals(visitor) ? INVOICED_IDS : OWN;
            List<String> pages = INVOICED.equals(visitor) ? pages("parent") : pagesOf(visitor);
            List<HttpResponse<String>> answers = openAll(visitor, pages.stream().map(page -> page + "?" + ownQuery(page, ids)).toList());
            for (int i = 0; i < pages.size(); i++) {
                String page = pages.get(i);
                HttpResponse<String> answer = answers.get(i);
                if (answer.statusCode() != 200) {
                    continue; // redirected (e.g. to the home page): judged where it lands
                }
                Matcher title = TITLE.matcher(answer.body());
                if (title.find() && !page.startsWith("/error/")) {
                    String previous = titles.put(title.group(1).strip(), page);
                    if (previous != null) {
                        problems.add(who(visitor) + ": " + page + " has the title of " + previous + ": " + title.group(1).strip());
                    }
                }
                Matcher iso = ISO_DATE.matcher(shownText(answer.body()));
                if (iso.find()) {
                    problems.add(who(visitor) + " " + page + ": an ISO date on a French page: …"
                            + around(shownText(answer.body()), iso.start()) + "…");
                }
            }
        }
        assertNoProblems(problems);
    }

    /** The text a reader sees: no tags, scripts, styles, nor the audit trail's raw JSON. */
    private static String shownText(String html) {
        return html.replaceAll("(?s)<script\\b.*?</script>", " ").replaceAll("(?s)<style\\b.*?</style>", " ")
                .replaceAll("(?s)<code class=\"json\">.*?</code>", " ")
                .replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replaceAll("\\s+", " ");
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 30));
    }

    /** The query a page needs with the visitor's own records (the pages that need ids). */
    private static String ownQuery(String page, Map<String, Long> own) {
        Set<String> params = params(page);
        List<String> query = new ArrayList<>();
        if (params.contains("household")) {
            query.add("household=" + own.get("household"));
        }
        if (params.contains("child")) {
            query.add("child=" + own.get("child"));
        }
        if (params.contains("attempt")) {
            query.add("attempt=" + own.get("attempt"));
        }
        String id = switch (page) {
            case "/parent/child.xhtml", "/staff/child.xhtml" -> "id=" + own.get("child");
            case "/parent/invoices.xhtml", "/parent/invoice.xhtml", "/finance/invoice.xhtml" -> "id=" + own.get("invoice");
            case "/staff/household.xhtml", "/finance/household.xhtml" -> "id=" + own.get("household");
            case "/staff/activity.xhtml" -> "id=" + count("select min(id) from activity");
            case "/staff/registration.xhtml" -> "id=" + count("select min(id) from registration");
            default -> null;
        };
        if (id != null) {
            query.add(id);
        }
        return String.join("&", query);
    }

    /** No parameter; then each parameter alone with garbage and with each of the other family's ids. */
    private static List<String> queries(String page) {
        List<String> queries = new ArrayList<>(List.of(""));
        Set<String> foreign = new LinkedHashSet<>();
        FOREIGN.values().stream().filter(id -> id != 0).forEach(id -> foreign.add(id.toString()));
        for (String param : params(page)) {
            List<String> values = new ArrayList<>(List.of("abc", "-1", "0", "99999999999999999999", "%27%22%3C"));
            values.addAll(foreign);
            for (String value : values) {
                queries.add(param + "=" + (value.contains("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8)));
            }
        }
        return queries;
    }

    /** The page's f:viewParam names, and id (some pages read it from the request). */
    private static Set<String> params(String page) {
        Set<String> names = new TreeSet<>(Set.of("id"));
        try {
            Matcher m = VIEW_PARAM.matcher(Files.readString(WEBAPP.resolve(page.substring(1))));
            while (m.find()) {
                names.add(m.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static Set<String> visitors() {
        Set<String> all = new LinkedHashSet<>();
        VISITORS.values().forEach(all::addAll);
        return all;
    }

    private static List<String> pagesOf(String visitor) {
        return VISITORS.entrySet().stream().filter(e -> e.getValue().contains(visitor))
                .flatMap(e -> pages(e.getKey()).stream()).sorted().toList();
    }

    private static List<String> pages(String folder) {
        try (Stream<Path> files = Files.list(WEBAPP.resolve(folder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xhtml"))
                    .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The answers to the addresses, in their order, opened by {@link #READERS} sessions of the visitor at once (each
     * its own sign-in and cookie, as several people would): the crawl only reads, and one page at a time left a core idle.
     */
    private static List<HttpResponse<String>> openAll(String visitor, List<String> addresses) {
        List<Function<String, HttpResponse<String>>> sessions = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            sessions.add(opener(visitor));
        }
        @SuppressWarnings("unchecked")
        HttpResponse<String>[] answers = new HttpResponse[addresses.size()];
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                int reader = r;
                readers.add(pool.submit(() -> {
                    for (int i = reader; i < answers.length; i += READERS) {
                        answers[i] = sessions.get(reader).apply(addresses.get(i));
                    }
                }));
            }
            for (Future<?> reader : readers) {
                reader.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return List.of(answers);
    }

    private static Function<String, HttpResponse<String>> opener(String visitor) {
        if (visitor.isEmpty()) {
            return path -> Api.get(path);
        }
        PageSession session = PageSession.signIn(visitor, ItEnvironment.DEMO_PASSWORD);
        return session::get;
    }

    private static String who(String visitor) {
        return visitor.isEmpty() ? "anonymous" : visitor;
    }

    private static void assertNoProblems(List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " problems:\n" + String.join("\n", problems));
        }
        assertEquals(List.of(), problems);
    }
}
