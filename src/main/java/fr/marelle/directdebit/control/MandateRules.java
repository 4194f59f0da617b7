package fr.marelle.directdebit.control;

import fr.marelle.platform.control.Violation;
import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.Iban;
import org.iban4j.IbanFormatException;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of a SEPA mandate that need no database (TREASURY.md §2.2): account details checked (IBAN with its
 * mod-97 key and national format by iban4j, BIC optional), the account holder in the SEPA character set, the RUM
 * built from the town's prefix, the household and a number never reused, IBANs masked, and the 36-month lapse.
 */
public final class MandateRules {

    /** A mandate unused for this many months may no longer be used (SEPA rulebook). */
    public static final int LAPSE_MONTHS = 36;
    public static final int HOLDER_MAX = 70;

    private static final Pattern SEPA_TEXT = Pattern.compile("[A-Za-z0-9/?:().,'+ -]*");
    private static final Pattern RUM = Pattern.compile("[A-Z0-9+?:().,' -]([A-Z0-9/+?:().,' -]{0,33}[A-Z0-9+?:().,' -])?");

    /** Checked and normalised account details. */
    public record Account(String holder, String iban, String bic) {
    }

    private MandateRules() {
    }

    /** The account details as stored (IBAN and BIC in upper case without spaces), or the violations that say why not. */
    public static Account account(String holder, String iban, String bic, List<Violation> violations) {
        String h = holder == null ? "" : sepaText(holder.strip());
        if (h.isBlank()) {
            violations.add(Violation.of("holder", "sepa.holder.required"));
        } else if (h.length() > HOLDER_MAX) {
            violations.add(Violation.of("holder", "sepa.holder.tooLong", HOLDER_MAX));
        }
        String i = compact(iban);
        switch (ibanCheck(i)) {
            case MISSING -> violations.add(Violation.of("iban", "sepa.iban.required"));
            case CHECK_DIGITS -> violations.add(Violation.of("iban", "sepa.iban.checkDigits"));
            case FORMAT -> violations.add(Violation.of("iban", "sepa.iban.invalid"));
            case VALID -> { }
        }
        String b = compact(bic);
        if (!b.isEmpty() && !bicValid(b)) {
            violations.add(Violation.of("bic", "sepa.bic.invalid"));
        }
        return new Account(h.strip(), i, b.isEmpty() ? null : b);
    }

    /** What an IBAN check found. */
    enum IbanCheck { VALID, MISSING, CHECK_DIGITS, FORMAT }

    /** An IBAN (compact, upper case) checked by iban4j: its mod-97 key and its country's format. */
    static IbanCheck ibanCheck(String iban) {
        if (iban == null || iban.isEmpty()) {
            return IbanCheck.MISSING;
        }
        try {
            Iban.valueOf(iban);
            return IbanCheck.VALID;
        } catch (InvalidCheckDigitException e) {
            return IbanCheck.CHECK_DIGITS;
        } catch (IbanFormatException | UnsupportedCountryException e) {
            return IbanCheck.FORMAT;
        }
    }

    /** A BIC (compact, upper case) of the right form, 8 or 11 characters, in a known country. */
    static boolean bicValid(String bic) {
        try {
            BicUtil.validate(bic);
            return true;
        } catch (BicFormatException | UnsupportedCountryException e) {
            return false;
        }
    }

    /** Spaces and dashes taken out, upper case: how IBANs, BICs and identifiers are typed and stored. */
    static String compact(String value) {
        return value == null ? "" : value.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** Whether two valid IBANs are at the same bank (same country and national bank code). */
    public static boolean sameBank(String ibanA, String ibanB) {
        Iban a = Iban.valueOf(ibanA);
        Iban b = Iban.valueOf(ibanB);
        return a.getCountryCode() == b.getCountryCode() && a.getBankCode().equals(b.getBankCode());
    }

    /** The RUM of the n-th mandate: prefix-household-number, e.g. MARELLE-42-000007 (upper case, never an IBAN). */
    public static String rum(String prefix, long householdId, long number) {
        String p = sepaText(prefix == null ? "" : prefix).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        String rum = (p.isEmpty() ? "MDT" : p.substring(0, Math.min(p.length(), 12))) + "-" + householdId + "-"
                + String.format(Locale.ROOT, "%06d", number);
        if (!isValidRum(rum)) {
            throw new IllegalArgumentException("RUM " + rum);
        }
        return rum;
    }

    /** ≤ 35 SEPA characters in upper case, no leading or trailing '/' and no '//'. */
    public static boolean isValidRum(String rum) {
        return rum != null && rum.length() <= 35 && RUM.matcher(rum).matches() && !rum.contains("//");
    }

    /** The IBAN as families and agents see it: country, key and the last 3 characters, e.g. FR76 •••• •••• 185. */
    public static String masked(String iban) {
        if (iban == null || iban.length() < 8) {
            return iban;
        }
        return iban.substring(0, 4) + " •••• •••• " + iban.substring(iban.length() - 3);
    }

    /** The IBAN in groups of four, as printed on bank details. */
    public static String grouped(String iban) {
        return iban == null ? null : iban.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The day from which the mandate may no longer be used: 36 months after its last due date, or its signature if never used. */
    public static LocalDate lapsesOn(LocalDate signedOn, LocalDate lastCollectionOn) {
        LocalDate from = lastCollectionOn != null ? lastCollectionOn : signedOn;
        return from == null ? null : from.plusMonths(LAPSE_MONTHS);
    }

    /** Accents transliterated, anything outside the SEPA character set replaced by a space. */
    public static String sepaText(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('’', '\'').replace("Œ", "OE").replace("œ", "oe").replace("Æ", "AE").replace("æ", "ae").replace("ß", "ss");
        StringBuilder out = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            out.append(SEPA_TEXT.matcher(String.valueOf(c)).matches() ? c : ' ');
        }
        return out.toString();
    }

}
