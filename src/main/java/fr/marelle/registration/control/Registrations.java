package fr.marelle.registration.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.Households;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.entity.Account;
import fr.marelle.legal.control.LegalMentions;
import fr.marelle.planning.control.Eligibility;
import fr.marelle.planning.entity.Activity;
import fr.marelle.planning.entity.SessionStatus;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import fr.marelle.registration.entity.AuthorKind;
import fr.marelle.registration.entity.Registration;
import fr.marelle.registration.entity.RegistrationMessage;
import fr.marelle.registration.entity.RegistrationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Yearly registrations to the activities that need one: a family asks for a child, an agent takes
 * the request in review and accepts, refuses or closes it; family and agents write messages on it.
 * Every change is audited and mailed to the household's guardians. An accepted registration
 * covering a session's day lets the child's sessions of that activity be booked.
 */
@ApplicationScoped
public class Registrations {

    static final int QUEUE_LIMIT = 300;

    /** A request with what the pages and the API show of it. */
    public record View(Registration registration, Child child, Activity activity, Household household,
                       List<RegistrationMessage> messages) {
    }

    /** A child and an activity the family may ask for now, with the school year it would be for. */
    public record Choice(Child child, Activity activity, RegistrationPeriod period) {

        public String key() {
            return child.getId() + "-" + activity.getId();
        }
    }

    /** What an agent needs to judge a request: the child's facts against the activity's conditions. */
    public record Facts(LocalDate on, Integer age, String levelCode, boolean resident, String ineligibility) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    @Inject
    Households households;

    @Inject
    RegistrationMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    LegalMentions legalMentions;

    @Inject
    Clock clock;

    // ---------------------------------------------------------------- the booking gate

    /** Whether the child has an accepted registration to the activity covering the day. */
    public boolean isAccepted(long childId, long activityId, LocalDate day) {
        return !em.createQuery("select r.id from Registration r where r.childId = :c and r.activityId = :a"
                        + " and r.state = :s and r.validFrom <= :d and r.validTo >= :d", Long.class)
                .setParameter("c", childId).setParameter("a", activityId).setParameter("s", RegistrationState.ACCEPTED)
                .setParameter("d", day).setMaxResults(1).getResultList().isEmpty();
    }

    // ---------------------------------------------------------------- the family

    /**
     * A guardian asks for a child's registration to an activity, for the school year of the
     * activity's next session, with an optional message to the agents.
     */
    @Transactional
    public Registration submit(long actorId, long householdId, Long childId, Long activityId, String rawMessage) {
        Registration registration = create(actorId, householdId, childId, activityId, rawMessage);
        mails.submitted(registration);
        return registration;
    }

    /** The request, stored and audited; the caller mails it (an acknowledgement, unless made at the counter). */
    private Registration create(long actorId, long householdId, Long childId, Long activityId, String rawMessage) {
        Account actor = access.actor(actorId);
        Household household = access.household(actorId, householdId);
        List<Violation> violations = new ArrayList<>();
        String message = RegistrationRules.message("message", rawMessage, violations);
        Child child = childId != null && access.belongs(householdId, childId) ? em.find(Child.class, childId) : null;
        if (child == null) {
            violations.add(Violation.of("childId", "registration.unknownChild"));
        }
        Activity activity = activityId == null ? null : em.find(Activity.class, activityId);
        if (activity == null || !activity.isActive()) {
            violations.add(Violation.of("activityId", "registration.unknownActivity"));
        } else if (!activity.isRegistrationRequired()) {
            violations.add(Violation.of("activityId", "registration.notRequired"));
        }
        RuleViolationException.throwIfAny(violations);
        LocalDate first = firstSessionDay(activity.getId())
                .orElseThrow(() -> RuleViolationException.of("activityId", "registration.noSession"));
        String ineligible = RegistrationRules.ineligibility(activity, facts(child, household), first);
        if (ineligible != null) {
            throw RuleViolationException.of("activityId", ineligible);
        }
        RegistrationPeriod period = RegistrationPeriod.containing(first);
        if (live(child.getId(), activity.getId(), period.from()) != null) {
            throw RuleViolationException.of("activityId", "registration.duplicate", period.label());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Registration registration = new Registration(householdId, child.getId(), activity.getId(), period.label(),
                period.from(), period.to(), actorId, now);
        em.persist(registration);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // two guardians (or a double click) at the same moment: the unique index said no
            if (isUniqueViolation(e)) {
                throw RuleViolationException.of("activityId", "registration.duplicate", period.label());
            }
            throw e;
        }
        if (message != null) {
            write(registration, actor, AuthorKind.FAMILY, message, now);
        }
        audit.record("REGISTRATION_SUBMITTED", "registration", registration.getId(), null, registration.auditView());
        return registration;
    }

