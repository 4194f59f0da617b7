package fr.marelle.rooms.control;

import fr.marelle.rooms.entity.PriceCategory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RoomPricingTest {

    private static final RoomPricing.Grid STANDARD = new RoomPricing.Grid(PriceCategory.STANDARD, 3000, 10000, 18000, 5000);

    @Test
    void aShortSlotIsPricedPerStartedHour() {
        RoomPricing.Quote q = RoomPricing.quote(STANDARD, 90, 30000);
        assertEquals(RoomPricing.Unit.HOUR, q.unit());
        assertEquals(2, q.units());
        assertEquals(6000, q.rentCents());
        assertEquals(5000, q.cleaningCents());
        assertEquals(11000, q.totalCents());
        assertEquals(30000, q.depositCents(), "the deposit is held apart, not invoiced");
    }

    @Test
    void theHalfDayPriceCapsUpToFourHours() {
        RoomPricing.Quote q = RoomPricing.quote(STANDARD, 4 * 60, 0);
        assertEquals(RoomPricing.Unit.HALF_DAY, q.unit());
        assertEquals(10000, q.rentCents());
    }

    @Test
    void beyondFourHoursTheDayPriceCapsTheHours() {
        assertEquals(RoomPricing.Unit.HOUR, RoomPricing.quote(STANDARD, 5 * 60, 0).unit(), "5 h × 30 € = 150 € < 180 €");
        RoomPricing.Quote q = RoomPricing.quote(STANDARD, 7 * 60, 0);
        assertEquals(RoomPricing.Unit.DAY, q.unit());
        assertEquals(18000, q.rentCents());
    }

    @Test
    void aUnitWithoutPriceIsNotOfferedAndNoPriceAtAllGivesNoQuote() {
        RoomPricing.Grid dayOnly = new RoomPricing.Grid(PriceCategory.RESIDENT, null, null, 12000, 0);
        assertEquals(12000, RoomPricing.quote(dayOnly, 60, 0).rentCents());
        assertNull(RoomPricing.quote(new RoomPricing.Grid(PriceCategory.RESIDENT, null, null, null, 0), 60, 0));
    }

    @Test
    void aGridOfZerosIsFreeHireDepositKept() {
        RoomPricing.Grid free = new RoomPricing.Grid(PriceCategory.ASSOCIATION, 0, 0, 0, 0);
        RoomPricing.Quote q = RoomPricing.quote(free, 180, 20000);
        assertEquals(0, q.totalCents());
        assertEquals(20000, q.depositCents());
    }

    @Test
    void associationsPayTheirGridResidentsTheirsCompaniesTheStandardOne() {
        assertEquals(PriceCategory.ASSOCIATION, RoomPricing.category(true, false, true));
        assertEquals(PriceCategory.ASSOCIATION, RoomPricing.category(true, false, false));
        assertEquals(PriceCategory.RESIDENT, RoomPricing.category(false, false, true));
        assertEquals(PriceCategory.STANDARD, RoomPricing.category(false, true, true));
        assertEquals(PriceCategory.STANDARD, RoomPricing.category(false, false, false));
    }
}
