package fr.marelle.legal.control;

import fr.marelle.family.control.Phones;
import fr.marelle.identity.control.AccountForm;
import fr.marelle.platform.control.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks of the legal information typed by the administrator, one violation per wrong field
 * (the field is the input's id). Every part may stay empty: the pages then say "à compléter".
 */
public final class LegalRules {

    private LegalRules() {
    }

    /** The values to store (phones in E.164, e-mails with a lower-case domain), from the typed ones by field id. */
    public static LegalInformation check(Map<String, String> typed, LocalDate today, List<Violation> violations) {
        Map<LegalField, String> checked = new EnumMap<>(LegalField.class);
        for (LegalField field : LegalField.values()) {
            String raw = typed == null ? null : typed.get(field.id());
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                continue;
            }
            if (value.length() > field.maxLength()) {
                violations.add(Violation.of(field.id(), "legal.invalid.tooLong", field.maxLength()));
                continue;
            }
            String normal = normalise(field, value, today, violations);
            if (normal != null) {
                checked.put(field, normal);
            }
        }
        return new LegalInformation(checked);
    }

    private static String normalise(LegalField field, String value, LocalDate today, List<Violation> violations) {
        int before = violations.size();
        String normal = switch (field.kind()) {
            case TEXT, LONG_TEXT -> value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                    ? invalid(field, "name.invalidCharacters", violations) : value.replace("\r\n", "\n");
            case EMAIL -> {
                String email = AccountForm.normalizeEmail(value);
                AccountForm.checkEmail(field.id(), email, violations);
                yield email;
            }
            case PHONE -> Phones.toE164(field.id(), value, violations);
            case SIRET -> {
                String digits = value.replaceAll("[\\s.]", "");
                yield digits.matches("\\d{14}") ? digits : invalid(field, "legal.invalid.siret", violations);
            }
            case RATE -> rate(field, value, violations);
            case DATE -> date(field, value, today, violations);
            case DAYS -> value.matches("\\d{1,3}") && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= 365
                    ? String.valueOf(Integer.parseInt(value)) : invalid(field, "legal.invalid.days", violations);
            case URL -> value.matches("https?://[^\\s<>\"]+\\.[^\\s<>\"]+") ? value : invalid(field, "legal.invalid.url", violations);
            case SILENCE -> SilenceRule.parse(value).map(Enum::name).orElseGet(() -> invalid(field, "legal.invalid.silence", violations));
        };
        return violations.size() == before ? normal : null;
    }

    /** A percentage of RGAA criteria met, 0 to 100, with at most two decimals ("87,5" or "87.5"). */
    private static String rate(LegalField field, String value, List<Violation> violations) {
        try {
            BigDecimal rate = new BigDecimal(value.replace(',', '.').replace("%", "").strip());
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0 || rate.scale() > 2) {
                return invalid(field, "legal.invalid.rate", violations);
            }
            return rate.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return invalid(field, "legal.invalid.rate", violations);
        }
    }

    /** An audit date (ISO, as a date input sends it), not in the future. */
    private static String date(LegalField field, String value, LocalDate today, List<Violation> violations) {
        try {
            LocalDate date = LocalDate.parse(value);
            return date.isAfter(today) ? invalid(field, "legal.invalid.futureDate", violations) : date.toString();
        } catch (DateTimeParseException e) {
            return invalid(field, "legal.invalid.date", violations);
        }
    }

    private static String invalid(LegalField field, String key, List<Violation> violations) {
        violations.add(Violation.of(field.id(), key));
        return null;
    }
}
