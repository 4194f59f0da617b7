package fr.marelle.privacy.control;

import fr.marelle.platform.control.NativeQueries;
import fr.marelle.audit.control.AuditTrail;
import fr.marelle.audit.entity.Actor;
import fr.marelle.family.control.GuardianRules;
import fr.marelle.family.control.HouseholdHistory;
import fr.marelle.notification.control.Outbox;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Closes an account and anonymises what the portal holds on its holder, for an erasure request or
 * an account left unused. The account row stays (bookings, invoices and payments point to it) with
 * nothing personal left in it. A guardian who leaves others behind leaves the household to them;
 * the last guardian takes the household along: its address, children, pick-up persons, quotients,
 * requests, histories and calendar feeds are deleted or blanked, school enrolment documents deleted and the free
 * text of enrolment requests and room hires blanked; an association's or company's last member takes the
 * organisation along, a member who leaves others behind hands it over. What public accounting must keep
 * stays as it is for its own period: invoices (household and child names), credit notes, payments
 * and online payment attempts (the payer's address).
 * Then the identifying strings are blanked wherever the portal keeps free text about others (audit
 * trail, mails, histories), and the erasure is audited without them.
 */
@ApplicationScoped
public class AccountErasure {

    public enum Reason { REQUEST, INACTIVITY }

    /** The household the account belonged to (null when none) and whether it went too. */
    public record Outcome(long accountId, Long householdId, boolean householdErased) {
    }

    /** The children of household ?1 that belong to no other household. */
    private static final String OWN_CHILDREN = "select hc.child_id from household_child hc where hc.household_id = ?1"
            + " and not exists (select 1 from household_child o where o.child_id = hc.child_id and o.household_id <> ?1)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    HouseholdHistory history;

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    /** What decides whether the account may be closed now (see {@link ErasureRules}). */
    public ErasureRules.Facts facts(long accountId) {
        boolean staff = number("select count(*) from account_role where account_id = ?1 and role <> 'PARENT'", accountId) > 0;
        Long household = householdOf(accountId);
        if (household == null) {
            return new ErasureRules.Facts(staff, false, 0, 0, 0, 0);
        }
        boolean last = number("select count(*) from guardian where household_id = ?1", household) == 1;
        LocalDate today = LocalDate.now(clock);
        long balance = number("select (select coalesce(sum(total_cents), 0) from invoice where household_id = ?1)"
                + " - (select coalesce(sum(total_cents), 0) from credit_note where household_id = ?1)"
                + " - (select coalesce(sum(amount_cents), 0) from payment where household_id = ?1)", household);
        long pending = number("select count(*) from payment_attempt where household_id = ?1 and resolved_at is null", household);
        long upcoming = number("select count(*) from booking b join activity_session s on s.id = b.session_id"
                + " where b.household_id = ?1 and b.status in ('CONFIRMED', 'WAITING') and s.day >= ?2", household, today);
        // sessions of a month whose invoicing run is not validated yet will be invoiced: keep who to invoice
        long notInvoiced = number("select count(*) from booking b join activity_session s on s.id = b.session_id"
                + " join activity a on a.id = s.activity_id where b.household_id = ?1 and b.status = 'CONFIRMED'"
                + " and s.day < ?2 and s.status <> 'CANCELLED' and not exists (select 1 from invoice_run r"
                + " where r.regie_code = a.regie_code and r.status = 'VALIDATED'"
                + " and r.month = cast(date_trunc('month', s.day) as date))", household, today);
        long enrolments = number("select count(*) from school_enrolment where household_id = ?1"
                + " and state in ('SUBMITTED', 'INCOMPLETE')", household);
        // a hire's invoice is in the balance above; what is left is the slot itself and the deposit the town holds
        long hires = number("select count(*) from room_hire where household_id = ?1"
                + " and status in ('REQUESTED', 'PROPOSED', 'ACCEPTED') and ends_at > ?2", household, OffsetDateTime.now(clock));
        long deposits = number("select count(*) from room_hire where household_id = ?1 and deposit_status = 'HELD'"
                + " and ends_at <= ?2", household, OffsetDateTime.now(clock));
        return new ErasureRules.Facts(staff, last, balance, (int) pending, (int) upcoming, (int) notInvoiced,
                (int) enrolments, (int) hires, (int) deposits);
    }

    /**
     * Erases the account (and its household when it is the last guardian), once the rules allow it,
     * checked again under the locks.
     *
     * @throws ErasureRefusedException when something is still to settle; nothing is changed then
     */
    @Transactional(rollbackOn = ErasureRefusedException.class)
    public Outcome erase(long accountId, Reason reason) {
        List<?> rows = em.createNativeQuery("select email, first_name, last_name, language, organisation_name from account"
                + " where id = ?1 and erased_at is null for update").setParameter(1, accountId).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("account " + accountId + " does not exist or is erased already");
        }
        Object[] row = (Object[]) rows.get(0);
        String email = (String) row[0];
        String firstName = (String) row[1];
        String language = (String) row[3];
        OffsetDateTime now = OffsetDateTime.now(clock);
        String anonymous = "efface-" + accountId + "@compte.invalid";
        Set<String> identifying = new LinkedHashSet<>(List.of(email, firstName + " " + row[2], row[2] + " " + firstName));

        Long household = householdOf(accountId);
        if (household != null) {
            em.createNativeQuery("select id from household where id = ?1 for update").setParameter(1, household).getResultList();
        }
        List<fr.marelle.platform.control.Violation> refusals = ErasureRules.refusals(facts(accountId));
        if (!refusals.isEmpty()) {
            throw new ErasureRefusedException(refusals);
        }
        boolean householdErased = false;
        if (household != null) {
            List<Long> guardians = longs("select account_id from guardian where household_id = ?1 order by joined_at, account_id", household);
            householdErased = guardians.size() == 1;
            if (householdErased) {
                identifying.addAll(eraseHousehold(household, now));
                if (row[4] != null) {
                    identifying.add((String) row[4]);
                }
            } else {
                handOverOrganisation(household, accountId);
                leaveHousehold(household, guardians, accountId, anonymous);
            }
        }
        eraseAccount(accountId, email, anonymous, now);
        blankTraces(identifying);
        em.flush();
        em.clear();

        audit.recordAs(new Actor(accountId, anonymous, null), "ACCOUNT_ERASED", "account", accountId, null,
                Map.of("reason", reason.name(), "household", household == null ? "" : household.toString(),
                        "householdErased", householdErased));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("firstName", firstName);
        values.put("reason", Messages.text(Messages.forLanguage(language), "erasure.mail.reason." + reason.name()));
        outbox.queueForgotten(email, language, "account-erased", values);
        return new Outcome(accountId, household, householdErased);
    }

    /**
     * The last guardian goes: the household keeps its row (bookings, invoices and payments point to
     * it) under an anonymous name; children only of this household keep their row with their birth
     * year alone; everything else personal is deleted. Returns the identifying strings it held.
     */
    private Set<String> eraseHousehold(long household, OffsetDateTime now) {
        Set<String> identifying = new LinkedHashSet<>();
        strings(identifying, "select address_line1, address_line2, phone, other_phone from household where id = ?1", household);
        strings(identifying, "select first_name || ' ' || last_name, last_name || ' ' || first_name, doctor_name, doctor_phone"
                + " from child where id in (" + OWN_CHILDREN + ")", household);
        strings(identifying, "select first_name || ' ' || last_name, last_name || ' ' || first_name, phone, other_phone"
                + " from pickup_person where child_id in (" + OWN_CHILDREN + ")", household);
        // the audit entries about what goes keep who did what and when, not the data itself
        update("update audit_entry set before_json = null, after_json = null where"
                + " (object_type in ('household', 'billing') and object_id = cast(?1 as varchar))"
                + " or (object_type = 'child' and object_id in (select cast(c as varchar) from (" + OWN_CHILDREN + ") o(c)))"
                + " or (object_type in ('pickup', 'notAllowed') and object_id in (select cast(p.id as varchar) from pickup_person p"
                + " where p.child_id in (" + OWN_CHILDREN + ")))"
                + " or (object_type = 'quotient' and object_id in (select cast(q.id as varchar) from family_quotient q where q.household_id = ?1))"
                + " or (object_type in ('request', 'household_request') and object_id in (select cast(r.id as varchar)"
                + " from household_request r where r.household_id = ?1))", household);
        update("delete from pickup_person where child_id in (" + OWN_CHILDREN + ")", household);
        update("update child set first_name = 'Enfant', last_name = ?2, birth_date = make_date(cast(extract(year from birth_date) as int), 1, 1),"
                + " sex = null, diet = 'NONE', diet_other = null, allergies = null, pai = false, doctor_name = null,"
                + " doctor_phone = null, photo_consent = false, version = version + 1 where id in (" + OWN_CHILDREN + ")",
                household, PersonalTraces.ERASED);
        // a child also in another household stays there, with its data
        update("delete from household_child hc where hc.household_id = ?1 and exists"
                + " (select 1 from household_child o where o.child_id = hc.child_id and o.household_id <> ?1)", household);
        update("delete from calendar_feed where household_id = ?1", household);
        update("delete from household_request where household_id = ?1", household);
        update("delete from family_quotient where household_id = ?1", household);
        update("delete from household_change where household_id = ?1", household);
        update("delete from guardian_invitation where household_id = ?1", household);
        eraseEnrolmentsAndHires(household, now);
        // requests still open are withdrawn, as the family would have done
        update("update registration set state = 'CLOSED', closed_by = 'FAMILY', decided_at = ?2, version = version + 1"
                + " where household_id = ?1 and state in ('SUBMITTED', 'IN_REVIEW', 'ACCEPTED')", household, now);
        update("update registration set anonymised_at = ?2 where household_id = ?1 and anonymised_at is null", household, now);
        update("update registration_message set author_name = case when kind = 'FAMILY' then ?2 else author_name end,"
                + " text = ?2 where registration_id in (select id from registration where household_id = ?1)", household, PersonalTraces.ERASED);
        update("update booking_change set actor_name = ?2, reason = null where household_id = ?1 and actor_kind = 'FAMILY'",
                household, PersonalTraces.ERASED);
        update("update household set name = ?2, address_line1 = null, address_line2 = null, postcode = null, city = null, country_code = null,"
                + " phone = null, other_phone = null, resident_override = null, search_text = '', version = version + 1"
                + " where id = ?1", household, "Foyer effacé " + household);
        update("delete from guardian where household_id = ?1", household);
        return identifying;
    }

    /**
     * School enrolment requests and room hires stay as records of the town's decisions and of what was invoiced;
     * their documents are deleted and their free text blanked. (Erasure is refused while a request is in progress or a
     * hire is to come, see {@link ErasureRules}.)
     */
    private void eraseEnrolmentsAndHires(long household, OffsetDateTime now) {
        update("delete from school_enrolment_document where enrolment_id in (select id from school_enrolment"
                + " where household_id = ?1)", household);
        update("update school_enrolment_message set author_name = case when from_staff then author_name else ?2 end,"
                + " body = ?2 where enrolment_id in (select id from school_enrolment where household_id = ?1)",
                household, PersonalTraces.ERASED);
        update("update school_enrolment set derogation_reason = case when derogation_reason is null then null else ?2 end,"
                + " refusal_reason = case when refusal_reason is null then null else ?2 end,"
                + " anonymised_at = coalesce(anonymised_at, ?3), version = version + 1 where household_id = ?1",
                household, PersonalTraces.ERASED, now);
        update("update room_hire set purpose = ?2, refusal_reason = case when refusal_reason is null then null else ?2 end,"
                + " deposit_reason = case when deposit_reason is null then null else ?2 end, insurance_file = null,"
                + " version = version + 1 where household_id = ?1", household, PersonalTraces.ERASED);
        // their audit entries keep who decided what and when, not the texts
        update("update audit_entry set before_json = null, after_json = null where object_type = 'room_hire'"
                + " and object_id in (select cast(id as varchar) from room_hire where household_id = ?1)", household);
    }

    /** A guardian leaves others behind: they keep the household, its invoices go to the next guardian if need be. */
    private void leaveHousehold(long household, List<Long> guardians, long accountId, String anonymous) {
        update("delete from guardian where account_id = ?1", accountId);
        Long billing = ((Number) em.createNativeQuery("select coalesce(billing_account_id, 0) from household where id = ?1")
                .setParameter(1, household).getSingleResult()).longValue();
        Long after = GuardianRules.billingAfterLeaving(guardians, accountId, billing == 0 ? null : billing);
        if (!after.equals(billing)) {
            update("update household set billing_account_id = ?2, version = version + 1 where id = ?1", household, after);
        }
        update("update household set search_text = household_search_text(id) where id = ?1", household);
        history.recordAs(new Actor(accountId, anonymous, null), household, "guardian", accountId,
                Messages.text(Messages.FRENCH, "erasure.history.subject"), Map.of("account", PersonalTraces.ERASED), null);
        String name = (String) em.createNativeQuery("select name from household where id = ?1").setParameter(1, household).getSingleResult();
        for (Object r : em.createNativeQuery("select a.email, a.first_name, a.language from guardian g join account a on a.id = g.account_id"
                + " where g.household_id = ?1 order by g.joined_at").setParameter(1, household).getResultList()) {
            Object[] other = (Object[]) r;
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("firstName", other[1]);
            values.put("household", name);
            values.put("link", links.to("/parent/household.xhtml"));
            outbox.queue((String) other[0], (String) other[2], "guardian-account-closed", values);
        }
    }

    /**
     * A member of an association or company leaves others behind: when the organisation (type, name, number) is
     * held by this account and by no other member, the next member holds it from now on, so that the household stays
     * the organisation's (its prices, its invoices' name). The last member takes it along ({@link #eraseAccount}).
     */
    private void handOverOrganisation(long household, long accountId) {
        List<?> held = em.createNativeQuery("select account_type, organisation_name, organisation_number from account"
                + " where id = ?1 and account_type <> 'PRIVATE'").setParameter(1, accountId).getResultList();
        if (held.isEmpty() || number("select count(*) from guardian g join account a on a.id = g.account_id"
                + " where g.household_id = ?1 and a.id <> ?2 and a.account_type <> 'PRIVATE'", household, accountId) > 0) {
            return;
        }
        Object[] o = (Object[]) held.get(0);
        Long next = longs("select account_id from guardian where household_id = ?1 and account_id <> " + accountId
                + " order by joined_at, account_id", household).get(0);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("accountType", "PRIVATE");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("accountType", o[0]);
        after.put("organisationName", o[1]);
        after.put("organisationNumber", o[2]);
        update("update account set account_type = ?2, organisation_name = ?3, organisation_number = ?4, version = version + 1"
                + " where id = ?1", next, o[0], o[1], o[2]);
        audit.record("ORGANISATION_HANDED_OVER", "account", next, before, after);
    }

    /** The account row stays, emptied; what it signed in with and what it received is deleted. */
    private void eraseAccount(long accountId, String email, String anonymous, OffsetDateTime now) {
        update("delete from account_token where account_id = ?1", accountId);
        update("delete from api_token where account_id = ?1", accountId);
        // FranceConnect: the link (a sign-in means) and the civil identity the town verified
        update("delete from fc_link where account_id = ?1", accountId);
        update("delete from verified_civil_identity where account_id = ?1", accountId);
        update("delete from guardian_invitation where account_id = ?1", accountId);
        update("update guardian_invitation set invited_by = null where invited_by = ?1", accountId);
        update("delete from retention_warning where account_id = ?1", accountId);
        update("delete from account_role where account_id = ?1", accountId);
        update("delete from login_throttle where lower(email) = lower(?1)", email);
        update("delete from request_throttle where position(lower(?1) in lower(key)) > 0", email);
        update("delete from outbox_mail where lower(recipient) = lower(?1)", email);
        // an organisation handed over to another member is no longer this account's; the last member's goes with it
        update("update account set email = ?2, first_name = ?3, last_name = ?3, password_hash = null, status = 'DEACTIVATED',"
                + " last_login_at = null, maintenance_notices = false, credentials_version = credentials_version + 1,"
                + " organisation_name = case when account_type = 'PRIVATE' then null else ?3 end, organisation_number = null,"
                + " erased_at = ?4, version = version + 1 where id = ?1", accountId, anonymous, PersonalTraces.ERASED, now);
        update("update audit_entry set actor_email = ?2 where actor_id = ?1", accountId, anonymous);
        // the entries about the account itself keep who did what and when, not its data
        update("update audit_entry set before_json = null, after_json = null where object_type in ('account', 'guardian')"
                + " and object_id = cast(?1 as varchar)", accountId);
    }

    /** Blanks the identifying strings in the free text the portal keeps about others. */
    private void blankTraces(Set<String> identifying) {
        String pattern = PersonalTraces.pattern(identifying);
        if (pattern.isEmpty()) {
            return;
        }
        update("update audit_entry set before_json = cast(regexp_replace(cast(before_json as text), ?1, ?2, 'gi') as jsonb),"
                + " after_json = cast(regexp_replace(cast(after_json as text), ?1, ?2, 'gi') as jsonb),"
                + " object_id = regexp_replace(object_id, ?1, ?2, 'gi'), actor_email = regexp_replace(actor_email, ?1, ?2, 'gi')"
                + " where cast(before_json as text) ~* ?1 or cast(after_json as text) ~* ?1 or object_id ~* ?1 or actor_email ~* ?1",
                pattern, PersonalTraces.ERASED);
        update("update outbox_mail set subject = regexp_replace(subject, ?1, ?2, 'gi'), body = regexp_replace(body, ?1, ?2, 'gi')"
                + " where subject ~* ?1 or body ~* ?1", pattern, PersonalTraces.ERASED);
        update("update household_change set actor_name = regexp_replace(actor_name, ?1, ?2, 'gi'),"
                + " subject = regexp_replace(subject, ?1, ?2, 'gi'), old_value = regexp_replace(old_value, ?1, ?2, 'gi'),"
                + " new_value = regexp_replace(new_value, ?1, ?2, 'gi')"
                + " where actor_name ~* ?1 or subject ~* ?1 or old_value ~* ?1 or new_value ~* ?1", pattern, PersonalTraces.ERASED);
        update("update booking_change set actor_name = regexp_replace(actor_name, ?1, ?2, 'gi'), reason = regexp_replace(reason, ?1, ?2, 'gi')"
                + " where actor_name ~* ?1 or reason ~* ?1", pattern, PersonalTraces.ERASED);
        update("update registration_message set author_name = regexp_replace(author_name, ?1, ?2, 'gi'), text = regexp_replace(text, ?1, ?2, 'gi')"
                + " where author_name ~* ?1 or text ~* ?1", pattern, PersonalTraces.ERASED);
        update("update household_request_message set author_name = regexp_replace(author_name, ?1, ?2, 'gi'), body = regexp_replace(body, ?1, ?2, 'gi')"
                + " where author_name ~* ?1 or body ~* ?1", pattern, PersonalTraces.ERASED);
        update("update school_enrolment_message set author_name = regexp_replace(author_name, ?1, ?2, 'gi'),"
                + " body = regexp_replace(body, ?1, ?2, 'gi') where author_name ~* ?1 or body ~* ?1", pattern, PersonalTraces.ERASED);
        update("update school_enrolment set derogation_reason = regexp_replace(derogation_reason, ?1, ?2, 'gi'),"
                + " refusal_reason = regexp_replace(refusal_reason, ?1, ?2, 'gi')"
                + " where derogation_reason ~* ?1 or refusal_reason ~* ?1", pattern, PersonalTraces.ERASED);
        update("update room_hire set purpose = regexp_replace(purpose, ?1, ?2, 'gi'),"
                + " refusal_reason = regexp_replace(refusal_reason, ?1, ?2, 'gi'), deposit_reason = regexp_replace(deposit_reason, ?1, ?2, 'gi')"
                + " where purpose ~* ?1 or refusal_reason ~* ?1 or deposit_reason ~* ?1", pattern, PersonalTraces.ERASED);
        update("update household_request set other_parent_name = regexp_replace(other_parent_name, ?1, ?2, 'gi'),"
                + " other_parent_email = regexp_replace(other_parent_email, ?1, ?2, 'gi'), note = regexp_replace(note, ?1, ?2, 'gi'),"
                + " decision_message = regexp_replace(decision_message, ?1, ?2, 'gi')"
                + " where other_parent_name ~* ?1 or other_parent_email ~* ?1 or note ~* ?1 or decision_message ~* ?1",
                pattern, PersonalTraces.ERASED);
    }

    private void strings(Set<String> into, String sql, long parameter) {
        for (Object r : em.createNativeQuery(sql).setParameter(1, parameter).getResultList()) {
            for (Object value : r instanceof Object[] values ? values : new Object[]{r}) {
                if (value != null) {
                    into.add(value.toString());
                }
            }
        }
    }

    private Long householdOf(long accountId) {
        List<Long> found = longs("select household_id from guardian where account_id = ?1", accountId);
        return found.isEmpty() ? null : found.get(0);
    }

    private long number(String sql, Object... parameters) {
        return ((Number) NativeQueries.bound(em, sql, parameters).getSingleResult()).longValue();
    }

    private List<Long> longs(String sql, Object parameter) {
        List<Long> out = new ArrayList<>();
        for (Object value : em.createNativeQuery(sql).setParameter(1, parameter).getResultList()) {
            out.add(((Number) value).longValue());
        }
        return out;
    }

    private void update(String sql, Object... parameters) {
        NativeQueries.bound(em, sql, parameters).executeUpdate();
    }
}
