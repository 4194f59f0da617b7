package fr.marelle.identity.control;

import fr.marelle.identity.entity.AccountType;
import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganisationTest {

    private static List<String> keys(AccountType type, String name, String number) {
        List<Violation> v = new ArrayList<>();
        Organisation.check(type, name, number, v);
        return v.stream().map(Violation::key).toList();
    }

    @Test
    void aBlankTypeIsAPrivatePersonWhoseNameAndNumberAreIgnored() {
        List<Violation> v = new ArrayList<>();
        assertEquals(AccountType.PRIVATE, Organisation.type(null, v));
        assertEquals(AccountType.PRIVATE, Organisation.type(" ", v));
        Organisation o = Organisation.check(AccountType.PRIVATE, "Club", "W123456789", v);
        assertTrue(v.isEmpty());
        assertNull(o.name());
        assertNull(o.number());
    }

    @Test
    void anUnknownTypeIsRefused() {
        List<Violation> v = new ArrayList<>();
        Organisation.type("CHARITY", v);
        assertEquals("account.type.unknown", v.get(0).key());
        assertEquals(AccountType.COMPANY, Organisation.type("company", new ArrayList<>()));
    }

    @Test
    void anAssociationNamesItselfWithItsRnaNumberOrItsSiret() {
        assertEquals(List.of(), keys(AccountType.ASSOCIATION, "Les Amis du Parc", "W751234567"));
        assertEquals(List.of(), keys(AccountType.ASSOCIATION, "Les Amis du Parc", "w 751 234 567"));
        assertEquals(List.of(), keys(AccountType.ASSOCIATION, "Les Amis du Parc", "732 829 320 00074"));
        assertEquals(List.of("account.organisation.invalidAssociationNumber"),
                keys(AccountType.ASSOCIATION, "Les Amis du Parc", "W75123456"));
        assertEquals(List.of("account.organisation.invalidAssociationNumber"),
                keys(AccountType.ASSOCIATION, "Les Amis du Parc", "73282932000075"));
    }

    @Test
    void aCompanyNeedsASiretWithItsLuhnKeyRightLaPosteIncluded() {
        assertEquals(List.of(), keys(AccountType.COMPANY, "Traiteur Dupont", "73282932000074"));
        assertEquals(List.of(), keys(AccountType.COMPANY, "La Poste", "35600000000001"));
        assertEquals(List.of("account.organisation.invalidSiret"), keys(AccountType.COMPANY, "Traiteur Dupont", "73282932000075"));
        assertEquals(List.of("account.organisation.invalidSiret"), keys(AccountType.COMPANY, "Traiteur Dupont", "W751234567"));
    }

    @Test
    void nameAndNumberAreRequiredForAnOrganisation() {
        assertEquals(List.of("account.organisation.nameRequired", "account.organisation.numberRequired.company"),
                keys(AccountType.COMPANY, " ", null));
        assertEquals(List.of("account.organisation.nameRequired", "account.organisation.numberRequired.association"),
                keys(AccountType.ASSOCIATION, null, ""));
        assertTrue(Organisation.isRna("W123456789"));
    }
}
