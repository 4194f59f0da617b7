package fr.marelle.planning.control;

import fr.marelle.planning.control.Prices.Charge;
import fr.marelle.planning.control.Prices.Price;
import fr.marelle.planning.entity.PriceBand;
import fr.marelle.planning.entity.PriceGrid;
import fr.marelle.platform.control.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prices by family quotient band, residence, siblings and charge, and the checks of a grid. */
class PricesTest {

    private static final LocalDate SEPT_2025 = LocalDate.of(2025, 9, 1);

    /** A canteen grid: 4 bands, non-residents pay more, 10 % for the second child, 5 € for an unexcused absence. */
    private static PriceGrid canteen(LocalDate from, LocalDate to) {
        return new PriceGrid(null, from, to, 10, 500, null, List.of(
                new PriceBand(0, 500, 120, 240),
                new PriceBand(501, 800, 250, 400),
                new PriceBand(801, 1200, 380, 520),
                new PriceBand(1201, null, 495, 650)), null);
    }

    private static List<String> problems(List<PriceBand> bands) {
        return Prices.check(SEPT_2025, null, 0, null, null, bands).stream()
                .map(v -> Messages.text(Locale.FRENCH, v)).toList();
    }

    @ParameterizedTest(name = "QF {0}, resident {1} -> {2} cents in band {3}")
    @CsvSource({
            "0, true, 120, 1",
            "500, true, 120, 1",   // upper end included
            "501, true, 250, 2",   // lower end included
            "800, false, 400, 2",
            "1200, true, 380, 3",
            "1201, true, 495, 4",
            "99999, false, 650, 4"})
    void theBandOfTheQuotientAndTheResidenceGiveThePrice(int quotient, boolean resident, int cents, int band) {
        Price price = Prices.price(canteen(SEPT_2025, null), new FamilyPricing(quotient, resident, 1), Charge.BOOKED);
        assertEquals(cents, price.cents());
        assertEquals(band, price.band());
        assertTrue(price.quotientKnown());
    }

    @Test
    void withoutAQuotientTheHighestBandApplies() {
        Price price = Prices.price(canteen(SEPT_2025, null), new FamilyPricing(null, true, 1), Charge.BOOKED);
        assertEquals(495, price.cents());
        assertEquals("Tranche 4 (QF à partir de 1201 €), résident : 4,95 € ; quotient familial inconnu : tranche la plus haute",
                price.explanation(Locale.FRENCH));
        assertEquals(650, Prices.price(canteen(SEPT_2025, null), FamilyPricing.UNKNOWN, Charge.BOOKED).cents());
    }

    @Test
    void theSiblingReductionAppliesFromTheSecondChildRoundedToTheCent() {
        PriceGrid grid = canteen(SEPT_2025, null);
        assertEquals(250, Prices.price(grid, new FamilyPricing(700, true, 1), Charge.BOOKED).cents());
        Price second = Prices.price(grid, new FamilyPricing(700, true, 2), Charge.BOOKED);
        assertEquals(225, second.cents());
        assertEquals("Tranche 2 (QF de 501 à 800 €), résident : 2,50 € ; réduction fratrie de 10 % : 2,25 €",
                second.explanation(Locale.FRENCH));
        assertEquals("Band 2 (QF 501 to 800 €), resident: €2.50; sibling reduction of 10 %: €2.25",
                second.explanation(Locale.ENGLISH));
        // 3.80 € - 10 % = 3.42 €; 4.95 € - 10 % = 4.455 € -> 4.46 € (half up)
        assertEquals(342, Prices.price(grid, new FamilyPricing(900, true, 3), Charge.BOOKED).cents());
        assertEquals(446, Prices.price(grid, new FamilyPricing(2000, true, 2), Charge.BOOKED).cents());
    }

