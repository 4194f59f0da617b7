package fr.marelle.treasury.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PesTextTest {

    @Test
    void textIsUpperCaseWithoutAccentsAndLigaturesSpelledOut() {
        assertEquals(Optional.of("HELOISE LEFEVRE-COEUR"), PesText.text("Héloïse Lefèvre-Cœur", 38));
        assertEquals(Optional.of("MAIWENN AE CA"), PesText.text("Maïwenn æ ça", 38));
    }

    @Test
    void charactersHeliosDoesNotReadBecomeOneSpace() {
        assertEquals(Optional.of("12 RUE DES ECOLES N 3"), PesText.text("12, rue des Écoles  n°3".replace(",", "_"), 38));
        assertEquals(Optional.of("L'ORANGERIE (BAT. A) / 2E"), PesText.text("l'Orangerie (bât. A) / 2e", 38));
        assertEquals(Optional.of("A B"), PesText.text("a\t€\nb", 38));
    }

    @Test
    void textIsCutToTheFieldLengthWithoutATrailingSpace() {
        assertEquals(Optional.of("ABCD"), PesText.text("abcd efgh", 5));
        assertEquals(38, PesText.text("x".repeat(50), 38).orElseThrow().length());
    }

    @Test
    void valuesPesForbidsOrEmptyTextGiveNothing() {
        assertEquals(Optional.empty(), PesText.text("0", 10));
        assertEquals(Optional.empty(), PesText.text("000", 10));
        assertEquals(Optional.empty(), PesText.text("nc", 10));
        assertEquals(Optional.empty(), PesText.text(".", 10));
        assertEquals(Optional.empty(), PesText.text(" ", 10));
        assertEquals(Optional.empty(), PesText.text("€€", 10));
        assertEquals(Optional.empty(), PesText.text(null, 10));
        assertEquals(Optional.of("NCO"), PesText.text("nco", 10));
    }

    @Test
    void amountsAreEurosWithAPointAndTwoDecimals() {
        assertEquals("54.80", PesText.amount(5480));
        assertEquals("0.01", PesText.amount(1));
        assertEquals("1234567.00", PesText.amount(123456700));
    }

    @Test
    void zeroOrNegativeAmountsNeverGoIntoAFile() {
        assertThrows(IllegalArgumentException.class, () -> PesText.amount(0));
        assertThrows(IllegalArgumentException.class, () -> PesText.amount(-100));
    }

    @Test
    void datesAreYearMonthDay() {
        assertEquals("2026-03-05", PesText.date(LocalDate.of(2026, 3, 5)));
    }
}
