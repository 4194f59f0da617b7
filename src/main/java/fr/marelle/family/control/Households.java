package fr.marelle.family.control;

import fr.marelle.platform.control.PageRequest;
import fr.marelle.platform.control.NativeQueries;
import fr.marelle.family.control.HouseholdRules.HouseholdForm;
import fr.marelle.family.entity.Civility;
import fr.marelle.family.entity.Guardian;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.control.AccountAdministration;
import fr.marelle.identity.entity.Account;
import fr.marelle.notification.control.Outbox;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalLinks;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Households: the parent's own (created with its first save), an agent's edits on a family's
 * behalf, guardians, residence, and the staff search.
 */
@ApplicationScoped
public class Households {

    /** Setting: the postcodes of the town, comma-separated; a household there is resident. */
    public static final String RESIDENT_POSTCODES = ResidentPostcodes.SETTING;

    /** One line of the staff search. */
    public record Summary(long id, String name, String postcode, String city, String guardians, String children) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    @Inject
    HouseholdHistory history;

    @Inject
    ResidentPostcodes residentPostcodes;

    @Inject
    AccountAdministration administration;

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    @Inject
    Clock clock;

    /** The household the account is guardian of. */
    public Optional<Household> mine(long accountId) {
        return access.ownHousehold(accountId).map(id -> em.find(Household.class, id));
    }

    /** The parent's household, or 404 when there is none yet. */
    public Household requireMine(long accountId) {
        return mine(accountId).orElseThrow(() -> new UnknownRecordException("household of account", accountId));
    }

    public Household get(long actorId, long householdId) {
        return access.household(actorId, householdId);
    }

    /** The parent saves their household; the first save creates it with them as guardian and billing contact. */
    @Transactional
    public Household saveMine(long actorId, HouseholdForm form) {
        Account actor = access.actor(actorId);
        Optional<Household> existing = mine(actorId);
        if (existing.isPresent()) {
            return apply(actorId, existing.get(), form, null, false);
        }
        List<Violation> violations = new ArrayList<>();
        HouseholdForm checked = HouseholdRules.check(form, violations);
        if (checked.billingAccountId() != null && !checked.billingAccountId().equals(actorId)) {
            violations.add(Violation.of("billingAccountId", "household.billing.notGuardian"));
        }
        if (checked.civilities() != null && !List.of(actorId).containsAll(checked.civilities().keySet())) {
            violations.add(Violation.of("civilities", "civility.notGuardian"));
        }
        RuleViolationException.throwIfAny(violations);
        return create(actor, checked);
    }

    /** An agent (or the parent) changes a household; only staff may set the residence override. */
    @Transactional
    public Household update(long actorId, long householdId, HouseholdForm form, Boolean residentOverride,
                            boolean changeResidence) {
        Household household = access.household(actorId, householdId);
        if (changeResidence) {
            access.requirePlanningStaff(actorId);
        }
        return apply(actorId, household, form, residentOverride, changeResidence);
    }

    private Household apply(long actorId, Household household, HouseholdForm form, Boolean residentOverride,
                            boolean changeResidence) {
        List<Violation> violations = new ArrayList<>();
        HouseholdForm checked = HouseholdRules.check(form.countryOr(household.getCountryCode()), violations);
        Long billing = checked.billingAccountId() == null ? household.getBillingAccountId() : checked.billingAccountId();
        List<Long> guardianIds = guardianIds(household.getId());
        if (billing != null && !guardianIds.contains(billing)) {
            violations.add(Violation.of("billingAccountId", "household.billing.notGuardian"));
        }
        if (checked.civilities() != null && !guardianIds.containsAll(checked.civilities().keySet())) {
            violations.add(Violation.of("civilities", "civility.notGuardian"));
        }
        RuleViolationException.throwIfAny(violations);
        Map<String, Object> before = household.historyView();
        household.setName(checked.name());
        household.setAddressLine1(checked.addressLine1());
        household.setAddressLine2(checked.addressLine2());
        household.setPostcode(checked.postcode());
        household.setCity(checked.city());
        household.setCountryCode(Countries.stored(checked.country()));
        household.setPhone(checked.phone());
        household.setOtherPhone(checked.otherPhone());
        household.setBillingAccountId(billing);
        if (changeResidence) {
            household.setResidentOverride(residentOverride);
        }
        em.flush();
        history.record(household.getId(), "household", household.getId(), household.getName(), before,
                household.historyView());
        changeCivilities(household.getId(), checked.civilities());
        refreshSearch(household.getId());
        return household;
    }

