package fr.marelle.identity.control;

import fr.marelle.platform.control.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The password rules of the terms of use: at least 12 characters with upper case, lower case,
 * digit and symbol, and not containing the login's local part. Each broken rule is reported.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Long enough for passphrases, short enough to keep hashing cheap. */
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static List<Violation> check(String field, String password, String email) {
        List<Violation> violations = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            violations.add(Violation.of(field, "password.required"));
            return violations;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            violations.add(Violation.of(field, "password.tooShort", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            violations.add(Violation.of(field, "password.tooLong", MAX_LENGTH));
        }
        if (password.codePoints().noneMatch(Character::isUpperCase)) {
            violations.add(Violation.of(field, "password.noUpperCase"));
        }
        if (password.codePoints().noneMatch(Character::isLowerCase)) {
            violations.add(Violation.of(field, "password.noLowerCase"));
        }
        if (password.codePoints().noneMatch(Character::isDigit)) {
            violations.add(Violation.of(field, "password.noDigit"));
        }
        if (password.codePoints().allMatch(Character::isLetterOrDigit)) {
            violations.add(Violation.of(field, "password.noSymbol"));
        }
        String localPart = localPart(email);
        if (localPart.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(localPart)) {
            violations.add(Violation.of(field, "password.containsEmail"));
        }
        return violations;
    }

    private static String localPart(String email) {
        if (email == null) {
            return "";
        }
        int at = email.indexOf('@');
        return (at < 0 ? email : email.substring(0, at)).strip().toLowerCase(Locale.ROOT);
    }
}
