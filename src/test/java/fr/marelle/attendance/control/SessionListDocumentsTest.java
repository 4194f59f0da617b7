package fr.marelle.attendance.control;

import fr.marelle.attendance.control.SessionSheet.Line;
import fr.marelle.attendance.control.SessionSheet.Person;
import fr.marelle.attendance.entity.AttendanceStatus;
import fr.marelle.family.entity.Diet;
import fr.marelle.platform.control.PdfConformance;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionListDocumentsTest {

    static final Line LEA = new Line(1, "Léa", "Martin", "CE2", Diet.NO_PORK, null, "Arachide", true, 10L, 5, "Martin",
            List.of("+33612345678"), List.of(new Person("Monique Martin", "grand-mère", "+33698765432", null, null)),
            List.of(new Person("Paul Durand", null, null, null, "Jugement du 3 mai")), AttendanceStatus.PRESENT, "Karim Benali", null);
    static final Line HUGO = new Line(2, "Hugo", "Petit; Dit \"Hugo\"", "MS", Diet.NONE, null, null, false, null, 6, "Petit",
            List.of(), List.of(), List.of(), AttendanceStatus.PRESENT_WITHOUT_BOOKING, "Karim Benali", null);
    static final Line NOE = new Line(3, "Noé", "Roux", "CP", Diet.OTHER, "Sans gluten", null, false, 11L, 7, "Roux",
            List.of("+33241000000", "+33700000000"), List.of(), List.of(), null, null, null);

    static SessionSheet sheet(List<Line> lines) {
        return new SessionSheet(42, "Restauration scolaire – Jules-Ferry", "CANTEEN", "École Jules-Ferry",
                LocalDate.of(2026, 3, 10), LocalTime.of(11, 30), LocalTime.of(13, 30), "OPEN", false, true, lines,
                SessionSheet.Counts.of(lines));
    }

    @Test
    void countsSayBookedPresentAbsentAndUnmarked() {
        Line absent = new Line(4, "A", "B", null, Diet.NONE, null, null, false, 12L, 8, "B", List.of(), List.of(), List.of(),
                AttendanceStatus.ABSENT_UNEXCUSED, "K", null);
        assertEquals(new SessionSheet.Counts(3, 2, 1, 1), SessionSheet.Counts.of(List.of(LEA, HUGO, NOE, absent)));
    }

    @Test
    void theCsvHasEveryColumnInFrenchExcelFormat() {
        String csv = SessionListDocuments.csv(sheet(List.of(LEA, HUGO, NOE)), Locale.FRENCH);
        String[] lines = csv.split("\r\n");
        assertEquals("\uFEFFEnfant;Classe;Régime;Allergies;PAI;Personnes autorisées;"
                + "Personnes interdites (décision de justice);Téléphones des responsables;Pointage", lines[0]);
        assertEquals("Martin Léa;CE2;Sans porc;Arachide;oui;Monique Martin (grand-mère) +33698765432;"
                + "Paul Durand – Jugement du 3 mai;'+33612345678;Présent", lines[1]);
        // a value holding the separator or quotes is quoted, so the columns stay in place
        assertEquals("\"Petit; Dit \"\"Hugo\"\" Hugo\";MS;;;;;;;Présent sans réservation", lines[2]);
        // phones stay text: the apostrophe keeps the + (a spreadsheet would read 33241000000)
        assertEquals("Roux Noé;CP;Sans gluten;;;;;'+33241000000, +33700000000;", lines[3]);
        assertEquals(4, lines.length);
    }

    @Test
    void thePdfNamesTheTownTheSessionAndTheChildren() throws Exception {
        byte[] pdf = SessionListDocuments.pdf(sheet(List.of(LEA, NOE)), Locale.FRENCH, "Ville de Marelle");
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        PdfConformance.assertAccessibleAndArchivable(pdf);
        String text = PdfConformance.text(pdf);
        assertTrue(text.contains("Ville de Marelle"), text);
        assertTrue(text.contains("Liste de présence"), text);
        assertTrue(text.contains("Martin Léa"), text);
        assertTrue(text.contains("Paul Durand"), text);
        assertTrue(text.contains("Réservés : 2"), text);
    }
}
