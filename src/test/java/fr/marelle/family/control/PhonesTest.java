package fr.marelle.family.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PhonesTest {

    @Test
    void frenchNumbersInAnyUsualFormBecomeE164() {
        assertEquals("+33612345678", Phones.toE164("06 12 34 56 78"));
        assertEquals("+33612345678", Phones.toE164("06.12.34.56.78"));
        assertEquals("+33612345678", Phones.toE164("+33 6 12 34 56 78"));
        assertEquals("+33612345678", Phones.toE164("0033612345678"));
    }

    @Test
    void internationalNumbersAreKept() {
        assertEquals("+442079460958", Phones.toE164("+44 20 7946 0958"));
        assertEquals("+3225551234", Phones.toE164("+32 2 555 12 34"));
    }

    @Test
    void invalidNumbersAreRefused() {
        assertNull(Phones.toE164("12"));
        assertNull(Phones.toE164("06 12 34"));
        assertNull(Phones.toE164("not a number"));
        assertNull(Phones.toE164(" "));
    }

    @Test
    void frenchNumbersAreShownInTheNationalFormOthersInTheInternationalOne() {
        assertEquals("06 12 34 56 78", Phones.display("+33612345678"));
        assertEquals("+44 20 7946 0958", Phones.display("+442079460958"));
        assertEquals("", Phones.display(null));
    }
}
