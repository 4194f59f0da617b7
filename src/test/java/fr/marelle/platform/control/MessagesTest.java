package fr.marelle.platform.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The French (base) and English bundles of i18n/messages and the choice between them. */
class MessagesTest {

    private static Properties load(String path) throws IOException {
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    /** A key given twice silently takes the later text: "Comptes des familles" became "Règlements" that way. */
    @Test
    void noKeyIsGivenTwice() throws IOException {
        for (String path : new String[]{"i18n/messages.properties", "i18n/messages_en.properties"}) {
            Set<String> seen = new java.util.HashSet<>();
            Properties properties = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    assertTrue(seen.add((String) key), path + ": " + key + " is given twice");
                    return super.put(key, value);
                }
            };
            try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(path)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void frenchAndEnglishHaveExactlyTheSameKeys() throws IOException {
        Set<String> fr = new TreeSet<>(load("i18n/messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("i18n/messages_en.properties").stringPropertyNames());
        assertFalse(fr.isEmpty());
        Set<String> onlyFrench = new TreeSet<>(fr);
        onlyFrench.removeAll(en);
        Set<String> onlyEnglish = new TreeSet<>(en);
        onlyEnglish.removeAll(fr);
        assertEquals(Set.of(), onlyFrench, "keys missing in messages_en.properties");
        assertEquals(Set.of(), onlyEnglish, "keys missing in messages.properties");
    }

    @Test
    void noValueHasAnEmptyTextOrAPlainApostrophe() throws IOException {
        for (String path : new String[]{"i18n/messages.properties", "i18n/messages_en.properties"}) {
            Properties properties = load(path);
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key);
                assertFalse(value.isBlank(), path + ": " + key + " is empty");
                assertFalse(value.contains("'"), path + ": " + key + " has ' (MessageFormat drops it): use ’ instead");
            }
        }
    }

    @Test
    void everyMessageIsAValidMessageFormatPattern() throws IOException {
        for (String path : new String[]{"i18n/messages.properties", "i18n/messages_en.properties"}) {
            Properties properties = load(path);
            for (String key : properties.stringPropertyNames()) {
                new java.text.MessageFormat(properties.getProperty(key)); // throws when malformed
            }
        }
    }

    @Test
    void englishForEnglishFrenchForAnythingElse() {
        assertEquals(Locale.ENGLISH, Messages.supported(Locale.ENGLISH));
        assertEquals(Locale.ENGLISH, Messages.supported(Locale.UK));
        assertEquals(Locale.FRENCH, Messages.supported(Locale.FRENCH));
        assertEquals(Locale.FRENCH, Messages.supported(Locale.GERMAN));
        assertEquals(Locale.FRENCH, Messages.supported(null));
        assertEquals(Locale.ENGLISH, Messages.forLanguage("en-GB"));
        assertEquals(Locale.FRENCH, Messages.forLanguage("de"));
        assertEquals(Locale.FRENCH, Messages.forLanguage(null));
    }

    @Test
    void textsComeFromTheBundleOfTheChosenLanguage() {
        assertEquals("Adresse e-mail ou mot de passe incorrect.", Messages.text(Locale.FRENCH, "login.invalid"));
        assertEquals("Wrong e-mail address or password.", Messages.text(Locale.ENGLISH, "login.invalid"));
        assertEquals("Adresse e-mail ou mot de passe incorrect.", Messages.text(Locale.GERMAN, "login.invalid"),
                "German falls back to French, not to the server's language");
        assertEquals("Adresse e-mail ou mot de passe incorrect.", Messages.text(null, "login.invalid"));
    }

    @Test
    void frenchDoesNotDependOnTheServersDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            java.util.ResourceBundle.clearCache();
            assertEquals("Adresse e-mail ou mot de passe incorrect.", Messages.text(Locale.GERMAN, "login.invalid"));
            assertEquals("Adresse e-mail ou mot de passe incorrect.", Messages.text(Locale.FRENCH, "login.invalid"));
        } finally {
            Locale.setDefault(before);
            java.util.ResourceBundle.clearCache();
        }
    }

    @Test
    void argumentsAreFormattedAndApostrophesKept() {
        assertEquals("Le mot de passe doit contenir au moins 12 caractères.",
                Messages.text(Locale.FRENCH, "password.tooShort", 12));
        assertEquals("The password must be at least 12 characters long.",
                Messages.text(Locale.ENGLISH, Violation.of("password", "password.tooShort", 12)));
        assertTrue(Messages.text(Locale.FRENCH, "email.invalid").startsWith("L’adresse"));
        assertEquals("Requête trop volumineuse (au plus 512 Ko).", Messages.text(Locale.FRENCH, "problem.413", 512));
    }

    @Test
    void anUnknownKeyIsShownAsItself() {
        assertEquals("no.such.key", Messages.text(Locale.FRENCH, "no.such.key"));
    }
}
