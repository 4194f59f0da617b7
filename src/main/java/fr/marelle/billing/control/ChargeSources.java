package fr.marelle.billing.control;

import fr.marelle.attendance.entity.AttendanceStatus;
import fr.marelle.family.control.FamilyQuotients;
import fr.marelle.family.control.Households;
import fr.marelle.family.entity.FamilyQuotient;
import fr.marelle.family.entity.Household;
import fr.marelle.planning.control.PriceGrids;
import fr.marelle.planning.control.Prices;
import fr.marelle.planning.entity.PriceGrid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what {@link ChargeRules} needs from the other capabilities: the confirmed bookings of a
 * régie's month with their attendance, the presences without booking, and each household's
 * price facts (grids, quotient valid per day, residence); and what earlier runs already invoiced.
 */
@ApplicationScoped
public class ChargeSources {

    private static final String COLUMNS = " s.id, a.id, a.name, s.day, c.id, c.first_name || ' ' || c.last_name, c.birth_date";

    @PersistenceContext
    EntityManager em;

    @Inject
    PriceGrids priceGrids;

    @Inject
    FamilyQuotients quotients;

    @Inject
    Households households;

    /** The sources of the month per household, households in id order. */
    public Map<Long, List<ChargeRules.Source>> of(String regieCode, YearMonth month) {
        List<?> rows = em.createNativeQuery("select b.household_id," + COLUMNS + ", b.id, att.status"
                        + " from booking b join activity_session s on s.id = b.session_id join activity a on a.id = s.activity_id"
                        + " join child c on c.id = b.child_id left join attendance att on att.booking_id = b.id"
                        + " where b.status = 'CONFIRMED' and a.regie_code = ?1 and s.day between ?2 and ?3 and s.status <> 'CANCELLED'"
                        + " union all select att.household_id," + COLUMNS + ", null, att.status"
                        + " from attendance att join activity_session s on s.id = att.session_id join activity a on a.id = s.activity_id"
                        + " join child c on c.id = att.child_id"
                        + " where att.status = 'PRESENT_WITHOUT_BOOKING' and a.regie_code = ?1 and s.day between ?2 and ?3"
                        + " order by 1, 5, 2, 6")
                .setParameter(1, regieCode).setParameter(2, month.atDay(1)).setParameter(3, month.atEndOfMonth())
                .getResultList();
        Map<Long, List<ChargeRules.Source>> byHousehold = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            ChargeRules.Source s = new ChargeRules.Source(num(r[0]), num(r[1]), num(r[2]), (String) r[3], date(r[4]),
                    num(r[5]), (String) r[6], date(r[7]), r[8] == null ? null : num(r[8]),
                    r[9] == null ? null : AttendanceStatus.valueOf((String) r[9]));
            byHousehold.computeIfAbsent(s.householdId(), h -> new java.util.ArrayList<>()).add(s);
        }
        return byHousehold;
    }

    /** The household's price facts, each looked up once. */
    public ChargeRules.Pricing pricingOf(long householdId) {
        Household household = em.find(Household.class, householdId);
        boolean resident = household != null && households.isResident(household);
        Map<Long, List<PriceGrid>> grids = new HashMap<>();
        Map<LocalDate, Optional<Integer>> quotientByDay = new HashMap<>();
        return new ChargeRules.Pricing() {
            @Override
            public Optional<PriceGrid> grid(long activityId, LocalDate day) {
                return Prices.gridOn(grids.computeIfAbsent(activityId, priceGrids::of), day);
            }

            @Override
            public Integer quotient(LocalDate day) {
                return quotientByDay.computeIfAbsent(day, d -> quotients.valid(householdId, d).map(FamilyQuotient::getAmount))
                        .orElse(null);
            }

            @Override
            public boolean resident() {
                return resident;
            }
        };
    }

    /** Gross amounts already invoiced per source for the régie's month (credit notes not deducted: see Rebilling). */
    public Map<ChargeRules.SourceKey, Long> invoiced(String regieCode, YearMonth month) {
        List<?> rows = em.createNativeQuery("select l.household_id, l.session_id, l.child_id, sum(l.amount_cents)"
                        + " from invoice_line l join invoice i on i.id = l.invoice_id"
                        + " where i.regie_code = ?1 and i.month = ?2 group by 1, 2, 3")
                .setParameter(1, regieCode).setParameter(2, month.atDay(1)).getResultList();
        Map<ChargeRules.SourceKey, Long> invoiced = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            invoiced.put(new ChargeRules.SourceKey(num(r[0]), num(r[1]), num(r[2])), num(r[3]));
        }
        return invoiced;
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    static LocalDate date(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        return ((java.sql.Date) o).toLocalDate();
    }
}
