package fr.marelle.treasury.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiretCheckTest {

    @Test
    void aSiretWithItsLuhnKeyRightIsValid() {
        assertTrue(SiretCheck.valid("73282932000074"));
        assertTrue(SiretCheck.valid("21490100100013"));
    }

    @Test
    void aWrongKeyAWrongLengthOrLettersAreNot() {
        assertFalse(SiretCheck.valid("73282932000075"));
        assertFalse(SiretCheck.valid("21990999900017"));
        assertFalse(SiretCheck.valid("7328293200007"));
        assertFalse(SiretCheck.valid("7328293200007A"));
        assertFalse(SiretCheck.valid(null));
    }

    @Test
    void laPosteEstablishmentsSumTheirDigits() {
        assertTrue(SiretCheck.valid("35600000000001"));
        assertFalse(SiretCheck.valid("35600000000002"));
    }
}
