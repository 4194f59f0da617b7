package fr.marelle.directdebit.control;

import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditorRulesTest {

    @Test
    void anIcsWhoseCheckDigitsMatchItsNationalIdentifierIsValidWhateverItsBusinessCode() {
        assertTrue(CreditorRules.icsValid("FR72ZZZ123456"));
        assertTrue(CreditorRules.icsValid("FR72ABC123456"), "the business code is left out of the key");
        assertTrue(CreditorRules.icsValid("FR22ZZZA1B2C3"), "letters count as 10 … 35");
        assertTrue(CreditorRules.icsValid("DE98ZZZ09999999999"), "the Bundesbank's test identifier");
    }

    @Test
    void aWrongKeyAFrenchIcsOfAnotherLengthOrLowerCaseIsNot() {
        assertFalse(CreditorRules.icsValid("FR73ZZZ123456"));
        assertFalse(CreditorRules.icsValid("FR72ZZZ123465"), "two digits swapped");
        assertFalse(CreditorRules.icsValid("FR72ZZZ1234567"));
        assertFalse(CreditorRules.icsValid("fr72zzz123456"));
        assertFalse(CreditorRules.icsValid(null));
    }

    @Test
    void theCreditorIsStoredInUpperCaseWithoutSpacesAndItsDefaultsLeftEmpty() {
        List<Violation> v = new ArrayList<>();
        SepaCreditor.Creditor c = CreditorRules.check(" fr72 zzz 123456 ", " ", "", "fr76 1027 8060 0000 0123 4560 112", "cmcifrpp", v);
        assertEquals(List.of(), v);
        assertEquals(new SepaCreditor.Creditor("FR72ZZZ123456", null, null, "FR7610278060000001234560112", "CMCIFRPP"), c);
        assertEquals("COMMUNE DE L HAY", CreditorRules.check("FR72ZZZ123456", "COMMUNE DE L’HAŸ", "vlx", "FR7610278060000001234560112",
                null, v).name().replace('\'', ' '));
        assertNull(CreditorRules.check("FR72ZZZ123456", null, null, "FR7610278060000001234560112", null, v).bic());
        assertEquals(List.of(), v);
    }

    @Test
    void eachWrongFieldIsNamedWithItsOwnMessage() {
        List<Violation> v = new ArrayList<>();
        CreditorRules.check("FR73ZZZ123456", "x".repeat(71), "MAIRIE-DE-VILLEX", "FR7610278060000001234560113", "CMCI", v);
        assertEquals(List.of("sepaCreditor.ics", "sepaCreditor.name", "sepaCreditor.rumPrefix", "sepaCreditor.iban", "sepaCreditor.bic"),
                v.stream().map(Violation::field).toList());
        assertEquals(List.of("treasury.creditor.icsKey", "treasury.creditor.nameTooLong", "treasury.creditor.rumPrefix",
                "treasury.creditor.ibanKey", "treasury.creditor.bic"), v.stream().map(Violation::key).toList());
        v.clear();
        CreditorRules.check("FR72ZZZ12345", null, null, "", null, v);
        assertEquals(List.of("treasury.creditor.icsFormat", "treasury.creditor.ibanRequired"), v.stream().map(Violation::key).toList());
    }
}