    @Test
    void absencesAndPresencesWithoutBooking() {
        PriceGrid grid = canteen(SEPT_2025, null);
        FamilyPricing family = new FamilyPricing(300, true, 1);
        Price excused = Prices.price(grid, family, Charge.EXCUSED_ABSENCE);
        assertEquals(0, excused.cents());
        assertEquals("Absence justifiée : rien n’est facturé", excused.explanation(Locale.FRENCH));
        Price unexcused = Prices.price(grid, family, Charge.UNEXCUSED_ABSENCE);
        assertEquals(500, unexcused.cents());
        assertEquals("Absence non justifiée : 5,00 €", unexcused.explanation(Locale.FRENCH));
        Price unbooked = Prices.price(grid, family, Charge.UNBOOKED_PRESENCE);
        assertEquals(120, unbooked.cents(), "no special price: the session's price");
        assertEquals("Tranche 1 (QF de 0 à 500 €), résident : 1,20 € ; présence sans réservation facturée au prix de la séance",
                unbooked.explanation(Locale.FRENCH));
    }

    @Test
    void theGridInForceIsChosenByTheSessionsDateSoNewPricesNeverChangePastSessions() {
        PriceGrid year1 = canteen(SEPT_2025, LocalDate.of(2026, 8, 31));
        PriceGrid year2 = new PriceGrid(null, LocalDate.of(2026, 9, 1), null, 0, null, null,
                List.of(new PriceBand(0, null, 300, 300)), null);
        List<PriceGrid> grids = List.of(year1, year2);
        assertEquals(year1, Prices.gridOn(grids, LocalDate.of(2026, 8, 31)).orElseThrow());
        assertEquals(year2, Prices.gridOn(grids, LocalDate.of(2026, 9, 1)).orElseThrow());
        assertTrue(Prices.gridOn(grids, LocalDate.of(2025, 8, 31)).isEmpty());
        assertTrue(year1.overlaps(LocalDate.of(2026, 8, 1), null));
        assertFalse(year1.overlaps(LocalDate.of(2026, 9, 1), null));
    }

    @Test
    void contiguousBandsFromZeroWithAnOpenLastBandAreAccepted() {
        assertEquals(List.of(), problems(canteen(SEPT_2025, null).getBands()));
        assertEquals(List.of(), problems(List.of(new PriceBand(0, null, 100, 100))));
    }

    @Test
    void gapsOverlapsAndBadEndsAreRefusedOneByOne() {
        assertEquals(List.of(
                "La première tranche commence à un quotient de 0 €.",
                "Trou entre les tranches 1 et 2 : aucun prix pour un quotient de 501 à 599 €.",
                "Les tranches 2 et 3 se chevauchent de 900 à 1000 €.",
                "Tranche 3 : la dernière tranche n’a pas de plafond."), problems(List.of(
                new PriceBand(100, 500, 1, 1),
                new PriceBand(600, 1000, 1, 1),
                new PriceBand(900, 1500, 1, 1))));
        assertEquals(List.of(
                "Tranche 1 : seule la dernière tranche peut être sans plafond.",
                "Tranche 2 : un prix ne peut pas être négatif.",
                "Tranche 2 : la fin est avant le début."), problems(List.of(
                new PriceBand(0, null, 1, 1),
                new PriceBand(800, 700, -1, 1),
                new PriceBand(701, null, 1, 1))));
        assertEquals(List.of("Indiquez au moins une tranche de quotient familial."), problems(List.of()));
    }

    @Test
    void theGridsPeriodAndReductionAreChecked() {
        var v = Prices.check(SEPT_2025, SEPT_2025.minusDays(1), 120, -5, null, List.of(new PriceBand(0, null, 1, 1)));
        assertEquals(List.of("validTo", "siblingReductionPct", "bands"), v.stream().map(x -> x.field()).toList());
    }

    @Test
    void moneyIsWrittenTheTownsWay() {
        assertEquals("3,20 €", Prices.money(320, Locale.FRENCH));
        assertEquals("€3.20", Prices.money(320, Locale.ENGLISH));
        assertEquals("1 234,05 €", Prices.money(123405, Locale.FRENCH));
    }
}
