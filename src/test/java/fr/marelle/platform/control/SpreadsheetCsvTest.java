package fr.marelle.platform.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpreadsheetCsvTest {

    @Test
    void aFileIsUtf8WithBomSemicolonsAndCrlf() {
        String csv = SpreadsheetCsv.of(List.of("nom", "montant"), List.of(List.of("Martin", 12), List.of("Petit; \"P\"", 3)));
        assertEquals("\uFEFFnom;montant\r\nMartin;12\r\n\"Petit; \"\"P\"\"\";3\r\n", csv);
    }

    @Test
    void textStartingLikeAFormulaGetsAnApostrophe() {
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"x\")", SpreadsheetCsv.cell("=HYPERLINK(\"http://evil.example\",\"x\")"));
        assertEquals("'+1+cmd|' /C calc'!A0", SpreadsheetCsv.cell("+1+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", SpreadsheetCsv.cell("-2+3"));
        assertEquals("'@SUM(A1:A9)", SpreadsheetCsv.cell("@SUM(A1:A9)"));
        assertEquals("'\t=1+1", SpreadsheetCsv.cell("\t=1+1"));
        assertEquals("'\r=1+1", SpreadsheetCsv.cell("\r=1+1"));
        assertEquals("'  =1+1", SpreadsheetCsv.cell("  =1+1"), "blanks before the formula");
        assertEquals("'\n@x", SpreadsheetCsv.cell("\n@x"));
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        for (String text : List.of("", "Arachide", "Martin-Dupont", "Monique (grand-mère) +33698765432", "a = b", " espace",
                "'déjà cité", "2026-RC-CANT-000001")) {
            assertEquals(text, SpreadsheetCsv.cell(text));
        }
        assertEquals("", SpreadsheetCsv.cell(null));
    }

    @Test
    void numbersDatesAndEnumsThePortalMadeAreWrittenAsTheyAre() {
        assertEquals("-5", SpreadsheetCsv.cell(-5L));
        assertEquals("42", SpreadsheetCsv.cell(42));
        assertEquals("2026-11-23", SpreadsheetCsv.cell(LocalDate.of(2026, 11, 23)));
        assertEquals("NEW", SpreadsheetCsv.cell(Thread.State.NEW));
        assertEquals("-14,80", SpreadsheetCsv.cell(SpreadsheetCsv.number("-14,80")), "a refund stays a number to add up");
    }

    @Test
    void identifiersStayTextWithTheirPlusAndTheirLeadingZeros() {
        assertEquals("'+33612345678", SpreadsheetCsv.cell(SpreadsheetCsv.text("+33612345678")));
        assertEquals("'+33 6 12 34 56 78", SpreadsheetCsv.cell(SpreadsheetCsv.text("+33 6 12 34 56 78")));
        assertEquals("'0001234", SpreadsheetCsv.cell(SpreadsheetCsv.text("0001234")));
        assertEquals("'06 12 34 56 78", SpreadsheetCsv.cell(SpreadsheetCsv.text("06 12 34 56 78")));
        assertEquals("'1234567890123456", SpreadsheetCsv.cell(SpreadsheetCsv.text("1234567890123456")), "no 1.23E+15");
        assertEquals("'12/03", SpreadsheetCsv.cell(SpreadsheetCsv.text("12/03")), "not a date");
        assertEquals("VIR-2026-11", SpreadsheetCsv.cell(SpreadsheetCsv.text("VIR-2026-11")));
        assertEquals("'=1+1", SpreadsheetCsv.cell(SpreadsheetCsv.text("=1+1")));
        assertEquals("", SpreadsheetCsv.cell(SpreadsheetCsv.text(null)));
    }

    @Test
    void rowsAreAddedOneByOne() {
        String csv = SpreadsheetCsv.withHeaders(List.of("a", "b")).row("=x", SpreadsheetCsv.text("007")).row(null, 1).toString();
        assertEquals("\uFEFFa;b\r\n'=x;'007\r\n;1\r\n", csv);
    }
}
