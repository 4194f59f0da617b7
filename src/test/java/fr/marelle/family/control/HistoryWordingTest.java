package fr.marelle.family.control;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HistoryWordingTest {

    private static final Locale FR = Locale.FRENCH;
    private static final Locale EN = Locale.ENGLISH;

    private static final HistoryWording.Names NAMES = new HistoryWording.Names() {
        @Override
        public Optional<String> school(long siteId) {
            return siteId == 3 ? Optional.of("École Jules Ferry") : Optional.empty();
        }

        @Override
        public Optional<String> level(String code, Locale locale) {
            return Optional.ofNullable(Map.of("CE2", locale.getLanguage().equals("en") ? "Year 3 (CE2)" : "CE2",
                    "MS", locale.getLanguage().equals("en") ? "Nursery (4 years)" : "Moyenne section").get(code));
        }

        @Override
        public Optional<String> account(long accountId) {
            return accountId == 7 ? Optional.of("Sophie Martin") : Optional.empty();
        }

        @Override
        public Optional<String> household(long householdId) {
            return Optional.ofNullable(Map.of(1L, "Martin", 2L, "Durand").get(householdId));
        }
    };

    private static String fr(String field, String stored) {
        return HistoryWording.value(field, stored, FR, NAMES);
    }

    private static String en(String field, String stored) {
        return HistoryWording.value(field, stored, EN, NAMES);
    }

    @Test
    void dietsSexesAndLevelsAreNamedInTheReadersLanguage() {
        assertEquals("Sans porc", fr("child.diet", "NO_PORK"));
        assertEquals("No pork", en("child.diet", "NO_PORK"));
        assertEquals("Fille", fr("child.sex", "F"));
        assertEquals("Boy", en("child.sex", "M"));
        assertEquals("Moyenne section", fr("child.levelCode", "MS"));
        assertEquals("Year 3 (CE2)", en("child.levelCode", "CE2"));
    }

    @Test
    void countriesAndCivilitiesAreNamedFranceBeingStoredAsNoCountry() {
        assertEquals("Belgique", fr("household.country", "99131"));
        assertEquals("Germany", en("household.country", "99109"));
        assertEquals("France", fr("household.country", null));
        assertEquals("Madame", fr("guardian.civility", "MME"));
        assertEquals("", fr("guardian.civility", null));
    }

    @Test
    void yesNoValuesDatesAndPhonesReadAsAPersonWritesThem() {
        assertEquals("Oui", fr("child.pai", "true"));
        assertEquals("No", en("child.photoConsent", "false"));
        assertEquals("Oui", fr("notAllowed.notAllowed", "true"));
        assertEquals("04/05/2019", fr("child.birthDate", "2019-05-04"));
        assertEquals("4 May 2019", en("child.birthDate", "2019-05-04"));
        assertEquals("31/12/2026", fr("quotient.validTo", "2026-12-31"));
        assertEquals("06 12 34 56 78", fr("household.phone", "+33612345678"));
        assertEquals("02 41 12 34 56", fr("child.doctorPhone", "+33241123456"));
    }

    @Test
    void idsBecomeNamesAndUnknownIdsStayReadable() {
        assertEquals("École Jules Ferry", fr("child.schoolSiteId", "École Jules Ferry"));
        assertEquals("École Jules Ferry", fr("child.schoolSiteId", "3"));
        assertEquals("Sophie Martin", fr("household.billingAccountId", "7"));
        assertEquals("99", fr("household.billingAccountId", "99"));
        assertEquals("Martin, Durand", fr("custody.households", "[1, 2]"));
        assertEquals("Martin, n° 5", fr("custody.households", "[1, 5]"));
    }

    @Test
    void statusesAndResidenceAreWordedAndAnEmptyOverrideMeansThePostcodeDecides() {
        assertEquals("Validé", fr("quotient.status", "ACCEPTED"));
        assertEquals("Refused", en("quotient.status", "REFUSED"));
        assertEquals("Selon le code postal", fr("household.residentOverride", null));
        assertEquals("Résident de la commune", fr("household.residentOverride", "true"));
    }

    @Test
    void freeTextAndAddedOrRemovedSubjectsAreShownAsWritten() {
        assertEquals("Arachide", fr("child.allergies", "Arachide"));
        assertEquals("Capucine Testeuse", fr("child.added", "Capucine Testeuse"));
        assertEquals("", fr("child.allergies", null));
        assertEquals("910", fr("quotient.amount", "910"));
    }

    @Test
    void everyRecordedFieldHasALabelInBothLanguages() {
        for (String field : new String[]{"household.residentOverride", "child.diet", "child.levelCode", "pickup.mayPickUp",
                "notAllowed.note", "quotient.status", "custody.households", "guardian.added"}) {
            for (Locale locale : new Locale[]{FR, EN}) {
                String label = new HistoryWording().label(field, locale);
                assertEquals(false, label.startsWith("history.field."), field + " " + locale);
            }
        }
    }
}
