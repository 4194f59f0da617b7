package fr.marelle.billing.control;

import java.math.BigDecimal;
import java.util.Optional;

/** Amounts typed by staff in euros ("3,20", "3.2", "12 €") to integer cents; never floating point. */
public final class EuroAmounts {

    private EuroAmounts() {
    }

    /** The cents, or empty when the text is not an amount with at most two decimals. */
    public static Optional<Integer> parseCents(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.replace("€", "").replace('\u00a0', ' ').replace(" ", "").replace(',', '.').strip();
        if (!s.matches("\\d{1,7}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s).movePointRight(2).intValueExact());
    }
}