    /** Each civility given for a guardian of the household, in its history (and the audit trail) when it changed. */
    private void changeCivilities(long householdId, Map<Long, String> civilities) {
        if (civilities == null) {
            return;
        }
        civilities.forEach((accountId, code) -> {
            Guardian guardian = em.find(Guardian.class, accountId);
            Civility before = guardian.getCivility();
            Civility after = code == null ? null : Civility.valueOf(code);
            if (before == after) {
                return;
            }
            guardian.setCivility(after);
            em.flush();
            Map<String, Object> was = new LinkedHashMap<>();
            was.put("civility", before == null ? null : before.name());
            Map<String, Object> now = new LinkedHashMap<>();
            now.put("civility", after == null ? null : after.name());
            // named even when the account is not active yet (a parent invited at the counter)
            history.record(householdId, "guardian", accountId, em.find(Account.class, accountId).fullName(), was, now);
        });
    }

    /** The civility of each guardian of the household who gave one, by account id. */
    public Map<Long, Civility> civilities(long householdId) {
        Map<Long, Civility> result = new LinkedHashMap<>();
        em.createQuery("select g from Guardian g where g.householdId = :h and g.civility is not null", Guardian.class)
                .setParameter("h", householdId).getResultList().forEach(g -> result.put(g.getAccountId(), g.getCivility()));
        return result;
    }

