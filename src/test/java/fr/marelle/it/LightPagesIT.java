package fr.marelle.it;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages travel light: text answers are gzip-compressed for browsers that accept it, the portal's own
 * style sheets and scripts have addresses that change with their content and are kept a year. The
 * test adds up what each parent page costs on a first visit (the page and every style sheet, script and
 * image it names), prints it and holds it under 100 KB. Demo families famille70 and famille83.
 */
class LightPagesIT extends PortalITBase {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Style sheets, scripts and images a page names on the portal (links to pages are not loaded). */
    private static final Pattern ASSET = Pattern.compile(
            "<(?:link|script|img)\\b[^>]*?\\b(?:href|src)=\"(/(?:jakarta\\.faces\\.resource|resources)/[^\"]+)\"");

    @Test
    void pagesAndAssetsAreCompressedAndTheOwnAssetsCachedAYearUnderAVersionedAddress() {
        HttpResponse<byte[]> plain = get("/login.xhtml", null, false);
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "no gzip unless asked");
        HttpResponse<byte[]> login = get("/login.xhtml", null, true);
        assertEquals(200, login.statusCode());
        assertEquals("gzip", login.headers().firstValue("Content-Encoding").orElse(""));
        String page = gunzip(login.body());
        assertTrue(page.contains("<html") && page.contains("loginForm"), page);
        assertTrue(login.body().length * 2 < plain.body().length, login.body().length + " bytes compressed, " + plain.body().length + " plain");

        Matcher css = Pattern.compile("href=\"(/jakarta\\.faces\\.resource/css/portal\\.css\\.xhtml\\?[^\"]*v=[0-9a-f]{8}[^\"]*)\"").matcher(page);
        assertTrue(css.find(), "the portal's style sheet under a versioned address: " + page);
        HttpResponse<byte[]> sheet = get(css.group(1).replace("&amp;", "&"), null, true);
        assertEquals(200, sheet.statusCode());
        assertEquals("public, max-age=31536000, immutable", sheet.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("gzip", sheet.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gunzip(sheet.body()).contains(".error-summary"));
        HttpResponse<byte[]> unversioned = get("/jakarta.faces.resource/css/portal.css.xhtml", null, true);
        assertFalse(unversioned.headers().firstValue("Cache-Control").orElse("").contains("immutable"),
                "an address without the version is not kept a year");

        HttpResponse<byte[]> json = get("/api/v1/legal", null, true);
        assertEquals("gzip", json.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gunzip(json.body()).startsWith("{"));
    }

    @Test
    void aParentsHomePageOnAFirstVisitCostsWhatItPrints() {
        PageSession parent = PageSession.signIn("famille70@example.net", ItEnvironment.DEMO_PASSWORD);
        long total = firstVisit("/parent/home.xhtml", parent.cookie);
        assertTrue(total > 0);
    }

    /**
     * Every parent page, with the ids it needs, costs at most 100 KB on a first visit (the page, its style
     * sheets, scripts and images), and none loads PrimeFaces' theme, icons or scripts unless it uses a
     * PrimeFaces component. Demo family famille83.
     */
    @Test
    void everyParentPageOnAFirstVisitCostsAtMost100KbAndLoadsPrimeFacesOnlyWhereItIsUsed() throws Exception {
        PageSession parent = PageSession.signIn("famille83@example.net", ItEnvironment.DEMO_PASSWORD);
        long household = Sql.count("select g.household_id from guardian g join account a on a.id = g.account_id"
                + " where a.email = 'famille83@example.net'");
        long child = Sql.count("select coalesce(min(child_id), 0) from household_child where household_id = " + household);
        Sql.update("insert into payment_attempt (reference, provider, regie_code, household_id, amount_cents, payer_email,"
                + " status, created_at) values ('LIGHT-83', 'payfip', 'PERISCOLAIRE', " + household
                + ", 1000, 'famille83@example.net', 'ABANDONED', " + Sql.now() + ") on conflict (reference) do nothing");
        long attempt = Sql.count("select id from payment_attempt where reference = 'LIGHT-83'");
        String invoiceNumber = LastMonthInvoice.create("famille83@example.net", "IT_LIGHT");
        long invoice = Sql.count("select id from invoice where number = '" + invoiceNumber + "'");
        List<String> pages;
        try (Stream<Path> files = Files.list(Path.of("src/main/webapp/parent"))) {
            pages = files.map(f -> "/parent/" + f.getFileName()).filter(f -> f.endsWith(".xhtml")).sorted().toList();
        }
        assertTrue(pages.size() > 10, pages.toString());
        List<String> tooHeavy = new ArrayList<>();
        for (String page : pages) {
            String query = page.matches(".*/(bookings|booking-history|calendar-feed)\\.xhtml") ? "?child=" + child
                    : page.endsWith("/child.xhtml") ? "?id=" + child
                    : page.endsWith("/payment.xhtml") ? "?attempt=" + attempt
                    : page.endsWith("/invoice.xhtml") ? "?id=" + invoice : "";
            long total = firstVisit(page + query, parent.cookie);
            if (total > 100 * 1024) {
                tooHeavy.add(page + " " + total / 1024 + " KB");
            }
        }
        assertEquals(List.of(), tooHeavy, "parent pages above 100 KB on a first visit");

        String home = gunzip(get("/parent/home.xhtml", parent.cookie, true).body());
        for (String unused : List.of("theme.css.xhtml?ln=primefaces", "primeicons.css", "jquery.js", "core.js")) {
            assertFalse(home.contains(unused), "a page without PrimeFaces components loads no " + unused + ": " + home);
        }
        PageSession admin = PageSession.signIn("admin@example.org", ItEnvironment.DEMO_PASSWORD);
        String audit = gunzip(get("/admin/audit.xhtml", admin.cookie, true).body());
        for (String used : List.of("theme.css.xhtml?ln=primefaces-saga", "primeicons.css", "jquery.js", "core.js")) {
            assertTrue(audit.contains(used), "the audit log's data table needs " + used + ": " + audit);
        }
    }

    /** Fetches a page and every style sheet, script and image it names (gzip accepted) and prints the total. */
    private static long firstVisit(String pathAndQuery, String cookie) {
        HttpResponse<byte[]> answer = get(pathAndQuery, cookie, true);
        assertEquals(200, answer.statusCode(), pathAndQuery);
        String page = gunzip(answer.body());
        long total = answer.body().length;
        List<String> assets = new ArrayList<>();
        Matcher asset = ASSET.matcher(page);
        while (asset.find()) {
            String path = asset.group(1).replace("&amp;", "&");
            HttpResponse<byte[]> loaded = get(path, cookie, true);
            assertEquals(200, loaded.statusCode(), path);
            total += loaded.body().length;
            assets.add(path.replaceAll("\\?.*", "") + " " + loaded.body().length + " B"
                    + loaded.headers().firstValue("Content-Encoding").map(e -> " (" + e + ")").orElse(""));
        }
        System.out.println("[light pages] " + pathAndQuery + " on a first visit: " + total / 1024 + " KB transferred: page "
                + answer.body().length + " B, " + assets);
        return total;
    }

    private static HttpResponse<byte[]> get(String path, String cookie, boolean gzip) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ItEnvironment.baseUrl() + path)).GET();
        if (gzip) {
            request.header("Accept-Encoding", "gzip, deflate, br");
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
