package fr.marelle.planning.control;

import fr.marelle.planning.entity.SchoolZone;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ministry's school calendar file, as shipped and as the ministry may change it. */
class SchoolCalendarFileTest {

    private static final String LABELS = "Description;Population;Date de début;Date de fin;Académies;Zones;annee_scolaire\n";
    private static final String API = "description;population;start_date;end_date;location;zones;annee_scolaire\n";

    private static SchoolCalendar shipped() throws IOException {
        try (InputStream in = SchoolCalendarFileTest.class.getResourceAsStream("/calendar/fr-en-calendrier-scolaire.csv")) {
            byte[] bytes = in.readAllBytes();
            assertEquals((byte) 0xEF, bytes[0], "the shipped file keeps the BOM of the real download");
            SchoolCalendarFile.Parsed parsed = SchoolCalendarFile.parse(bytes);
            assertEquals(42, parsed.rowsRead());
            assertEquals(42, parsed.rowsUsed());
            return parsed.calendar();
        }
    }

    private static List<String> errors(String content) {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> SchoolCalendarFile.parse(content));
        return e.violations().stream().map(v -> Messages.text(Locale.FRENCH, v)).toList();
    }

    @Test
    void theShippedFileGivesTwoSchoolYearsForEachZone() throws IOException {
        SchoolCalendar calendar = shipped();
        assertEquals(6, calendar.years().size());
        assertEquals(30, calendar.holidays().size());
        for (SchoolZone zone : SchoolZone.values()) {
            SchoolCalendar.Year y1 = calendar.year(zone, "2025-2026").orElseThrow();
            assertEquals(LocalDate.of(2025, 9, 1), y1.firstDay());
            assertEquals(LocalDate.of(2026, 7, 3), y1.lastDay()); // summer starts after class on Saturday 4 July
            SchoolCalendar.Year y2 = calendar.year(zone, "2026-2027").orElseThrow();
            assertEquals(LocalDate.of(2026, 9, 1), y2.firstDay());
            assertEquals(LocalDate.of(2027, 7, 2), y2.lastDay());
        }
    }

    @Test
    void timestampsAreParisMidnightsInSummerAndWinterTime() throws IOException {
        SchoolCalendar calendar = shipped();
        // 2025-10-17T22:00:00+00:00 is Saturday 18 October in Paris (summer time), not the 17th
        SchoolCalendar.Holiday toussaint = calendar.holidayOn(SchoolZone.A, LocalDate.of(2025, 10, 20)).orElseThrow();
        assertEquals(LocalDate.of(2025, 10, 18), toussaint.firstDay());
        assertEquals(LocalDate.of(2025, 11, 2), toussaint.lastDay()); // classes resume Monday 3 November
        // 2025-12-19T23:00:00+00:00 is Saturday 20 December (winter time)
        SchoolCalendar.Holiday noel = calendar.holidayOn(SchoolZone.C, LocalDate.of(2026, 1, 1)).orElseThrow();
        assertEquals(LocalDate.of(2025, 12, 20), noel.firstDay());
        assertEquals(LocalDate.of(2026, 1, 4), noel.lastDay());
        assertTrue(calendar.isSchoolPeriod(SchoolZone.C, LocalDate.of(2026, 1, 5)));
    }

    @Test
    void winterAndSpringHolidaysDifferByZone() throws IOException {
        SchoolCalendar calendar = shipped();
        LocalDate feb16 = LocalDate.of(2026, 2, 16);
        assertTrue(calendar.isHolidayPeriod(SchoolZone.A, feb16));
        assertTrue(calendar.isHolidayPeriod(SchoolZone.B, feb16));
        assertTrue(calendar.isSchoolPeriod(SchoolZone.C, feb16));
        SchoolCalendar.Holiday winterC = calendar.holidayOn(SchoolZone.C, LocalDate.of(2026, 3, 1)).orElseThrow();
        assertEquals(LocalDate.of(2026, 2, 21), winterC.firstDay());
        assertEquals(LocalDate.of(2026, 3, 8), winterC.lastDay());
        assertTrue(calendar.isSchoolPeriod(SchoolZone.C, LocalDate.of(2026, 3, 9)));
        SchoolCalendar.Holiday springB2027 = calendar.holidayOn(SchoolZone.B, LocalDate.of(2027, 4, 20)).orElseThrow();
        assertEquals(LocalDate.of(2027, 4, 17), springB2027.firstDay());
        assertEquals(LocalDate.of(2027, 5, 2), springB2027.lastDay());
    }

    @Test
    void theAscensionBridgesOfBothYears() throws IOException {
        SchoolCalendar calendar = shipped();
        assertTrue(calendar.isSchoolPeriod(SchoolZone.B, LocalDate.of(2026, 5, 13)));
        assertFalse(calendar.isSchoolPeriod(SchoolZone.B, LocalDate.of(2026, 5, 15)));
        assertTrue(calendar.isSchoolPeriod(SchoolZone.B, LocalDate.of(2026, 5, 18)));
        // 2026-2027: one day, Friday 7 May 2027
        SchoolCalendar.Holiday bridge = calendar.holidayOn(SchoolZone.B, LocalDate.of(2027, 5, 7)).orElseThrow();
        assertEquals(bridge.firstDay(), bridge.lastDay());
        assertTrue(calendar.isSchoolPeriod(SchoolZone.B, LocalDate.of(2027, 5, 10)));
    }

    @Test
    void theSummerIsAHolidayPeriodBetweenTwoKnownYears() throws IOException {
        SchoolCalendar calendar = shipped();
        assertTrue(calendar.isHolidayPeriod(SchoolZone.A, LocalDate.of(2026, 7, 20)));
        assertFalse(calendar.isSchoolPeriod(SchoolZone.A, LocalDate.of(2026, 7, 20)));
        assertFalse(calendar.isHolidayPeriod(SchoolZone.A, LocalDate.of(2027, 7, 20)), "no known year after it");
        assertFalse(calendar.isHolidayPeriod(SchoolZone.A, LocalDate.of(2025, 8, 20)), "no known year before it");
    }

    @Test
    void theApiHeaderPlainDatesAndTheRealFilesSummerRowsAreRead() {
        String content = API
                + "Vacances d'Été;Élèves;2025-07-05T00:00:00+02:00;2025-08-31T22:00:00+00:00;Lyon;Zone A;2024-2025\n"
                + "Vacances d'Été;Enseignants;2025-07-05T00:00:00+02:00;2025-08-30T22:00:00+00:00;Lyon;Zone A;2024-2025\n"
                + "Vacances de la Toussaint;-;2025-10-18;2025-11-03;Lyon;Zone A;2025-2026\n"
                + "Vacances d'Été;Élèves;2026-07-03T22:00:00+00:00;2026-08-31T22:00:00+00:00;Lyon;Zone A;2025-2026\n"
                + "Vacances de la Toussaint;-;2025-10-17T22:00:00+00:00;2025-11-02T23:00:00+00:00;Ajaccio;Corse;2025-2026\n";
        SchoolCalendarFile.Parsed parsed = SchoolCalendarFile.parse(content);
        assertEquals(5, parsed.rowsRead());
        assertEquals(3, parsed.rowsUsed(), "teachers' rows and Corsica are left out");
        SchoolCalendar calendar = parsed.calendar();
        SchoolCalendar.Year y = calendar.year(SchoolZone.A, "2025-2026").orElseThrow();
        assertEquals(LocalDate.of(2025, 9, 1), y.firstDay(), "rentrée = end of the previous summer");
        assertEquals(LocalDate.of(2026, 7, 3), y.lastDay());
        assertEquals(LocalDate.of(2025, 11, 2), calendar.holidayOn(SchoolZone.A, LocalDate.of(2025, 10, 25)).orElseThrow().lastDay());
        assertEquals(LocalDate.of(2026, 8, 31), calendar.holidayOn(SchoolZone.A, LocalDate.of(2026, 8, 1)).orElseThrow().lastDay());
    }

    @Test
    void rowsRepeatedForEachAcademieCountOnce() {
        String content = "\uFEFF" + LABELS
                + "Vacances de Noël;-;2025-12-19T23:00:00+00:00;2026-01-04T23:00:00+00:00;Lyon;Zone A;2025-2026\n"
                + "Vacances de Noël;-;2025-12-19T23:00:00+00:00;2026-01-04T23:00:00+00:00;Grenoble;Zone A;2025-2026\n";
        assertEquals(1, SchoolCalendarFile.parse(content).calendar().holidays().size());
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndNothingIsImported() {
        List<String> errors = errors(LABELS
                + "Vacances de Noël;-;2025-12-19T23:00:00+00:00;2026-01-04T23:00:00+00:00;Lyon;Zone A;2025-2026\n"
                + "Vacances de Noël;-;2025-12-19T23:00:00+00:00;2026-01-04T23:00:00+00:00;Atlantis;Zone D;2025-2026\n"
                + "Vacances d'Hiver;-;le 7 février;2026-02-22T23:00:00+00:00;Lyon;Zone A;2025-2026\n"
                + "Vacances de Printemps;-;2026-04-19T22:00:00+00:00;2026-04-03T22:00:00+00:00;Lyon;Zone A;2025-2026\n"
                + "Pont de l'Ascension;-;2026-05-13T22:00:00+00:00;Lyon;Zone A;2025-2026\n"
                + "Vacances de Noël;-;2025-12-19T23:00:00+00:00;2026-01-04T23:00:00+00:00;Lyon;Zone A;2025-2027\n"
                + ";-;2025-12-19T23:00:00+00:00;2026-01-04T23:00:00+00:00;Lyon;Zone A;2025-2026\n"
                + "Vacances de Noël;-;2023-12-19T23:00:00+00:00;2024-01-04T23:00:00+00:00;Lyon;Zone A;2025-2026\n");
        assertEquals(List.of(
                "Ligne 3 : zone « Zone D » inconnue (attendu : Zone A, Zone B ou Zone C).",
                "Ligne 4 : date « le 7 février » illisible.",
                "Ligne 5 : la date de fin est avant la date de début.",
                "Ligne 6 : 6 colonnes au lieu de 7.",
                "Ligne 7 : année scolaire « 2025-2027 » invalide (attendu par exemple 2025-2026).",
                "Ligne 8 : la description est vide.",
                "Ligne 9 : la date de début est hors de l’année scolaire 2025-2026."), errors);
    }

    @Test
    void aFileOfAnotherFormatIsRefusedAtItsHeader() {
        assertEquals(List.of("Ligne 1 : colonnes manquantes dans l’en-tête (start, end, zones). Attendu : "
                        + "Description;Population;Date de début;Date de fin;Académies;Zones;annee_scolaire."),
                errors("Description,Population,Date de début,Date de fin,Académies,Zones,annee_scolaire\n".replace(",", ";")
                        .replace("Date de début;Date de fin", "Début;Fin").replace("Zones", "Zone") + "x;y;z;t;u;v;w\n"));
        assertEquals(List.of("Le fichier est vide."), errors(""));
        assertEquals(List.of("Le fichier est vide."), errors("\uFEFF"));
        assertEquals(List.of("Le fichier ne contient aucune ligne de vacances des zones A, B ou C."), errors(LABELS));
    }

    @Test
    void lineNumbersAreNotGroupedLikeAmounts() {
        StringBuilder content = new StringBuilder(LABELS);
        for (int i = 0; i < 1500; i++) {
            content.append("Vacances de Noël;-;2025-12-19T23:00:00+00:00;2026-01-04T23:00:00+00:00;Lyon;Zone A;2025-2026\n");
        }
        content.append("Vacances de Noël;-;2025-12-19T23:00:00+00:00;2026-01-04T23:00:00+00:00;Lyon;Zone Z;2025-2026\n");
        assertEquals(List.of("Ligne 1502 : zone « Zone Z » inconnue (attendu : Zone A, Zone B ou Zone C)."), errors(content.toString()));
    }
}
