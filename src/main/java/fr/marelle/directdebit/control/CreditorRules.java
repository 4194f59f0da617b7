package fr.marelle.directdebit.control;

import fr.marelle.platform.control.Violation;

import java.math.BigInteger;
import java.util.List;

/**
 * The town as SEPA creditor, checked before it is saved (TREASURY.md §2.2): the creditor identifier (ICS) with its
 * check digits (ISO 7064 mod 97-10 over the national identifier and the country, the 3-character business code left
 * out), the account the debits are paid into (IBAN by iban4j, BIC format), the name and the RUM prefix in the SEPA
 * character set. Fields are named {@code sepaCreditor.*} as in the treasury settings.
 */
public final class CreditorRules {

    public static final int NAME_MAX = 70;
    public static final int RUM_PREFIX_MAX = 12;

    private CreditorRules() {
    }

    /** Whether an ICS has the right form and check digits, e.g. FR72ZZZ123456 (a French one has 13 characters). */
    public static boolean icsValid(String ics) {
        if (ics == null || !ics.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}") || ics.startsWith("FR") && ics.length() != 13) {
            return false;
        }
        String digits = toDigits(ics.substring(7) + ics.substring(0, 2) + "00");
        int check = 98 - new BigInteger(digits).mod(BigInteger.valueOf(97)).intValue();
        return check == Integer.parseInt(ics.substring(2, 4));
    }

    /** The creditor as stored (upper case, no spaces, blank parts null), or the violations that say why not. */
    public static SepaCreditor.Creditor check(String ics, String name, String rumPrefix, String iban, String bic, List<Violation> v) {
        String i = MandateRules.compact(ics);
        if (i.isEmpty()) {
            v.add(Violation.of("sepaCreditor.ics", "treasury.creditor.icsRequired"));
        } else if (!i.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}") || i.startsWith("FR") && i.length() != 13) {
            v.add(Violation.of("sepaCreditor.ics", "treasury.creditor.icsFormat"));
        } else if (!icsValid(i)) {
            v.add(Violation.of("sepaCreditor.ics", "treasury.creditor.icsKey"));
        }
        String n = name == null ? "" : MandateRules.sepaText(name.strip()).strip();
        if (n.length() > NAME_MAX) {
            v.add(Violation.of("sepaCreditor.name", "treasury.creditor.nameTooLong", NAME_MAX));
        }
        String p = MandateRules.compact(rumPrefix);
        if (!p.isEmpty() && !p.matches("[A-Z0-9]{1," + RUM_PREFIX_MAX + "}")) {
            v.add(Violation.of("sepaCreditor.rumPrefix", "treasury.creditor.rumPrefix", RUM_PREFIX_MAX));
        }
        String account = MandateRules.compact(iban);
        switch (MandateRules.ibanCheck(account)) {
            case MISSING -> v.add(Violation.of("sepaCreditor.iban", "treasury.creditor.ibanRequired"));
            case CHECK_DIGITS -> v.add(Violation.of("sepaCreditor.iban", "treasury.creditor.ibanKey"));
            case FORMAT -> v.add(Violation.of("sepaCreditor.iban", "treasury.creditor.ibanFormat"));
            case VALID -> { }
        }
        String b = MandateRules.compact(bic);
        if (!b.isEmpty() && !MandateRules.bicValid(b)) {
            v.add(Violation.of("sepaCreditor.bic", "treasury.creditor.bic"));
        }
        return new SepaCreditor.Creditor(i, n.isEmpty() ? null : n, p.isEmpty() ? null : p, account, b.isEmpty() ? null : b);
    }

    /** Whether nothing at all was entered for the creditor (the régie collects no direct debit). */
    public static boolean blank(String... values) {
        for (String s : values) {
            if (s != null && !s.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String toDigits(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return out.toString();
    }
}
