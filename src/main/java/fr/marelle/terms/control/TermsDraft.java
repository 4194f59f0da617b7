package fr.marelle.terms.control;

import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A new version of the terms of use as the administrator types it (page or API): label, texts in French and
 * English, the day it comes into force ({@code 2027-01-01}, Paris). The field names are those of the JSON body
 * and of the page's inputs.
 */
public record TermsDraft(String label, String textFr, String textEn, String inForceOn) {

    static final int LABEL_MAX = 20;
    static final int TEXT_MAX = 100_000;
    /** The label names the version in links ({@code terms.xhtml?version=…}) and in the API: no spaces or signs. */
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** The draft checked: label and texts stripped, the day parsed. */
    public record Checked(String label, String textFr, String textEn, LocalDate inForceOn) {
    }

    /**
     * Every broken rule at once, each naming its field: a label non-blank, short, made of letters, digits, dots,
     * dashes or underscores and not used yet (without case); both texts non-blank; the day in force a date not
     * before today (today: in force at once).
     */
    public Checked check(LocalDate today, Predicate<String> labelTaken) {
        List<Violation> violations = new ArrayList<>();
        String l = strip(label);
        if (l == null) {
            violations.add(Violation.of("version", "terms.label.required"));
        } else if (l.length() > LABEL_MAX) {
            violations.add(Violation.of("version", "terms.label.tooLong", LABEL_MAX));
        } else if (!LABEL.matcher(l).matches()) {
            violations.add(Violation.of("version", "terms.label.invalid"));
        } else if (labelTaken.test(l)) {
            violations.add(Violation.of("version", "terms.label.taken", l));
        }
        String fr = text("textFr", textFr, violations);
        String en = text("textEn", textEn, violations);
        LocalDate day = null;
        String typed = strip(inForceOn);
        if (typed == null) {
            violations.add(Violation.of("inForceOn", "terms.inForceOn.required"));
        } else {
            try {
                day = LocalDate.parse(typed);
                if (day.isBefore(today)) {
                    violations.add(Violation.of("inForceOn", "terms.inForceOn.past"));
                }
            } catch (DateTimeParseException e) {
                violations.add(Violation.of("inForceOn", "terms.inForceOn.invalid"));
            }
        }
        RuleViolationException.throwIfAny(violations);
        return new Checked(l, fr, en, day);
    }

    private static String text(String field, String typed, List<Violation> violations) {
        String text = strip(typed);
        if (text == null) {
            violations.add(Violation.of(field, "terms.text.required"));
        } else if (text.length() > TEXT_MAX) {
            violations.add(Violation.of(field, "terms.text.tooLong", TEXT_MAX));
        }
        return text;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
