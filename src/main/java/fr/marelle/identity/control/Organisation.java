package fr.marelle.identity.control;

import fr.marelle.identity.entity.AccountType;
import fr.marelle.platform.control.Violation;
import fr.marelle.treasury.control.SiretCheck;

import java.util.List;
import java.util.Locale;

/**
 * The organisation an account holds for: an association names itself with its RNA number (W and 9
 * digits) or its SIRET, a company with its SIRET (Luhn key checked, La Poste's exception included).
 * Spaces typed in numbers are dropped.
 */
public record Organisation(AccountType type, String name, String number) {

    public static final Organisation PRIVATE = new Organisation(AccountType.PRIVATE, null, null);
    private static final int MAX_NAME = 200;

    /** The type as typed (blank: private person), or a violation on {@code accountType}. */
    public static AccountType type(String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return AccountType.PRIVATE;
        }
        try {
            return AccountType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of("accountType", "account.type.unknown"));
            return AccountType.PRIVATE;
        }
    }

    /** The organisation, checked and cleaned; a private person's name and number are ignored. */
    public static Organisation check(AccountType type, String name, String number, List<Violation> violations) {
        if (type == null || type == AccountType.PRIVATE) {
            return PRIVATE;
        }
        String cleanName = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (cleanName.isEmpty()) {
            violations.add(Violation.of("organisationName", "account.organisation.nameRequired"));
        } else if (cleanName.length() > MAX_NAME) {
            violations.add(Violation.of("organisationName", "account.organisation.nameTooLong"));
        }
        String cleanNumber = number == null ? "" : number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (cleanNumber.isEmpty()) {
            violations.add(Violation.of("organisationNumber", type == AccountType.ASSOCIATION
                    ? "account.organisation.numberRequired.association" : "account.organisation.numberRequired.company"));
        } else if (type == AccountType.ASSOCIATION && !isRna(cleanNumber) && !SiretCheck.valid(cleanNumber)) {
            violations.add(Violation.of("organisationNumber", "account.organisation.invalidAssociationNumber"));
        } else if (type == AccountType.COMPANY && !SiretCheck.valid(cleanNumber)) {
            violations.add(Violation.of("organisationNumber", "account.organisation.invalidSiret"));
        }
        return new Organisation(type, cleanName, cleanNumber);
    }

    /** An RNA number (répertoire national des associations): W followed by 9 digits. */
    public static boolean isRna(String number) {
        return number != null && number.matches("W\\d{9}");
    }
}