    /** A new household with its first guardian as billing contact, in the history and the search. */
    private Household create(Account guardian, HouseholdForm checked) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Household household = new Household(checked.name(), now);
        household.setAddressLine1(checked.addressLine1());
        household.setAddressLine2(checked.addressLine2());
        household.setPostcode(checked.postcode());
        household.setCity(checked.city());
        household.setCountryCode(Countries.stored(checked.country()));
        household.setPhone(checked.phone());
        household.setOtherPhone(checked.otherPhone());
        household.setBillingAccountId(guardian.getId());
        em.persist(household);
        em.flush();
        Guardian first = new Guardian(guardian.getId(), household.getId(), now);
        if (checked.civilities() != null && checked.civilities().get(guardian.getId()) != null) {
            first.setCivility(Civility.valueOf(checked.civilities().get(guardian.getId())));
        }
        em.persist(first);
        em.flush();
        history.record(household.getId(), "household", household.getId(), household.getName(), null,
                household.historyView());
        refreshSearch(household.getId());
        return household;
    }

    /**
     * An agent opens a household at the counter together with the parent account, which the parent
     * finishes from the invitation e-mail (Foundation's invitation).
     */
    @Transactional
    public Household createAtCounter(long actorId, String firstName, String lastName, String email, String language,
                                     HouseholdForm form) {
        access.requirePlanningStaff(actorId);
        List<Violation> violations = new ArrayList<>();
        HouseholdForm checked = HouseholdRules.check(
                new HouseholdForm(form.name() == null || form.name().isBlank() ? lastName : form.name(),
                        form.addressLine1(), form.addressLine2(), form.postcode(), form.city(), form.phone(),
                        form.otherPhone(), null, form.country(), null), violations);
        RuleViolationException.throwIfAny(violations);
        Account parent = administration.inviteParent(actorId, firstName, lastName, email, language);
        return create(parent, checked);
    }

    /** A guardian's departure: who receives the invoices from now on when the leaver did (else null). */
    public record Departure(Account newBillingContact) {
    }

    /**
     * A guardian leaves the household; the last guardian cannot (the household would have nobody).
     * If the leaver received the invoices, the guardian who joined first among the others does now.
     * The other guardians are e-mailed.
     */
    @Transactional
    public Departure leave(long actorId) {
        Household household = requireMine(actorId);
        em.lock(household, LockModeType.PESSIMISTIC_WRITE);
        List<Long> guardians = guardianIds(household.getId());
        if (!GuardianRules.mayLeave(guardians.size())) {
            throw RuleViolationException.of(null, "household.leave.lastGuardian");
        }
        Account actor = access.actor(actorId);
        em.createNativeQuery("delete from guardian where account_id = ?1").setParameter(1, actorId).executeUpdate();
        history.record(household.getId(), "guardian", actorId, actor.fullName(), Map.of("account", actor.getEmail()), null);
        Long billing = GuardianRules.billingAfterLeaving(guardians, actorId, household.getBillingAccountId());
        Account newBilling = null;
        if (!billing.equals(household.getBillingAccountId())) {
            newBilling = access.actor(billing);
            String before = household.getBillingAccountId() == null ? null : actor.fullName();
            household.setBillingAccountId(billing);
            em.flush();
            history.record(household.getId(), "billing", household.getId(), household.getName(),
                    before == null ? Map.of() : Map.of("contact", before), Map.of("contact", newBilling.fullName()));
        }
        for (Account other : guardians(household.getId())) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("firstName", other.getFirstName());
            values.put("leaver", actor.fullName());
            values.put("household", household.getName());
            values.put("billingNote", newBilling == null ? "" : Messages.text(Messages.forLanguage(other.getLanguage()),
                    "guardian.left.billingMoved", newBilling.fullName()));
            values.put("link", links.to("/parent/household.xhtml"));
            outbox.queue(other.getEmail(), other.getLanguage(), "guardian-left", values);
        }
        refreshSearch(household.getId());
        return new Departure(newBilling);
    }

    public List<Long> guardianIds(long householdId) {
        return em.createQuery("select g.accountId from Guardian g where g.householdId = :h order by g.joinedAt", Long.class)
                .setParameter("h", householdId).getResultList();
    }

    public List<Account> guardians(long householdId) {
        return em.createQuery("select a from Account a, Guardian g where g.accountId = a.id and g.householdId = :h"
                        + " order by g.joinedAt, a.id", Account.class)
                .setParameter("h", householdId).getResultList();
    }

    /** Resident: set by an agent, or from the town's postcode list. */
    public boolean isResident(Household household) {
        if (household.getResidentOverride() != null) {
            return household.getResidentOverride();
        }
        return residentPostcodes.contains(household.getPostcode());
    }

    /** Keeps the search text of the household in step with its name, guardians, phones and children. */
    @Transactional
    public void refreshSearch(long householdId) {
        em.createNativeQuery("update household set search_text = household_search_text(id) where id = ?1")
                .setParameter(1, householdId).executeUpdate();
    }

    /**
     * One page of the households whose name, guardians, children, e-mail or phone (any usual form) contain
     * the text, without accents or case, by name; a blank text matches every household.
     */
    public List<Summary> search(long actorId, String query, PageRequest page) {
        access.requirePlanningStaff(actorId);
        List<?> rows = NativeQueries.bound(em, "select h.id, h.name, h.postcode, h.city,"
                        + " (select string_agg(a.first_name || ' ' || a.last_name, ', ' order by g.joined_at)"
                        + "    from guardian g join account a on a.id = g.account_id where g.household_id = h.id),"
                        + " (select string_agg(c.first_name, ', ' order by c.birth_date)"
                        + "    from household_child hc join child c on c.id = hc.child_id where hc.household_id = h.id)"
                        + " from household h where h.search_text like ?1 || marelle_fold(?2) || '%'"
                        + page.orderBy(Map.of(), "h.name", "h.id"), "%", searchTerm(query))
                .getResultList();
        List<Summary> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            result.add(new Summary(((Number) c[0]).longValue(), (String) c[1], (String) c[2], (String) c[3],
                    (String) c[4], (String) c[5]));
        }
        return result;
    }

    /** How many households {@link #search(long, String, PageRequest)} pages through. */
    public long count(long actorId, String query) {
        access.requirePlanningStaff(actorId);
        return ((Number) NativeQueries.bound(em, "select count(*) from household h"
                + " where h.search_text like ?1 || marelle_fold(?2) || '%'", "%", searchTerm(query)).getSingleResult()).longValue();
    }

    /** The text to look for, LIKE characters escaped; a phone number in its stored form (E.164). */
    private static String searchTerm(String query) {
        String text = query == null ? "" : query.strip();
        String phone = text.matches("[+0-9 .()-]{6,}") ? Phones.toE164(text) : null;
        String term = phone != null ? phone : text;
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