    /** The family withdraws a request no agent has decided yet: closed by the family. */
    @Transactional
    public Registration withdraw(long actorId, long householdId, long registrationId) {
        access.household(actorId, householdId);
        Registration registration = lockedOfHousehold(householdId, registrationId);
        RuleViolationException.throwIfAny(RegistrationRules.withdrawal(registration.getState()));
        Map<String, Object> before = registration.auditView();
        registration.moveTo(RegistrationState.CLOSED, AuthorKind.FAMILY, actorId, OffsetDateTime.now(clock));
        audit.record("REGISTRATION_WITHDRAWN", "registration", registrationId, before, registration.auditView());
        mails.changed(registration, null);
        return registration;
    }

    /** A guardian writes to the agents on a request of the household. */
    @Transactional
    public RegistrationMessage familyMessage(long actorId, long householdId, long registrationId, String text) {
        Account actor = access.actor(actorId);
        access.household(actorId, householdId);
        Registration registration = lockedOfHousehold(householdId, registrationId);
        RegistrationMessage message = write(registration, actor, AuthorKind.FAMILY, requiredMessage(text),
                OffsetDateTime.now(clock));
        audit.record("REGISTRATION_MESSAGE", "registration", registrationId, null, Map.of("kind", "FAMILY"));
        return message;
    }

    /** The requests for the household's children (whichever of the child's households asked), newest first. */
    public List<View> ofHousehold(long actorId, long householdId) {
        access.household(actorId, householdId);
        List<Long> children = childrenOf(householdId);
        if (children.isEmpty()) {
            return List.of();
        }
        return views(em.createQuery("select r from Registration r where r.childId in :c"
                        + " order by r.submittedAt desc, r.id desc", Registration.class)
                .setParameter("c", children).getResultList());
    }

