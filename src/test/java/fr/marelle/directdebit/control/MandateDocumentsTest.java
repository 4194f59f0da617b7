package fr.marelle.directdebit.control;

import fr.marelle.directdebit.entity.SepaMandate;
import fr.marelle.platform.control.Letterhead;
import fr.marelle.platform.control.PdfConformance;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

class MandateDocumentsTest {

    @Test
    void theFormToSignIsAccessibleArchivableAndCarriesTheRumTheCreditorAndTheAccount() {
        SepaMandate m = new SepaMandate(42, "MARELLE-42-000007", "FR72ZZZ123456", "Ville de Marelle", "Claire Martin",
                "FR1420041010050500013M02606", "PSSTFRPP", OffsetDateTime.now(), 1L);
        byte[] pdf = MandateDocuments.pdf(m, new MandateDocuments.Debtor("Claire Martin", List.of("3 rue des Écoles", "75001 Paris")),
                new Letterhead("Ville de Marelle", Optional.empty()), Locale.FRENCH);
        PdfConformance.assertAccessibleAndArchivable(pdf);
        String text = PdfConformance.text(pdf);
        assertTrue(text.contains("MARELLE-42-000007"), text);
        assertTrue(text.contains("FR72ZZZ123456"), text);
        assertTrue(text.contains("FR14 2004 1010 0505 0001 3M02 606"), text);
        assertTrue(text.contains("8 semaines"), text);
    }
}
