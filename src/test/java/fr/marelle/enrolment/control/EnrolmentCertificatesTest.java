package fr.marelle.enrolment.control;

import fr.marelle.platform.control.Letterhead;
import fr.marelle.platform.control.ThemeLogo;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static fr.marelle.platform.control.PdfConformance.assertAccessibleAndArchivable;
import static fr.marelle.platform.control.PdfConformance.text;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnrolmentCertificatesTest {

    private static final EnrolmentCertificates.Facts FACTS = new EnrolmentCertificates.Facts("S-2027-000012", "Léa Martin",
            LocalDate.of(2021, 5, 3), List.of("12 rue des Lilas", "49100 Marelle"), "2027-2028", "CP", "École Jules-Ferry",
            "12 rue des Écoles", LocalDate.of(2027, 3, 15), "Claire Dupuis, adjointe aux affaires scolaires");

    @Test
    void theCertificateNamesTheChildTheYearTheLevelAndTheSchoolAndIsTaggedAndArchivable() throws Exception {
        Letterhead head = new Letterhead("Ville de Marelle",
                ThemeLogo.parse(Files.readAllBytes(Path.of("webapp-themes/default/logo.svg"))));
        byte[] pdf = EnrolmentCertificates.document(FACTS, head, Optional.of("Service des écoles : 02 41 00 00 00"),
                Locale.FRENCH);
        assertAccessibleAndArchivable(pdf);
        String text = text(pdf);
        for (String expected : List.of("Certificat d’inscription scolaire", "S-2027-000012", "Léa Martin", "3 mai 2021",
                "12 rue des Lilas", "2027-2028", "en CP", "École Jules-Ferry", "15 mars 2027", "Claire Dupuis")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
    }

    @Test
    void inEnglishToo() {
        byte[] pdf = EnrolmentCertificates.document(FACTS, Letterhead.of("Ville de Marelle"), Optional.empty(), Locale.ENGLISH);
        assertAccessibleAndArchivable(pdf);
        assertTrue(text(pdf).contains("School enrolment certificate"), text(pdf));
    }
}
