package fr.marelle.planning.control;

import fr.marelle.identity.control.Acting;
import fr.marelle.audit.control.AuditTrail;
import fr.marelle.planning.entity.Activity;
import fr.marelle.planning.entity.PriceBand;
import fr.marelle.planning.entity.PriceGrid;
import fr.marelle.planning.entity.Session;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Price grids of activities. A grid never changes once in force: a new grid from a later date
 * ends the open-ended grid the day before; grids of one activity never overlap.
 */
@ApplicationScoped
public class PriceGrids {

    /** What staff enter for a grid. */
    public record GridForm(LocalDate validFrom, LocalDate validTo, int siblingReductionPct, Integer unexcusedAbsenceCents,
                           Integer unbookedPresenceCents, List<PriceBand> bands) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    Activities activities;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<PriceGrid> of(long activityId) {
        return em.createQuery("select g from PriceGrid g where g.activity.id = :a order by g.validFrom", PriceGrid.class)
                .setParameter("a", activityId).getResultList();
    }

    @Transactional
    public PriceGrid add(long activityId, GridForm form) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        Activity activity = activities.require(activityId);
        List<Violation> v = new java.util.ArrayList<>(Prices.check(form.validFrom(), form.validTo(), form.siblingReductionPct(),
                form.unexcusedAbsenceCents(), form.unbookedPresenceCents(), form.bands()));
        RuleViolationException.throwIfAny(v);
        LocalDate today = LocalDate.now(clock);
        PriceGrid toClose = null;
        for (PriceGrid g : of(activityId)) {
            if (!g.overlaps(form.validFrom(), form.validTo())) {
                continue;
            }
            boolean successor = g.getValidTo() == null && g.getValidFrom().isBefore(form.validFrom()) && form.validTo() == null;
            if (successor && form.validFrom().isAfter(today)) {
                toClose = g;
            } else if (successor) {
                v.add(Violation.of("validFrom", "price.newGridInPast"));
            } else {
                v.add(Violation.of("validFrom", "price.periodOverlap", g.getValidFrom().toString(),
                        g.getValidTo() == null ? "…" : g.getValidTo().toString()));
            }
        }
        RuleViolationException.throwIfAny(v);
        if (toClose != null) {
            var before = toClose.snapshot();
            toClose.setValidTo(form.validFrom().minusDays(1));
            audit.record("planning.prices.close", "price_grid", toClose.getId(), before, toClose.snapshot());
        }
        PriceGrid grid = new PriceGrid(activity, form.validFrom(), form.validTo(), form.siblingReductionPct(),
                form.unexcusedAbsenceCents(), form.unbookedPresenceCents(), form.bands(), OffsetDateTime.now(clock));
        em.persist(grid);
        em.flush();
        audit.record("planning.prices.create", "price_grid", grid.getId(), null, grid.snapshot());
        return grid;
    }

    /** A grid not yet in force can be removed; one in force never. */
    @Transactional
    public void remove(long gridId) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        PriceGrid grid = em.find(PriceGrid.class, gridId);
        if (grid == null) {
            throw RuleViolationException.of("gridId", "price.none");
        }
        if (!grid.getValidFrom().isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.of("gridId", "price.pastGrid");
        }
        audit.record("planning.prices.delete", "price_grid", gridId, grid.snapshot(), null);
        em.remove(grid);
    }

    /** The price of a session for a family, with how it was found; empty when no grid covers the day. */
    public Optional<Prices.Price> price(Session session, FamilyPricing family, Prices.Charge charge) {
        return Prices.gridOn(of(session.getActivity().getId()), session.getDay()).map(g -> Prices.price(g, family, charge));
    }
}
