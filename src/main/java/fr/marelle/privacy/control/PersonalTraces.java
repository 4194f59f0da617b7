package fr.marelle.privacy.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The strings that identify an erased person (e-mail, names, phones, address) as one PostgreSQL
 * regular expression, to find and blank them in the free text the portal keeps about others: the
 * audit trail, mails to other guardians, histories. Strings shorter than four characters identify
 * nobody and would blank unrelated text, so they are left out.
 */
public final class PersonalTraces {

    /** What replaces an erased string. */
    public static final String ERASED = "[effacé]";

    static final int SHORTEST = 4;

    private PersonalTraces() {
    }

    /** A case-insensitive-ready alternation of the strings, longest first; empty when none is long enough. */
    public static String pattern(Collection<String> values) {
        List<String> kept = values.stream().filter(Objects::nonNull).map(String::strip)
                .filter(v -> v.length() >= SHORTEST).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        return kept.stream().map(PersonalTraces::literal).collect(Collectors.joining("|"));
    }

    /** The string as a literal of PostgreSQL's regular expressions: every sign escaped, letters and digits as they are. */
    static String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() * 2);
        value.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c) && c != ' ') {
                out.append('\\');
            }
            out.appendCodePoint(c);
        });
        return out.toString();
    }
}
