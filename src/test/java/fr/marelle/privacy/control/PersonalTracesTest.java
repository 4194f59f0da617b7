package fr.marelle.privacy.control;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonalTracesTest {

    @Test
    void signsAreEscapedLettersAndAccentsKept() {
        assertEquals("léa\\.martin\\+test\\@example\\.org", PersonalTraces.literal("léa.martin+test@example.org"));
        assertEquals("Zoé D\\’Arc", PersonalTraces.literal("Zoé D’Arc"));
        assertEquals("\\+33612345678", PersonalTraces.literal("+33612345678"));
    }

    @Test
    void longestFirstShortAndBlankLeftOut() {
        assertEquals("Anaïs Martin|Martin|0612", PersonalTraces.pattern(Arrays.asList("Martin", null, "Anaïs Martin", "Léo", " ", "0612", "Martin")));
        assertEquals("", PersonalTraces.pattern(List.of("abc")));
    }
}
