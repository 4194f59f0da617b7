package fr.marelle.billing.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EuroAmountsTest {

    @Test
    void euroAmountsBecomeExactCents() {
        assertEquals(Optional.of(320), EuroAmounts.parseCents("3,20"));
        assertEquals(Optional.of(320), EuroAmounts.parseCents("3.2"));
        assertEquals(Optional.of(1200), EuroAmounts.parseCents(" 12 € "));
        assertEquals(Optional.of(1), EuroAmounts.parseCents("0,01"));
        assertEquals(Optional.of(123456), EuroAmounts.parseCents("1 234,56"));
    }

    @Test
    void anythingElseIsNoAmount() {
        for (String bad : new String[]{null, "", "abc", "3,205", "-2", "1e3", "3,2,1"}) {
            assertEquals(Optional.empty(), EuroAmounts.parseCents(bad), bad);
        }
    }
}
