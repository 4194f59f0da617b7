package fr.marelle.payment.control;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PayfipFieldsTest {

    private static OperationRequest request(String numcli, String refdet, String label, long cents, String mel) {
        return new OperationRequest(numcli, refdet, 2026, label, cents, mel,
                URI.create("https://portail.example.org/notif"), URI.create("https://portail.example.org/retour"));
    }

    private static ProviderException refused(OperationRequest r) {
        ProviderException e = assertThrows(ProviderException.class, () -> PayfipFields.checked(r));
        assertEquals(ProviderException.Kind.REFUSED, e.kind());
        return e;
    }

    @Test
    void theLabelLosesItsAccentsAndEverySignPayfipDoesNotAccept() {
        assertEquals("Cantine fevrier", PayfipFields.objet("Cantine février"));
        assertEquals("Facture n 2026 0042 Lea Noel", PayfipFields.objet("Facture n° 2026-0042 – Léa  Noël"));
        assertEquals("oeuvre l ecole Ete", PayfipFields.objet("œuvre, l’école : Été !"));
        assertEquals("", PayfipFields.objet(null));
    }

    @Test
    void theLabelIsCutToOneHundredCharacters() {
        String label = PayfipFields.objet("é".repeat(150));
        assertEquals(100, label.length());
        assertEquals("e".repeat(100), label);
    }

    @Test
    void aCheckedRequestCarriesTheNormalisedLabelAndTheTrimmedEmail() throws ProviderException {
        OperationRequest r = PayfipFields.checked(request("000001", "MAR2026000123", "Cantine février", 4250, " camille@example.org "));
        assertEquals("Cantine fevrier", r.label());
        assertEquals("camille@example.org", r.payerEmail());
        assertEquals(4250, r.amountCents());
    }

    @Test
    void anAmountBelowOneEuroOrAboveOneHundredThousandIsRefusedBeforeSending() throws ProviderException {
        assertEquals("MARELLE_MONTANT", refused(request("000001", "REF001", "x", 99, "a@example.org")).code());
        assertEquals("MARELLE_MONTANT", refused(request("000001", "REF001", "x", 10_000_001, "a@example.org")).code());
        PayfipFields.checked(request("000001", "REF001", "x", 100, "a@example.org"));
        PayfipFields.checked(request("000001", "REF001", "x", 10_000_000, "a@example.org"));
    }

    @Test
    void theReferenceIsSixToThirtyAsciiLettersOrDigits() throws ProviderException {
        assertEquals("MARELLE_REFDET", refused(request("000001", "", "x", 500, "a@example.org")).code());
        assertEquals("MARELLE_REFDET", refused(request("000001", "REF-1", "x", 500, "a@example.org")).code());
        assertEquals("MARELLE_REFDET", refused(request("000001", "RÉF1", "x", 500, "a@example.org")).code());
        assertEquals("MARELLE_REFDET", refused(request("000001", "A".repeat(31), "x", 500, "a@example.org")).code());
        PayfipFields.checked(request("000001", "A".repeat(30), "x", 500, "a@example.org"));
        // PayFiP refuses a reference of 4 characters (R3) and takes one of 6
        assertEquals("MARELLE_REFDET", refused(request("000001", "A1B2", "x", 500, "a@example.org")).code());
        assertEquals("MARELLE_REFDET", refused(request("000001", "A1B2C", "x", 500, "a@example.org")).code());
        PayfipFields.checked(request("000001", "A1B2C3", "x", 500, "a@example.org"));
    }

    @Test
    void theEmailIsSixToEightyCharactersAndTheClientNumberSixDigits() {
        assertEquals("MARELLE_MEL", refused(request("000001", "REF001", "x", 500, "a@b.c")).code());
        assertEquals("MARELLE_MEL", refused(request("000001", "REF001", "x", 500, "a".repeat(70) + "@example.org")).code());
        assertEquals("MARELLE_MEL", refused(request("000001", "REF001", "x", 500, null)).code());
        assertEquals("MARELLE_NUMCLI", refused(request("12345", "REF001", "x", 500, "a@example.org")).code());
        assertEquals("MARELLE_NUMCLI", refused(request(null, "REF001", "x", 500, "a@example.org")).code());
    }
}
