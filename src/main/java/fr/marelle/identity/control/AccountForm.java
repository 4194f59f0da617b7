package fr.marelle.identity.control;

import fr.marelle.platform.control.Violation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and normalisation of the fields an account is made of: e-mail and names. */
public final class AccountForm {

    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final int MAX_NAME = 100;

    private AccountForm() {
    }

    /** Trimmed e-mail with its domain in lower case (the local part is kept as typed). */
    public static String normalizeEmail(String email) {
        if (email == null) {
            return null;
        }
        String trimmed = email.strip();
        int at = trimmed.lastIndexOf('@');
        return at < 0 ? trimmed : trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(Locale.ROOT);
    }

    public static void checkEmail(String field, String email, List<Violation> violations) {
        if (email == null || email.isBlank()) {
            violations.add(Violation.of(field, "email.required"));
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            violations.add(Violation.of(field, "email.invalid"));
        }
    }

    public static void checkName(String field, String name, List<Violation> violations) {
        if (name == null || name.isBlank()) {
            violations.add(Violation.of(field, "name.required"));
        } else if (name.strip().length() > MAX_NAME) {
            violations.add(Violation.of(field, "name.tooLong", MAX_NAME));
        } else if (name.chars().anyMatch(Character::isISOControl) || name.contains("<") || name.contains(">")) {
            violations.add(Violation.of(field, "name.invalidCharacters"));
        }
    }

    public static String clean(String name) {
        return name == null ? null : name.strip().replaceAll("\\s+", " ");
    }
}
