package fr.marelle.billing.control;

import fr.marelle.attendance.entity.AttendanceStatus;
import fr.marelle.planning.control.FamilyPricing;
import fr.marelle.planning.control.Prices;
import fr.marelle.planning.entity.PriceGrid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one household owes for one month of one régie, from its confirmed bookings and the
 * attendance marked on them. Pure rules on integer cents:
 * <ul>
 * <li>booked and present → the session's price (BOOKED);</li>
 * <li>booked and not marked → charged as booked (the family booked it), listed as an anomaly
 *     so finance can have the attendance marked before validating;</li>
 * <li>absent excused → a line at 0 explaining that nothing is charged (the family sees why);</li>
 * <li>absent unexcused → the grid's unexcused-absence price, or the session's price when the grid has none;</li>
 * <li>present without booking → the grid's unbooked-presence price, or the session's price.</li>
 * </ul>
 * The price is taken from the grid in force on the session's day, with the household's family
 * quotient valid that day (none: the highest band, listed as an anomaly), its residence, and the
 * child's sibling rank: among the household's children charged for the same activity in the month,
 * ordered by birth date, the eldest is rank 1 and the reduction of the grid applies from rank 2
 * (younger siblings get it; a tie on birth date is broken by the child's id, so the rank is stable).
 * A session without a price grid is not charged and is listed as an anomaly.
 * A child in two households: each household's sources are only its own bookings, so each is
 * charged only for its own days.
 */
public final class ChargeRules {

    /** One thing that may be charged: a child's confirmed booking of a session, or a presence without booking. */
    public record Source(long householdId, long sessionId, long activityId, String activityName, LocalDate day,
                         long childId, String childName, LocalDate birthDate, Long bookingId,
                         AttendanceStatus attendance) {

        public SourceKey key() {
            return new SourceKey(householdId, sessionId, childId);
        }
    }

    /** What identifies a charge across runs: the household charged, the session and the child. */
    public record SourceKey(long householdId, long sessionId, long childId) {
    }

    /** The household's facts the price depends on. */
    public interface Pricing {
        /** The grid of the activity in force on that day. */
        Optional<PriceGrid> grid(long activityId, LocalDate day);

        /** The household's family quotient valid on that day; null when none. */
        Integer quotient(LocalDate day);

        boolean resident();
    }

    /** A charge and how its price was found. */
    public record Charge(Source source, Prices.Price price, int childRank, boolean unmarked) {
        public int cents() {
            return price.cents();
        }

        public Prices.Charge kind() {
            return price.charge();
        }
    }

    public enum AnomalyKind { MISSING_QUOTIENT, ATTENDANCE_NOT_MARKED, NO_PRICE_GRID }

    /** Something finance should look at before validating; session and child are null for a household-wide one. */
    public record Anomaly(AnomalyKind kind, long householdId, Long sessionId, Long childId, LocalDate day,
                          String childName, String activityName) {
    }

    public record Result(List<Charge> charges, List<Anomaly> anomalies) {
        public long totalCents() {
            return charges.stream().mapToLong(Charge::cents).sum();
        }
    }

    private ChargeRules() {
    }

    /** The charges of one household (every source must be of that household). */
    public static Result charge(List<Source> sources, Pricing pricing) {
        Map<Long, Map<Long, Integer>> ranks = ranks(sources);
        List<Charge> charges = new ArrayList<>();
        List<Anomaly> anomalies = new ArrayList<>();
        boolean missingQuotient = false;
        List<Source> ordered = new ArrayList<>(sources);
        ordered.sort(Comparator.comparing(Source::day).thenComparing(Source::activityName)
                .thenComparing(Source::childName).thenComparingLong(Source::childId));
        for (Source s : ordered) {
            Prices.Charge kind = kindOf(s);
            boolean unmarked = s.attendance() == null;
            if (unmarked) {
                anomalies.add(anomaly(AnomalyKind.ATTENDANCE_NOT_MARKED, s));
            }
            Optional<PriceGrid> grid = pricing.grid(s.activityId(), s.day());
            if (grid.isEmpty() || grid.get().getBands().isEmpty()) {
                anomalies.add(anomaly(AnomalyKind.NO_PRICE_GRID, s));
                continue;
            }
            Integer quotient = pricing.quotient(s.day());
            int rank = ranks.get(s.activityId()).get(s.childId());
            Prices.Price price = Prices.price(grid.get(), new FamilyPricing(quotient, pricing.resident(), rank), kind);
            if (quotient == null && kind != Prices.Charge.EXCUSED_ABSENCE && !price.special()) {
                missingQuotient = true;
            }
            charges.add(new Charge(s, price, rank, unmarked));
        }
        if (missingQuotient && !sources.isEmpty()) {
            anomalies.add(0, new Anomaly(AnomalyKind.MISSING_QUOTIENT, sources.get(0).householdId(), null, null, null, null, null));
        }
        return new Result(List.copyOf(charges), List.copyOf(anomalies));
    }

    /** The rule that applies to a source, from its attendance (not marked: as booked). */
    public static Prices.Charge kindOf(Source s) {
        if (s.bookingId() == null) {
            return Prices.Charge.UNBOOKED_PRESENCE;
        }
        if (s.attendance() == null) {
            return Prices.Charge.BOOKED;
        }
        return switch (s.attendance()) {
            case PRESENT -> Prices.Charge.BOOKED;
            case ABSENT_EXCUSED -> Prices.Charge.EXCUSED_ABSENCE;
            case ABSENT_UNEXCUSED -> Prices.Charge.UNEXCUSED_ABSENCE;
            case PRESENT_WITHOUT_BOOKING -> Prices.Charge.UNBOOKED_PRESENCE;
        };
    }

    /** Per activity: each child's rank among the household's children charged for it, eldest first. */
    static Map<Long, Map<Long, Integer>> ranks(List<Source> sources) {
        Map<Long, Map<Long, LocalDate>> children = new LinkedHashMap<>();
        for (Source s : sources) {
            children.computeIfAbsent(s.activityId(), a -> new HashMap<>()).put(s.childId(), s.birthDate());
        }
        Map<Long, Map<Long, Integer>> ranks = new HashMap<>();
        children.forEach((activity, births) -> {
            List<Map.Entry<Long, LocalDate>> byAge = new ArrayList<>(births.entrySet());
            byAge.sort(Map.Entry.<Long, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
            Map<Long, Integer> rank = new HashMap<>();
            for (int i = 0; i < byAge.size(); i++) {
                rank.put(byAge.get(i).getKey(), i + 1);
            }
            ranks.put(activity, rank);
        });
        return ranks;
    }

    private static Anomaly anomaly(AnomalyKind kind, Source s) {
        return new Anomaly(kind, s.householdId(), s.sessionId(), s.childId(), s.day(), s.childName(), s.activityName());
    }
}