    /** One request of the household's children; another household's answers as unknown. */
    public View get(long actorId, long householdId, long registrationId) {
        access.household(actorId, householdId);
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null || !access.belongs(householdId, registration.getChildId())) {
            throw new UnknownRecordException("registration", registrationId);
        }
        return views(List.of(registration)).get(0);
    }

    /**
     * What the family may ask for now: every child and every active activity needing a
     * registration that has sessions to come, for which the child is eligible and has no open or
     * accepted request for that school year.
     */
    public List<Choice> choices(long actorId, long householdId) {
        Household household = access.household(actorId, householdId);
        List<Long> childIds = childrenOf(householdId);
        if (childIds.isEmpty()) {
            return List.of();
        }
        List<Child> children = em.createQuery("select c from Child c where c.id in :ids order by c.birthDate, c.id", Child.class)
                .setParameter("ids", childIds).getResultList();
        List<Choice> choices = new ArrayList<>();
        for (Activity activity : registrationActivities()) {
            LocalDate first = firstSessionDay(activity.getId()).orElse(null);
            if (first == null) {
                continue;
            }
            RegistrationPeriod period = RegistrationPeriod.containing(first);
            for (Child child : children) {
                if (RegistrationRules.ineligibility(activity, facts(child, household), first) == null
                        && live(child.getId(), activity.getId(), period.from()) == null) {
                    choices.add(new Choice(child, activity, period));
                }
            }
        }
        return choices;
    }

    // ---------------------------------------------------------------- the agents

    /**
     * An agent registers a child at the counter, with the family present: the request is made and
     * accepted at once (both audited; the acceptance, naming the counter, is mailed).
     */
    @Transactional
    public Registration registerAtCounter(long actorId, long householdId, Long childId, Long activityId) {
        access.requirePlanningStaff(actorId);
        // the family is at the counter: no acknowledgement of a request that is accepted at once
        Registration registration = create(actorId, householdId, childId, activityId, null);
        decide(actorId, registration.getId(), RegistrationState.ACCEPTED,
                fr.marelle.platform.control.Messages.text(java.util.Locale.FRENCH, "registration.counter.message"));
        return registration;
    }

    /** The agents' queue, oldest first: by default the requests waiting for a decision. */
    public List<View> queue(long actorId, Collection<RegistrationState> states, Long activityId) {
        access.requirePlanningStaff(actorId);
        Set<RegistrationState> wanted = states == null || states.isEmpty()
                ? EnumSet.of(RegistrationState.SUBMITTED, RegistrationState.IN_REVIEW) : EnumSet.copyOf(states);
        var query = em.createQuery("select r from Registration r where r.state in :s"
                        + (activityId == null ? "" : " and r.activityId = :a") + " order by r.submittedAt, r.id",
                        Registration.class)
                .setParameter("s", wanted).setMaxResults(QUEUE_LIMIT);
        if (activityId != null) {
            query.setParameter("a", activityId);
        }
        return views(query.getResultList());
    }

    public View forStaff(long actorId, long registrationId) {
        access.requirePlanningStaff(actorId);
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null) {
            throw new UnknownRecordException("registration", registrationId);
        }
        return views(List.of(registration)).get(0);
    }

    /**
     * An agent takes a request in review, accepts, refuses or closes it without action (the last
     * two with a message for the family, which joins the thread). The guardians are mailed.
     */
    @Transactional
    public Registration decide(long actorId, long registrationId, RegistrationState target, String rawMessage) {
        Account actor = access.requirePlanningStaff(actorId);
        Registration registration = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (registration == null) {
            throw new UnknownRecordException("registration", registrationId);
        }
        List<Violation> violations = new ArrayList<>();
        String message = RegistrationRules.message("message", rawMessage, violations);
        violations.addAll(RegistrationRules.decision(registration.getState(), target, message));
        RuleViolationException.throwIfAny(violations);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Object> before = registration.auditView();
        registration.moveTo(target, AuthorKind.STAFF, actorId, now);
        if (registration.isUnfavourable()) {
            registration.setDecisionSignatory(legalMentions.signatory());
        }
        if (message != null) {
            write(registration, actor, AuthorKind.STAFF, message, now);
        }
        audit.record("REGISTRATION_" + target.name(), "registration", registrationId, before, registration.auditView());
        mails.changed(registration, message);
        return registration;
    }

    /** An agent writes to the family on a request; the guardians are mailed. */
    @Transactional
    public RegistrationMessage staffMessage(long actorId, long registrationId, String text) {
        Account actor = access.requirePlanningStaff(actorId);
        Registration registration = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (registration == null) {
            throw new UnknownRecordException("registration", registrationId);
        }
        String message = requiredMessage(text);
        RegistrationMessage written = write(registration, actor, AuthorKind.STAFF, message, OffsetDateTime.now(clock));
        audit.record("REGISTRATION_MESSAGE", "registration", registrationId, null, Map.of("kind", "STAFF"));
        mails.staffMessage(registration, message);
        return written;
    }

    /** The child's facts against the activity, on the first session of the request's school year still to come. */
    public Facts facts(View view) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = today.isAfter(view.registration().getValidFrom()) ? today : view.registration().getValidFrom();
        Child child = view.child();
        boolean resident = households.isResident(view.household());
        return new Facts(on, child.getBirthDate() == null ? null : Eligibility.age(child.getBirthDate(), on),
                child.getLevelCode(), resident,
                RegistrationRules.ineligibility(view.activity(), new Eligibility.Child(child.getBirthDate(),
                        child.getLevelCode(), resident), on));
    }

    /** The active activities that need a registration, by name (for choices and the queue's filter). */
    public List<Activity> registrationActivities() {
        return em.createQuery("select a from Activity a where a.active = true and a.registrationRequired = true"
                + " order by a.name", Activity.class).getResultList();
    }

    // ---------------------------------------------------------------- helpers

    private Registration lockedOfHousehold(long householdId, long registrationId) {
        Registration registration = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (registration == null || !access.belongs(householdId, registration.getChildId())) {
            throw new UnknownRecordException("registration", registrationId);
        }
        return registration;
    }

    private static String requiredMessage(String text) {
        List<Violation> violations = new ArrayList<>();
        String message = RegistrationRules.message("message", text, violations);
        if (message == null) {
            violations.add(Violation.of("message", "registration.message.required"));
        }
        RuleViolationException.throwIfAny(violations);
        return message;
    }

    private RegistrationMessage write(Registration registration, Account author, AuthorKind kind, String text,
                                      OffsetDateTime now) {
        RegistrationMessage message = new RegistrationMessage(registration.getId(), author.getId(), author.fullName(),
                kind, now, text);
        em.persist(message);
        return message;
    }

    private Registration live(long childId, long activityId, LocalDate validFrom) {
        return em.createQuery("select r from Registration r where r.childId = :c and r.activityId = :a"
                        + " and r.validFrom = :f and r.state in :s", Registration.class)
                .setParameter("c", childId).setParameter("a", activityId).setParameter("f", validFrom)
                .setParameter("s", EnumSet.of(RegistrationState.SUBMITTED, RegistrationState.IN_REVIEW,
                        RegistrationState.ACCEPTED))
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** The day of the activity's first open session from today on. */
    java.util.Optional<LocalDate> firstSessionDay(long activityId) {
        return em.createQuery("select min(s.day) from Session s where s.activity.id = :a and s.day >= :d"
                        + " and s.status = :open", LocalDate.class)
                .setParameter("a", activityId).setParameter("d", LocalDate.now(clock))
                .setParameter("open", SessionStatus.OPEN).getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }

    private List<Long> childrenOf(long householdId) {
        List<?> rows = em.createNativeQuery("select child_id from household_child where household_id = ?1")
                .setParameter(1, householdId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    private Eligibility.Child facts(Child child, Household household) {
        return new Eligibility.Child(child.getBirthDate(), child.getLevelCode(), households.isResident(household));
    }

    private List<View> views(List<Registration> registrations) {
        if (registrations.isEmpty()) {
            return List.of();
        }
        List<Long> ids = registrations.stream().map(Registration::getId).toList();
        Map<Long, List<RegistrationMessage>> messages = em.createQuery("select m from RegistrationMessage m"
                        + " where m.registrationId in :ids order by m.at, m.id", RegistrationMessage.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(RegistrationMessage::getRegistrationId));
        Map<Long, Child> children = byId(Child.class, "Child", registrations.stream().map(Registration::getChildId).toList(),
                Child::getId);
        Map<Long, Activity> activities = byId(Activity.class, "Activity",
                registrations.stream().map(Registration::getActivityId).toList(), Activity::getId);
        Map<Long, Household> householdsById = byId(Household.class, "Household",
                registrations.stream().map(Registration::getHouseholdId).toList(), Household::getId);
        return registrations.stream().map(r -> new View(r, children.get(r.getChildId()), activities.get(r.getActivityId()),
                householdsById.get(r.getHouseholdId()), messages.getOrDefault(r.getId(), List.of()))).toList();
    }

    private <T> Map<Long, T> byId(Class<T> type, String entity, List<Long> ids, Function<T, Long> id) {
        return em.createQuery("select e from " + entity + " e where e.id in :ids", type)
                .setParameter("ids", Set.copyOf(ids)).getResultStream()
                .collect(Collectors.toMap(id, Function.identity()));
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
