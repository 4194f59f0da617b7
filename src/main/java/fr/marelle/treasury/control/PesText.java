package fr.marelle.treasury.control;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The PES V2 value formats (TREASURY.md §1.2): text in upper case without accents, restricted to
 * the characters Hélios reads; amounts in euros with a point, strictly positive; dates YYYY-MM-DD.
 */
public final class PesText {

    /** Values PES forbids in a text field, whatever its length. */
    private static final Set<String> FORBIDDEN = Set.of("0", "NC", ".");

    private PesText() {
    }

    /**
     * The text as PES accepts it: accents dropped, ligatures spelled out, upper case, any other character a
     * space, spaces collapsed, cut to {@code max} characters; empty when nothing usable remains.
     */
    public static Optional<String> text(String value, int max) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toUpperCase(java.util.Locale.ROOT);
        s = s.replaceAll("[^A-Z0-9/?:().,'+\\- ]", " ").replaceAll(" {2,}", " ").strip();
        if (s.length() > max) {
            s = s.substring(0, max).strip();
        }
        if (s.isEmpty() || FORBIDDEN.contains(s) || s.matches("0+")) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** Cents as euros with a point and two decimals ("54.80"); refused when not strictly positive. */
    public static String amount(long cents) {
        if (cents <= 0) {
            throw new IllegalArgumentException("PES amounts are strictly positive: " + cents);
        }
        if (cents > 99_999_999_999_999L) {
            throw new IllegalArgumentException("PES amounts have at most 14 digits: " + cents);
        }
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    public static String date(LocalDate day) {
        return day.toString();
    }
}
