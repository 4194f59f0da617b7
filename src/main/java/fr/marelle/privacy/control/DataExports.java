package fr.marelle.privacy.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.Role;
import fr.marelle.privacy.entity.DataExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A parent's copy of everything the portal holds on their household (GDPR articles 15 and 20), for the signed-in
 * parent's own household only: no id is ever taken from the caller. Each export is audited ({@code DATA_EXPORTED}),
 * in the same transaction, so the export lists itself.
 * <p>
 * Tables covered: account, account_role, terms_acceptance (every version accepted, and when), fc_link (the requester's
 * FranceConnect link, its sub in full) and verified_civil_identity (the requester's), household, guardian,
 * guardian_invitation, child, household_child, pickup_person, family_quotient (without the proof file),
 * household_request (without the proof file) and household_request_message, household_change, registration and
 * registration_message, booking, booking_change, attendance, calendar_feed (without the token), invoice,
 * invoice_line, invoice_reminder, invoice_treasury_transfer, credit_note, credit_note_line, payment,
 * payment_allocation, payment_attempt, payment_attempt_invoice, api_token (the requester's, without the secret),
 * audit_entry (about the household's records and children, and the requester's own account and tokens: a
 * co-guardian's sign-ins are theirs to export), school_enrolment, school_enrolment_document (kind, type, size and
 * whether the file is still kept: never the file), school_enrolment_message, room_hire (never the insurance
 * certificate: only whether one was given) and the organisation columns of account (type, name, RNA/SIRET; its
 * members are the guardians, its billing address the household's).
 * Deliberately not: account_token (one-time activation/reset/invitation links: only a hash and an expiry, a
 * secret's trace), outbox_mail (copies of mails whose facts are in the sections above, and whose bodies carry
 * one-time links in clear; purged by retention), login_throttle and request_throttle (security counters keyed by
 * e-mail or address, minutes to hours long, shared with strangers' attempts), payment_attempt_event and
 * payment_alert (the provider's raw technical answers and finance staff's controls: the attempt's outcome is
 * exported), payfip_simulator_operation (the demo simulator), school_map_entry, room and room_price
 * (the town's school map and rooms, named in the rows that use them), retention_warning (the warnings before an unused
 * account is deleted: each was mailed to the account, and the sign-in this export needs voids them), and the town's own tables (activities, sessions,
 * sites, prices, régies, runs, counters, locks, settings, maintenance windows), named in the rows that use them.
 */
@ApplicationScoped
public class DataExports {

    public static final String ACTION = "DATA_EXPORTED";

    @Inject
    Acting acting;

    @Inject
    HouseholdAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    FamilyFileSections file;

    @Inject
    ActivitySections activity;

    @Inject
    MoneySections money;

    @Inject
    TraceSections traces;

    @Inject
    EnrolmentAndHireSections services;

    /**
     * The export of the signed-in parent's household, as {@code format} says it is delivered ("json", "page", "pdf").
     * Acting as PARENT is required (403 otherwise); an account without a household gets its account alone.
     */
    @Transactional
    public DataExport ofSignedInParent(String format) {
        Account parent = acting.requireRole(Role.PARENT);
        Long householdId = access.ownHousehold(parent.getId()).orElse(null);
        audit.record(ACTION, householdId == null ? "account" : "household", householdId == null ? parent.getId() : householdId,
                null, Map.of("format", format));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (householdId == null) {
            return new DataExport(now, file.account(parent.getId()), null, List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    services.organisation(parent.getId(), null));
        }
        long h = householdId;
        return new DataExport(now, file.account(parent.getId()), file.household(h), file.guardians(h), file.invitations(h),
                file.children(h), file.quotients(h), file.requests(h), activity.registrations(h), activity.bookings(h),
                activity.bookingChanges(h), activity.attendance(h), money.invoices(h), money.creditNotes(h),
                money.payments(h), money.onlineAttempts(h), activity.calendarFeeds(h), traces.apiTokens(parent.getId()),
                file.history(h), traces.auditEntries(h, parent.getId()), services.schoolEnrolments(h), services.roomHires(h),
                services.organisation(parent.getId(), h));
    }
}
