package fr.marelle.registration.control;

import fr.marelle.family.control.Households;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.control.Accounts;
import fr.marelle.identity.entity.Account;
import fr.marelle.planning.control.Eligibility;
import fr.marelle.planning.entity.Activity;
import fr.marelle.platform.control.DemoData;
import fr.marelle.registration.entity.AuthorKind;
import fr.marelle.registration.entity.Registration;
import fr.marelle.registration.entity.RegistrationMessage;
import fr.marelle.registration.entity.RegistrationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo town's registrations, so that the pages show something: Léa Martin's request for the
 * judo class (parent@example.org), submitted with a message; and for a few other demo households
 * (famille150 to famille199) an accepted, an in-review, a refused and a submitted request. Written
 * directly (no mail at start-up), in the states the use cases would give.
 */
@ApplicationScoped
public class RegistrationDemoData implements DemoData {

    private static final Logger LOG = Logger.getLogger(RegistrationDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Registrations registrations;

    @Inject
    Households households;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        em.flush();
        Activity judo = activity("Judo");
        Activity camp = activity("Séjour");
        Account agent = accounts.byEmail("agent@example.org").orElse(null);
        Account parent = accounts.byEmail("parent@example.org").orElse(null);
        if (judo == null || agent == null || parent == null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int count = 0;
        Long martin = households.mine(parent.getId()).map(Household::getId).orElse(null);
        Child lea = martin == null ? null : em.createQuery("select c from Child c where c.firstName = 'Léa'"
                + " and c.lastName = 'Martin'", Child.class).getResultStream().findFirst().orElse(null);
        if (lea != null && eligible(judo, lea, em.find(Household.class, martin))) {
            write(martin, lea, judo, parent, RegistrationState.SUBMITTED, null, now.minusDays(2),
                    "Léa a déjà fait une année de judo dans son ancienne ville.", null);
            count++;
        }

        record Plan(Activity activity, RegistrationState state, String family, String staff) {
        }
        List<Plan> plans = List.of(
                new Plan(judo, RegistrationState.ACCEPTED, null, "Bienvenue au club ! Prévoir un kimono pour la première séance."),
                new Plan(camp, RegistrationState.IN_REVIEW, "Notre fils ne sait pas encore bien nager, est-ce un problème ?",
                        "Pas de souci : les activités nautiques sont encadrées. Nous étudions la demande."),
                new Plan(judo, RegistrationState.REFUSED, null, "Le groupe est complet pour cette année ; nous vous proposons la liste d’attente de l’an prochain."),
                new Plan(camp, RegistrationState.SUBMITTED, "Inscription pour les trois semaines si possible.", null));
        Set<Long> used = new HashSet<>();
        List<Object[]> candidates = candidates();
        for (Plan plan : plans) {
            if (plan.activity() == null) {
                continue;
            }
            for (Object[] row : candidates) {
                long householdId = ((Number) row[0]).longValue();
                Child child = em.find(Child.class, ((Number) row[1]).longValue());
                Household household = em.find(Household.class, householdId);
                Account guardian = accounts.byId(((Number) row[2]).longValue()).orElseThrow();
                if (used.contains(householdId) || !eligible(plan.activity(), child, household)) {
                    continue;
                }
                used.add(householdId);
                write(householdId, child, plan.activity(), guardian, plan.state(), agent, now.minusDays(10 - count),
                        plan.family(), plan.staff());
                count++;
                break;
            }
        }
        int written = count;
        LOG.info(() -> "Demo registrations: " + written);
    }

    private Activity activity(String prefix) {
        return em.createQuery("select a from Activity a where a.registrationRequired = true and a.name like :n",
                        Activity.class).setParameter("n", prefix + "%").getResultStream().findFirst().orElse(null);
    }

    /** Children of the households of famille150 ... famille199, with the household's guardian. */
    private List<Object[]> candidates() {
        List<?> rows = em.createNativeQuery("select hc.household_id, hc.child_id, a.id from household_child hc"
                + " join household h on h.id = hc.household_id join account a on a.id = h.billing_account_id"
                + " where a.email ~ '^famille1[5-9][0-9]@example\\.net$' order by a.id, hc.child_id").getResultList();
        List<Object[]> result = new ArrayList<>();
        rows.forEach(r -> result.add((Object[]) r));
        return result;
    }

    private boolean eligible(Activity activity, Child child, Household household) {
        LocalDate first = registrations.firstSessionDay(activity.getId()).orElse(null);
        return first != null && RegistrationRules.ineligibility(activity, new Eligibility.Child(child.getBirthDate(),
                child.getLevelCode(), households.isResident(household)), first) == null;
    }

    private void write(long householdId, Child child, Activity activity, Account guardian, RegistrationState state,
                       Account agent, OffsetDateTime at, String familyMessage, String staffMessage) {
        RegistrationPeriod period = RegistrationPeriod.containing(registrations.firstSessionDay(activity.getId()).orElseThrow());
        Registration registration = new Registration(householdId, child.getId(), activity.getId(), period.label(),
                period.from(), period.to(), guardian.getId(), at);
        em.persist(registration);
        em.flush();
        if (familyMessage != null) {
            em.persist(new RegistrationMessage(registration.getId(), guardian.getId(), guardian.fullName(),
                    AuthorKind.FAMILY, at, familyMessage));
        }
        if (state != RegistrationState.SUBMITTED) {
            registration.moveTo(state, AuthorKind.STAFF, agent.getId(), at.plusHours(20));
        }
        if (staffMessage != null) {
            em.persist(new RegistrationMessage(registration.getId(), agent.getId(), agent.fullName(), AuthorKind.STAFF,
                    at.plusHours(20), staffMessage));
        }
    }
}
