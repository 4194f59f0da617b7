package fr.marelle.family.control;

import fr.marelle.family.control.HouseholdRules.ChildForm;
import fr.marelle.family.control.HouseholdRules.PickupForm;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.Household;
import fr.marelle.family.entity.PickupPerson;
import fr.marelle.planning.control.Sites;
import fr.marelle.planning.entity.Site;
import fr.marelle.planning.entity.SiteKind;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The children of a household and their authorised (and not-allowed) pick-up persons. */
@ApplicationScoped
public class Children {

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    @Inject
    HouseholdHistory history;

    @Inject
    Households households;

    @Inject
    Sites sites;

    @Inject
    Instance<ChildRemovalCheck> removalChecks;

    @Inject
    Clock clock;

    public List<Child> of(long actorId, long householdId) {
        access.household(actorId, householdId);
        List<?> ids = em.createNativeQuery("select child_id from household_child where household_id = ?1")
                .setParameter(1, householdId).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Child c where c.id in :ids order by c.birthDate, c.id", Child.class)
                .setParameter("ids", ids.stream().map(r -> ((Number) r).longValue()).toList()).getResultList();
    }

    public Child get(long actorId, long householdId, long childId) {
        return access.child(actorId, householdId, childId);
    }

    /** The households a child belongs to (two with alternating custody). */
    public List<Long> householdsOf(long childId) {
        List<?> rows = em.createNativeQuery("select household_id from household_child where child_id = ?1 order by linked_at")
                .setParameter(1, childId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    @Transactional
    public Child add(long actorId, long householdId, ChildForm form) {
        access.household(actorId, householdId);
        ChildForm checked = check(form);
        Child child = new Child(OffsetDateTime.now(clock));
        copy(checked, child);
        em.persist(child);
        em.flush();
        em.createNativeQuery("insert into household_child (household_id, child_id, linked_at) values (?1, ?2, ?3)")
                .setParameter(1, householdId).setParameter(2, child.getId())
                .setParameter(3, OffsetDateTime.now(clock)).executeUpdate();
        history.record(householdId, "child", child.getId(), child.fullName(), null, view(child));
        households.refreshSearch(householdId);
        return child;
    }

    @Transactional
    public Child update(long actorId, long householdId, long childId, ChildForm form) {
        Child child = access.child(actorId, householdId, childId);
        ChildForm checked = check(form);
        Map<String, Object> before = view(child);
        copy(checked, child);
        em.flush();
        Map<String, Object> after = view(child);
        // a child shared by two households: both see the change in their history
        for (long household : householdsOf(childId)) {
            history.record(household, "child", childId, child.fullName(), before, after);
        }
        householdsOf(childId).forEach(households::refreshSearch);
        return child;
    }

    /**
     * Takes the child out of the household; refused with the reason while another capability keeps it
     * (future bookings, unpaid invoices). A child of no household any more is deleted with its pick-up persons,
     * unless another capability keeps records of it (past bookings, attendance, registrations).
     */
    @Transactional
    public void remove(long actorId, long householdId, long childId) {
        Child child = access.child(actorId, householdId, childId);
        List<Violation> violations = new ArrayList<>();
        for (ChildRemovalCheck check : removalChecks) {
            check.refusal(householdId, childId).ifPresent(violations::add);
        }
        RuleViolationException.throwIfAny(violations);
        history.record(householdId, "child", childId, child.fullName(), view(child), null);
        em.createNativeQuery("delete from household_child where household_id = ?1 and child_id = ?2")
                .setParameter(1, householdId).setParameter(2, childId).executeUpdate();
        if (householdsOf(childId).isEmpty() && removalChecks.stream().noneMatch(c -> c.holdsRecordsOf(childId))) {
            em.remove(child);
        }
        em.flush();
        households.refreshSearch(householdId);
    }

    /** An agent links an existing child to a second household (alternating custody). */
    @Transactional
    public void linkToSecondHousehold(long actorId, long childId, long householdId) {
        access.requirePlanningStaff(actorId);
        Child child = em.find(Child.class, childId);
        Household household = em.find(Household.class, householdId);
        if (child == null) {
            throw new UnknownRecordException("child", childId);
        }
        if (household == null) {
            throw new UnknownRecordException("household", householdId);
        }
        List<Long> current = householdsOf(childId);
        if (current.contains(householdId)) {
            throw RuleViolationException.of("householdId", "child.link.already");
        }
        if (current.size() >= 2) {
            throw RuleViolationException.of("householdId", "child.link.twoAlready");
        }
        em.createNativeQuery("insert into household_child (household_id, child_id, linked_at) values (?1, ?2, ?3)")
                .setParameter(1, householdId).setParameter(2, childId)
                .setParameter(3, OffsetDateTime.now(clock)).executeUpdate();
        for (long h : householdsOf(childId)) {
            history.record(h, "custody", childId, child.fullName(), Map.of("households", current.toString()),
                    Map.of("households", householdsOf(childId).toString()));
        }
        households.refreshSearch(householdId);
    }

    // ------------------------------------------------------------------ pick-up persons

    public List<PickupPerson> pickups(long actorId, long householdId, long childId) {
        access.child(actorId, householdId, childId);
        return em.createQuery("select p from PickupPerson p where p.childId = :c order by p.notAllowed, p.lastName, p.id",
                        PickupPerson.class)
                .setParameter("c", childId).getResultList();
    }

    public PickupPerson pickup(long actorId, long householdId, long childId, long pickupId) {
        return access.pickup(actorId, householdId, childId, pickupId);
    }

    /** A parent adds an authorised person; only an agent records a person who must not pick the child up. */
    @Transactional
    public PickupPerson addPickup(long actorId, long householdId, long childId, PickupForm form) {
        Child child = access.child(actorId, householdId, childId);
        PickupForm checked = checkPickup(actorId, form, false);
        PickupPerson person = new PickupPerson(childId, OffsetDateTime.now(clock));
        copy(checked, person);
        em.persist(person);
        em.flush();
        for (long h : householdsOf(childId)) {
            history.record(h, checked.notAllowed() ? "notAllowed" : "pickup", person.getId(),
                    person.fullName() + " (" + child.getFirstName() + ")", null, person.historyView());
        }
        return person;
    }

    @Transactional
    public PickupPerson updatePickup(long actorId, long householdId, long childId, long pickupId, PickupForm form) {
        Child child = access.child(actorId, householdId, childId);
        PickupPerson person = access.pickup(actorId, householdId, childId, pickupId);
        PickupForm checked = checkPickup(actorId, form, person.isNotAllowed());
        Map<String, Object> before = person.historyView();
        copy(checked, person);
        em.flush();
        for (long h : householdsOf(childId)) {
            history.record(h, person.isNotAllowed() || checked.notAllowed() ? "notAllowed" : "pickup", pickupId,
                    person.fullName() + " (" + child.getFirstName() + ")", before, person.historyView());
        }
        return person;
    }

    @Transactional
    public void removePickup(long actorId, long householdId, long childId, long pickupId) {
        Child child = access.child(actorId, householdId, childId);
        PickupPerson person = access.pickup(actorId, householdId, childId, pickupId);
        if (person.isNotAllowed() && !access.isPlanningStaff(actorId)) {
            throw RuleViolationException.of("notAllowed", "pickup.notAllowed.staffOnly");
        }
        for (long h : householdsOf(childId)) {
            history.record(h, person.isNotAllowed() ? "notAllowed" : "pickup", pickupId,
                    person.fullName() + " (" + child.getFirstName() + ")", person.historyView(), null);
        }
        em.remove(person);
        em.flush();
    }

    private PickupForm checkPickup(long actorId, PickupForm form, boolean wasNotAllowed) {
        List<Violation> violations = new ArrayList<>();
        PickupForm checked = HouseholdRules.check(form, violations);
        if ((checked.notAllowed() || wasNotAllowed) && !access.isPlanningStaff(actorId)) {
            violations.add(Violation.of("notAllowed", "pickup.notAllowed.staffOnly"));
        }
        RuleViolationException.throwIfAny(violations);
        return checked;
    }

    private ChildForm check(ChildForm form) {
        List<Violation> violations = new ArrayList<>();
        ChildForm checked = HouseholdRules.check(form, LocalDate.now(clock), violations);
        if (checked.schoolSiteId() != null) {
            Optional<Site> school = sites.byId(checked.schoolSiteId());
            if (school.isEmpty() || school.get().getKind() != SiteKind.SCHOOL || !school.get().isActive()) {
                violations.add(Violation.of("schoolSiteId", "child.school.unknown"));
            }
        }
        if (checked.levelCode() != null && sites.level(checked.levelCode()).isEmpty()) {
            violations.add(Violation.of("levelCode", "child.level.unknown"));
        }
        RuleViolationException.throwIfAny(violations);
        return checked;
    }

    /** What the history shows of a child: the school by its name. */
    private Map<String, Object> view(Child child) {
        Map<String, Object> view = child.historyView();
        view.put("schoolSiteId", child.getSchoolSiteId() == null ? null
                : sites.byId(child.getSchoolSiteId()).map(Site::getName).orElse(String.valueOf(child.getSchoolSiteId())));
        return view;
    }

    private static void copy(ChildForm f, Child c) {
        c.setFirstName(f.firstName());
        c.setLastName(f.lastName());
        c.setBirthDate(f.birthDate());
        c.setSex(f.sex());
        c.setSchoolSiteId(f.schoolSiteId());
        c.setLevelCode(f.levelCode());
        c.setDiet(f.diet());
        c.setDietOther(f.dietOther());
        c.setAllergies(f.allergies());
        c.setPai(f.pai());
        c.setDoctorName(f.doctorName());
        c.setDoctorPhone(f.doctorPhone());
        c.setPhotoConsent(f.photoConsent());
    }

    private static void copy(PickupForm f, PickupPerson p) {
        p.setFirstName(f.firstName());
        p.setLastName(f.lastName());
        p.setRelation(f.relation());
        p.setPhone(f.phone());
        p.setOtherPhone(f.otherPhone());
        p.setMayPickUp(f.mayPickUp());
        p.setEmergencyContact(f.emergencyContact());
        p.setNotAllowed(f.notAllowed());
        p.setNote(f.note());
    }
}
