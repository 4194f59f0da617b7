package fr.marelle.franceconnect.control;

import fr.marelle.franceconnect.control.VerifiedCivilIdentities.CivilIdentityForm;
import fr.marelle.franceconnect.control.VerifiedCivilIdentities.DocumentKind;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a civil identity read on a document must be to compare with FranceConnect's pivot fields: names, a past
 * birth date, male or female, INSEE codes of the country and, for a birth in France only, of the commune.
 * Every wrong field is told at once.
 */
final class CivilIdentityRules {

    /** An INSEE commune code: 5 digits, or 2A/2B and 3 digits for Corsica. */
    private static final Pattern COMMUNE = Pattern.compile("\\d{5}|2[AB]\\d{3}");
    /** An INSEE country code: 99 and 3 digits (99100 is France). */
    private static final Pattern COUNTRY = Pattern.compile("99\\d{3}");

    /** The identity as it is kept: trimmed, the commune code in capitals, and no commune for a birth abroad. */
    record Checked(String familyName, String givenNames, LocalDate birthdate, String gender, String birthplace,
                   String birthcountry, DocumentKind documentKind, String note) {
    }

    private CivilIdentityRules() {
    }

    static Checked check(CivilIdentityForm form, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        String familyName = name("familyName", form.familyName(), 200, violations);
        String givenNames = name("givenNames", form.givenNames(), 300, violations);
        LocalDate birthdate = birthdate(form.birthdate(), today, violations);
        String gender = trimmed(form.gender()).toLowerCase(Locale.ROOT);
        if (!gender.equals("male") && !gender.equals("female")) {
            violations.add(Violation.of("gender", "civilIdentity.gender.invalid"));
        }
        String country = trimmed(form.birthcountry());
        if (!COUNTRY.matcher(country).matches()) {
            violations.add(Violation.of("birthcountry", "civilIdentity.birthcountry.invalid"));
        }
        // FranceConnect gives no commune for people born abroad
        boolean france = PivotIdentity.FRANCE.equals(country);
        String place = france ? trimmed(form.birthplace()).toUpperCase(Locale.ROOT) : "";
        if (france && !COMMUNE.matcher(place).matches()) {
            violations.add(Violation.of("birthplace", "civilIdentity.birthplace.invalid"));
        }
        DocumentKind kind = documentKind(form.documentKind(), violations);
        String note = trimmed(form.note());
        if (note.length() > 300) {
            violations.add(Violation.of("note", "text.tooLong", 300));
        }
        RuleViolationException.throwIfAny(violations);
        return new Checked(familyName, givenNames, birthdate, gender, place, country, kind, note);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    private static String name(String field, String value, int max, List<Violation> violations) {
        String v = trimmed(value).replaceAll("\\s+", " ");
        if (v.isEmpty()) {
            violations.add(Violation.of(field, "name.required"));
        } else if (v.length() > max) {
            violations.add(Violation.of(field, "name.tooLong", max));
        }
        return v;
    }

    private static LocalDate birthdate(String typed, LocalDate today, List<Violation> violations) {
        try {
            LocalDate date = LocalDate.parse(trimmed(typed));
            if (date.isAfter(today) || date.getYear() < 1900) {
                violations.add(Violation.of("birthdate", "civilIdentity.birthdate.invalid"));
            }
            return date;
        } catch (DateTimeParseException e) {
            violations.add(Violation.of("birthdate", "civilIdentity.birthdate.invalid"));
            return null;
        }
    }

    private static DocumentKind documentKind(String typed, List<Violation> violations) {
        try {
            return DocumentKind.valueOf(trimmed(typed));
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of("documentKind", "civilIdentity.documentKind.invalid"));
            return null;
        }
    }
}
