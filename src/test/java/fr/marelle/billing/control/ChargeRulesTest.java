package fr.marelle.billing.control;

import fr.marelle.attendance.entity.AttendanceStatus;
import fr.marelle.planning.control.Prices;
import fr.marelle.planning.entity.PriceBand;
import fr.marelle.planning.entity.PriceGrid;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChargeRulesTest {

    static final long HOUSEHOLD = 7;
    static final long CANTEEN = 1;
    static final long CARE = 2;
    static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);
    static final LocalDate ELDEST = LocalDate.of(2016, 5, 1);
    static final LocalDate YOUNGER = LocalDate.of(2019, 2, 1);

    /** Bands: QF 0-700 → 2,00 € / 3,00 €; QF 701+ → 4,00 € / 5,00 €; 10 % for siblings; absence 6,00 €; unbooked 7,00 €. */
    static PriceGrid grid(LocalDate from, LocalDate to, Integer unexcused, Integer unbooked) {
        return new PriceGrid(null, from, to, 10, unexcused, unbooked,
                List.of(new PriceBand(0, 700, 200, 300), new PriceBand(701, null, 400, 500)), OffsetDateTime.now());
    }

    static final PriceGrid GRID = grid(LocalDate.of(2025, 9, 1), null, 600, 700);

    static ChargeRules.Pricing pricing(Function<LocalDate, Integer> quotient, boolean resident, Map<Long, PriceGrid> grids) {
        return new ChargeRules.Pricing() {
            public Optional<PriceGrid> grid(long activityId, LocalDate day) {
                return Optional.ofNullable(grids.get(activityId)).filter(g -> g.covers(day));
            }

            public Integer quotient(LocalDate day) {
                return quotient.apply(day);
            }

            public boolean resident() {
                return resident;
            }
        };
    }

    static final ChargeRules.Pricing QF_500_RESIDENT = pricing(d -> 500, true, Map.of(CANTEEN, GRID, CARE, GRID));

    static ChargeRules.Source booked(long session, long activity, LocalDate day, long child, LocalDate birth, AttendanceStatus a) {
        return new ChargeRules.Source(HOUSEHOLD, session, activity, activity == CANTEEN ? "Cantine" : "Garderie", day, child,
                "Enfant " + child, birth, 1000 + session * 10 + child, a);
    }

    static ChargeRules.Source unbooked(long session, LocalDate day, long child) {
        return new ChargeRules.Source(HOUSEHOLD, session, CANTEEN, "Cantine", day, child, "Enfant " + child, ELDEST, null,
                AttendanceStatus.PRESENT_WITHOUT_BOOKING);
    }

    static ChargeRules.Charge only(ChargeRules.Result result) {
        assertEquals(1, result.charges().size(), result.toString());
        return result.charges().get(0);
    }

    @Test
    void aBookedChildMarkedPresentIsChargedTheBandOfTheQuotientValidThatDay() {
        ChargeRules.Result r = ChargeRules.charge(List.of(booked(1, CANTEEN, MARCH_3, 11, ELDEST, AttendanceStatus.PRESENT)),
                QF_500_RESIDENT);
        ChargeRules.Charge c = only(r);
        assertEquals(Prices.Charge.BOOKED, c.kind());
        assertEquals(200, c.cents());
        assertEquals(1, c.price().band());
        assertTrue(r.anomalies().isEmpty(), r.anomalies().toString());
        assertTrue(BillingTexts.explanation(c, Locale.FRENCH).startsWith("Tranche 1"), BillingTexts.explanation(c, Locale.FRENCH));
    }

    @Test
    void aNonResidentHouseholdPaysTheNonResidentPriceOfItsBand() {
        ChargeRules.Pricing outsider = pricing(d -> 900, false, Map.of(CANTEEN, GRID));
        assertEquals(500, only(ChargeRules.charge(List.of(booked(1, CANTEEN, MARCH_3, 11, ELDEST, AttendanceStatus.PRESENT)),
                outsider)).cents());
    }

    @Test
    void attendanceNotMarkedIsChargedAsBookedAndListedAsAnAnomaly() {
        ChargeRules.Result r = ChargeRules.charge(List.of(booked(1, CANTEEN, MARCH_3, 11, ELDEST, null)), QF_500_RESIDENT);
        ChargeRules.Charge c = only(r);
        assertEquals(Prices.Charge.BOOKED, c.kind());
        assertEquals(200, c.cents());
        assertTrue(c.unmarked());
        assertEquals(List.of(ChargeRules.AnomalyKind.ATTENDANCE_NOT_MARKED), r.anomalies().stream().map(ChargeRules.Anomaly::kind).toList());
        assertEquals(1L, r.anomalies().get(0).sessionId());
        assertTrue(BillingTexts.explanation(c, Locale.ENGLISH).contains("billed as booked"));
    }

    @Test
    void anExcusedAbsenceIsALineAtZeroThatSaysWhy() {
        ChargeRules.Charge c = only(ChargeRules.charge(
                List.of(booked(1, CANTEEN, MARCH_3, 11, ELDEST, AttendanceStatus.ABSENT_EXCUSED)), QF_500_RESIDENT));
        assertEquals(Prices.Charge.EXCUSED_ABSENCE, c.kind());
        assertEquals(0, c.cents());
        assertEquals("Absence justifiée : rien n’est facturé", BillingTexts.explanation(c, Locale.FRENCH));
    }

    @Test
    void anUnexcusedAbsenceCostsTheGridsAbsencePriceOrElseTheSessionsPrice() {
        var absent = List.of(booked(1, CANTEEN, MARCH_3, 11, ELDEST, AttendanceStatus.ABSENT_UNEXCUSED));
        ChargeRules.Charge special = only(ChargeRules.charge(absent, QF_500_RESIDENT));
        assertEquals(Prices.Charge.UNEXCUSED_ABSENCE, special.kind());
        assertEquals(600, special.cents());
        PriceGrid noRule = grid(LocalDate.of(2025, 9, 1), null, null, null);
        ChargeRules.Charge normal = only(ChargeRules.charge(absent, pricing(d -> 500, true, Map.of(CANTEEN, noRule))));
        assertEquals(200, normal.cents());
        assertTrue(BillingTexts.explanation(normal, Locale.FRENCH).contains("absence non justifiée"));
    }

    @Test
    void aPresenceWithoutBookingCostsTheGridsUnbookedPriceOrElseTheSessionsPrice() {
        ChargeRules.Charge special = only(ChargeRules.charge(List.of(unbooked(1, MARCH_3, 11)), QF_500_RESIDENT));
        assertEquals(Prices.Charge.UNBOOKED_PRESENCE, special.kind());
        assertEquals(700, special.cents());
        PriceGrid noRule = grid(LocalDate.of(2025, 9, 1), null, null, null);
        assertEquals(200, only(ChargeRules.charge(List.of(unbooked(1, MARCH_3, 11)),
                pricing(d -> 500, true, Map.of(CANTEEN, noRule)))).cents());
    }

    @Test
    void withoutAQuotientTheHighestBandAppliesAndTheHouseholdIsListedOnce() {
        ChargeRules.Result r = ChargeRules.charge(List.of(
                        booked(1, CANTEEN, MARCH_3, 11, ELDEST, AttendanceStatus.PRESENT),
                        booked(2, CANTEEN, MARCH_3.plusDays(1), 11, ELDEST, AttendanceStatus.PRESENT)),
                pricing(d -> null, true, Map.of(CANTEEN, GRID)));
        assertEquals(List.of(400, 400), r.charges().stream().map(ChargeRules.Charge::cents).toList());
        assertEquals(List.of(ChargeRules.AnomalyKind.MISSING_QUOTIENT), r.anomalies().stream().map(ChargeRules.Anomaly::kind).toList());
        assertEquals(800, r.totalCents());
    }

    @Test
    void aQuotientOnlyMissingForAnExcusedAbsenceOrASpecialPriceIsNoAnomaly() {
        ChargeRules.Result r = ChargeRules.charge(List.of(
                        booked(1, CANTEEN, MARCH_3, 11, ELDEST, AttendanceStatus.ABSENT_EXCUSED),
                        booked(2, CANTEEN, MARCH_3, 11, ELDEST, AttendanceStatus.ABSENT_UNEXCUSED)),
                pricing(d -> null, true, Map.of(CANTEEN, GRID)));
        assertTrue(r.anomalies().isEmpty(), r.anomalies().toString());
    }

    @Test
    void eachSessionIsPricedWithTheQuotientValidOnItsOwnDay() {
        LocalDate newQuotientFrom = LocalDate.of(2026, 3, 15);
        ChargeRules.Pricing changing = pricing(d -> d.isBefore(newQuotientFrom) ? 900 : 500, true, Map.of(CANTEEN, GRID));
        ChargeRules.Result r = ChargeRules.charge(List.of(
                booked(1, CANTEEN, LocalDate.of(2026, 3, 10), 11, ELDEST, AttendanceStatus.PRESENT),
                booked(2, CANTEEN, LocalDate.of(2026, 3, 20), 11, ELDEST, AttendanceStatus.PRESENT)), changing);
        assertEquals(List.of(400, 200), r.charges().stream().map(ChargeRules.Charge::cents).toList());
    }

    @Test
    void eachSessionIsPricedWithTheGridInForceOnItsDay() {
        PriceGrid old = grid(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 14), null, null);
        PriceGrid dearer = new PriceGrid(null, LocalDate.of(2026, 3, 15), null, 0, null, null,
                List.of(new PriceBand(0, null, 250, 350)), OffsetDateTime.now());
        ChargeRules.Pricing twoGrids = new ChargeRules.Pricing() {
            public Optional<PriceGrid> grid(long activityId, LocalDate day) {
                return Prices.gridOn(List.of(old, dearer), day);
            }

            public Integer quotient(LocalDate day) {
                return 500;
            }

            public boolean resident() {
                return true;
            }
        };
        ChargeRules.Result r = ChargeRules.charge(List.of(
                booked(1, CANTEEN, LocalDate.of(2026, 3, 14), 11, ELDEST, AttendanceStatus.PRESENT),
                booked(2, CANTEEN, LocalDate.of(2026, 3, 15), 11, ELDEST, AttendanceStatus.PRESENT)), twoGrids);
        assertEquals(List.of(200, 250), r.charges().stream().map(ChargeRules.Charge::cents).toList());
    }

    @Test
    void aSessionWithoutPriceGridIsNotChargedAndIsListed() {
        ChargeRules.Result r = ChargeRules.charge(List.of(booked(1, CANTEEN, MARCH_3, 11, ELDEST, AttendanceStatus.PRESENT)),
                pricing(d -> 500, true, Map.of()));
        assertTrue(r.charges().isEmpty());
        assertEquals(List.of(ChargeRules.AnomalyKind.NO_PRICE_GRID), r.anomalies().stream().map(ChargeRules.Anomaly::kind).toList());
    }

    @Test
    void theYoungerSiblingsOfAnActivityGetTheReductionTheEldestPaysFull() {
        ChargeRules.Result r = ChargeRules.charge(List.of(
                booked(1, CANTEEN, MARCH_3, 12, YOUNGER, AttendanceStatus.PRESENT),
                booked(1, CANTEEN, MARCH_3, 11, ELDEST, AttendanceStatus.PRESENT),
                booked(2, CANTEEN, MARCH_3.plusDays(1), 13, LocalDate.of(2020, 1, 1), AttendanceStatus.PRESENT)), QF_500_RESIDENT);
        Map<Long, Integer> rank = new java.util.HashMap<>();
        Map<Long, Integer> cents = new java.util.HashMap<>();
        r.charges().forEach(c -> {
            rank.put(c.source().childId(), c.childRank());
            cents.put(c.source().childId(), c.cents());
        });
        assertEquals(Map.of(11L, 1, 12L, 2, 13L, 3), rank);
        assertEquals(Map.of(11L, 200, 12L, 180, 13L, 180), cents);
        assertTrue(BillingTexts.explanation(r.charges().stream().filter(c -> c.source().childId() == 12).findFirst()
                .orElseThrow(), Locale.FRENCH).contains("réduction fratrie de 10 %"));
    }

    @Test
    void theSiblingRankIsCountedPerActivity() {
        ChargeRules.Result r = ChargeRules.charge(List.of(
                booked(1, CANTEEN, MARCH_3, 11, ELDEST, AttendanceStatus.PRESENT),
                booked(5, CARE, MARCH_3, 12, YOUNGER, AttendanceStatus.PRESENT)), QF_500_RESIDENT);
        assertTrue(r.charges().stream().allMatch(c -> c.childRank() == 1 && c.cents() == 200), r.toString());
    }

    @Test
    void twinsAreRankedByIdSoTheRankIsStable() {
        var ranks = ChargeRules.ranks(List.of(booked(1, CANTEEN, MARCH_3, 22, ELDEST, AttendanceStatus.PRESENT),
                booked(1, CANTEEN, MARCH_3, 21, ELDEST, AttendanceStatus.PRESENT)));
        assertEquals(Map.of(21L, 1, 22L, 2), ranks.get(CANTEEN));
    }

    @Test
    void chargesComeInDayOrderAndMoneyStaysInCents() {
        List<ChargeRules.Source> sources = new ArrayList<>();
        for (int d = 28; d >= 1; d--) {
            sources.add(booked(d, CANTEEN, LocalDate.of(2026, 2, d), 11, ELDEST, AttendanceStatus.PRESENT));
        }
        ChargeRules.Result r = ChargeRules.charge(sources, pricing(d -> 500, true, Map.of(CANTEEN,
                new PriceGrid(null, LocalDate.of(2025, 9, 1), null, 0, null, null, List.of(new PriceBand(0, null, 333, 333)),
                        OffsetDateTime.now()))));
        assertEquals(LocalDate.of(2026, 2, 1), r.charges().get(0).source().day());
        assertEquals(28 * 333, r.totalCents());
        assertFalse(r.charges().stream().anyMatch(ChargeRules.Charge::unmarked));
    }

    @Test
    void theRuleFollowsTheAttendance() {
        assertEquals(Prices.Charge.BOOKED, ChargeRules.kindOf(booked(1, CANTEEN, MARCH_3, 1, ELDEST, AttendanceStatus.PRESENT)));
        assertEquals(Prices.Charge.BOOKED, ChargeRules.kindOf(booked(1, CANTEEN, MARCH_3, 1, ELDEST, null)));
        assertEquals(Prices.Charge.EXCUSED_ABSENCE, ChargeRules.kindOf(booked(1, CANTEEN, MARCH_3, 1, ELDEST, AttendanceStatus.ABSENT_EXCUSED)));
        assertEquals(Prices.Charge.UNEXCUSED_ABSENCE, ChargeRules.kindOf(booked(1, CANTEEN, MARCH_3, 1, ELDEST, AttendanceStatus.ABSENT_UNEXCUSED)));
        assertEquals(Prices.Charge.UNBOOKED_PRESENCE, ChargeRules.kindOf(unbooked(1, MARCH_3, 1)));
    }
}
