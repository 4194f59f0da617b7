package fr.marelle.notification.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every mail template exists in French and English and renders with its values. */
class MailTemplatesTest {

    private static final Pattern FILE = Pattern.compile("(.+)_([a-z]{2})\\.txt");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9]+)}}");

    /** The folder mail/ of the classpath, i.e. src/main/resources/mail once built. */
    private static Path mailFolder() throws URISyntaxException {
        return Path.of(MailTemplatesTest.class.getClassLoader().getResource("mail").toURI());
    }

    private static List<Path> files() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(mailFolder())) {
            return files.sorted().toList();
        }
    }

    static Set<String> templates() throws IOException, URISyntaxException {
        Set<String> names = new TreeSet<>();
        for (Path file : files()) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            if (m.matches()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static String text(String template, String language) throws IOException, URISyntaxException {
        return Files.readString(mailFolder().resolve(template + "_" + language + ".txt"), StandardCharsets.UTF_8);
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void theFolderHoldsOnlyFrenchAndEnglishTemplates() throws Exception {
        List<Path> files = files();
        assertTrue(files.size() >= 2, "templates found in " + mailFolder());
        for (Path file : files) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            assertTrue(m.matches(), "name <template>_<language>.txt: " + file.getFileName());
            assertTrue(Set.of("fr", "en").contains(m.group(2)), "language fr or en: " + file.getFileName());
        }
        assertTrue(templates().containsAll(Set.of("activation", "account-exists", "account-locked", "password-reset",
                "password-changed", "invitation-parent", "invitation-staff")), templates().toString());
    }

    @ParameterizedTest
    @MethodSource("templates")
    void existsInFrenchAndEnglishWithASubjectLineAndTheSamePlaceholders(String template) throws Exception {
        String fr = text(template, "fr");
        String en = text(template, "en");
        assertTrue(fr.startsWith("Subject: "), template + "_fr");
        assertTrue(en.startsWith("Subject: "), template + "_en");
        assertFalse(placeholders(fr).isEmpty(), template);
        assertEquals(placeholders(fr), placeholders(en), "the caller gives the same values whatever the language");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void rendersInEachLanguageWithEveryPlaceholderFilled(String template) throws Exception {
        for (String language : List.of("fr", "en")) {
            Map<String, Object> values = new HashMap<>();
            for (String name : placeholders(text(template, language))) {
                values.put(name, "<" + name + "-value>");
            }
            MailTemplates.Rendered mail = MailTemplates.render(template, language, values);
            String whole = mail.subject() + "\n" + mail.body();
            assertFalse(mail.subject().isBlank(), template);
            assertFalse(mail.subject().contains("\n"), template);
            assertFalse(mail.body().isBlank(), template);
            assertFalse(mail.body().startsWith("\n"), "the blank line after the subject is not part of the body");
            assertFalse(whole.contains("{{"), template + "_" + language + ": " + whole);
            assertFalse(whole.startsWith("Subject:"), template);
            for (String name : values.keySet()) {
                assertTrue(whole.contains("<" + name + "-value>"), template + "_" + language + " shows " + name);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void aMissingValueIsRefused(String template) throws Exception {
        Set<String> names = placeholders(text(template, "fr"));
        for (String missing : names) {
            Map<String, Object> values = new HashMap<>();
            names.forEach(n -> values.put(n, "x"));
            values.remove(missing);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> MailTemplates.render(template, "fr", values));
            assertTrue(e.getMessage().contains("{{" + missing + "}}"), e.getMessage());
        }
    }

    @Test
    void frenchIsUsedForAnyLanguageButEnglish() {
        Map<String, Object> values = Map.of("townName", "Marelle", "firstName", "Camille", "hours", 48,
                "link", "http://127.0.0.1/activate.xhtml?token=t");
        MailTemplates.Rendered fr = MailTemplates.render("activation", "fr", values);
        MailTemplates.Rendered en = MailTemplates.render("activation", "en", values);
        assertEquals("Marelle – activez votre compte", fr.subject());
        assertEquals("Marelle – activate your account", en.subject());
        assertNotEquals(fr, en);
        assertEquals(fr, MailTemplates.render("activation", "de", values));
        assertEquals(fr, MailTemplates.render("activation", null, values));
        assertTrue(fr.body().startsWith("Bonjour,\n"), "no name: the address is not confirmed yet: " + fr.body());
        assertTrue(fr.body().contains("valable 48 heures"), fr.body());
    }

    @Test
    void valuesAreInsertedLiterally() {
        assertEquals("cost: $1 \\ {{x}}", MailTemplates.fill("cost: {{a}}", Map.of("a", "$1 \\ {{x}}")));
    }

    @Test
    void anUnknownTemplateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MailTemplates.render("no-such-template", "fr", Map.of()));
    }
}
