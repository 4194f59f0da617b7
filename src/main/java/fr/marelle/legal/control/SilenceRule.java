package fr.marelle.legal.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a request left without answer for two months amounts to (CRPA L.231-1, L.231-4): the
 * acknowledgement must say which (R.112-5). Rejection, the cautious default, also gives the remedies.
 */
public enum SilenceRule {

    ACCEPTANCE, REJECTION;

    static Optional<SilenceRule> parse(String value) {
        return Arrays.stream(values()).filter(r -> r.name().equals(value.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}
