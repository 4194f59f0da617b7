package fr.marelle.attendance.control;

import fr.marelle.attendance.control.MealCounts.Count;
import fr.marelle.attendance.control.MealCounts.Row;
import fr.marelle.family.entity.Diet;
import fr.marelle.platform.control.PdfConformance;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MealCountsTest {

    private static final LocalDate MON = LocalDate.of(2026, 3, 9);
    private static final LocalDate TUE = MON.plusDays(1);

    @Test
    void mealsAreCountedPerDayAndSchoolSplitByDietWithThePaiAmongThem() {
        List<Row> rows = MealCounts.aggregate(List.of(
                new Count(TUE, 1, "École Jules-Ferry", Diet.NONE, false, 40),
                new Count(MON, 2, "École Louise-Michel", Diet.VEGETARIAN, true, 2),
                new Count(MON, 1, "École Jules-Ferry", Diet.NONE, false, 50),
                new Count(MON, 1, "École Jules-Ferry", Diet.NONE, true, 1),
                new Count(MON, 1, "École Jules-Ferry", Diet.NO_PORK, false, 8),
                new Count(MON, 1, "École Jules-Ferry", Diet.VEGETARIAN, false, 5),
                new Count(MON, 1, "École Jules-Ferry", Diet.NO_MEAT, true, 3),
                new Count(MON, 1, "École Jules-Ferry", Diet.OTHER, false, 1)));
        assertEquals(List.of(
                new Row(MON, 1, "École Jules-Ferry", 68, 51, 8, 5, 3, 1, 4),
                new Row(MON, 2, "École Louise-Michel", 2, 0, 0, 2, 0, 0, 2),
                new Row(TUE, 1, "École Jules-Ferry", 40, 40, 0, 0, 0, 0, 0)), rows);
        assertEquals(new Row(null, 0, null, 110, 91, 8, 7, 3, 1, 6), MealCounts.total(rows));
    }

    @Test
    void nothingBookedGivesNoRow() {
        assertTrue(MealCounts.aggregate(List.of()).isEmpty());
    }

    @Test
    void thePeriodIsAtMostSixtyTwoDaysInOrder() {
        assertTrue(MealCounts.checkPeriod(MON, MON).isEmpty());
        assertTrue(MealCounts.checkPeriod(MON, MON.plusDays(61)).isEmpty());
        assertEquals("meals.period.tooLong", MealCounts.checkPeriod(MON, MON.plusDays(62)).get(0).key());
        assertEquals("meals.period.order", MealCounts.checkPeriod(TUE, MON).get(0).key());
        assertEquals(2, MealCounts.checkPeriod(null, null).size());
    }

    @Test
    void theCsvOpensInFrenchExcelBomSemicolonsCrlf() {
        String csv = MealCounts.csv(List.of(new Row(MON, 1, "École Jules-Ferry", 68, 51, 8, 5, 3, 1, 4)), Locale.FRENCH);
        assertTrue(csv.startsWith("\uFEFFJour;École;Repas;Sans régime;Sans porc;Végétarien;Sans viande;Autre régime;dont PAI\r\n"), csv);
        assertTrue(csv.endsWith("2026-03-09;École Jules-Ferry;68;51;8;5;3;1;4\r\n"), csv);
    }

    @Test
    void thePdfIsAccessibleArchivableAndGivesEachSchoolsCountsAndTheTotals() {
        byte[] pdf = MealCounts.pdf(List.of(new Row(MON, 1, "École Jules-Ferry", 68, 51, 8, 5, 3, 1, 4),
                new Row(TUE, 2, "École Pasteur", 30, 25, 2, 1, 1, 1, 0)), MON, TUE, Locale.FRENCH, "Ville de Marelle");
        PdfConformance.assertAccessibleAndArchivable(pdf);
        String text = PdfConformance.text(pdf);
        for (String expected : List.of("Ville de Marelle", "Effectifs de cantine", "École Jules-Ferry 68 51 8 5 3 1 4",
                "École Pasteur 30 25 2 1 1 1 0", "98 76 10 6 4 2 4")) {
            assertTrue(text.contains(expected), expected + " missing in:\n" + text);
        }
    }
}
