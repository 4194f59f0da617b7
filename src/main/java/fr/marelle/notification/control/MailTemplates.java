package fr.marelle.notification.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mail templates under {@code mail/<name>_<language>.txt} on the classpath: a first line
 * {@code Subject: ...}, a blank line, then the body. {@code {{name}}} is replaced by its value.
 */
public final class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9]+)}}");

    private MailTemplates() {
    }

    public record Rendered(String subject, String body) {
    }

    public static Rendered render(String template, String language, Map<String, ?> values) {
        String text = load(template, "en".equals(language) ? "en" : "fr");
        if (!text.startsWith("Subject: ")) {
            throw new IllegalStateException("mail template " + template + " must start with 'Subject: '");
        }
        int endOfSubject = text.indexOf('\n');
        String subject = fill(text.substring("Subject: ".length(), endOfSubject).strip(), values);
        String body = fill(text.substring(endOfSubject + 1).stripLeading(), values);
        return new Rendered(subject, body);
    }

    static String fill(String text, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String load(String template, String language) {
        String path = "mail/" + template + "_" + language + ".txt";
        try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("unknown mail template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
