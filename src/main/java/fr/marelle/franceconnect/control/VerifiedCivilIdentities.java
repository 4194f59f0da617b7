package fr.marelle.franceconnect.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.franceconnect.entity.VerifiedCivilIdentity;
import fr.marelle.identity.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The civil identities planning staff verify on an official document shown at the counter (identity card,
 * passport…): the six pivot fields FranceConnect also gives, so that a guardian's first FranceConnect sign-in
 * can be linked without their password (see {@link FranceConnectLinks}). The document itself is never kept,
 * only its kind and a note. Every recording is audited ({@code CIVIL_IDENTITY_VERIFIED}, before and after).
 */
@ApplicationScoped
public class VerifiedCivilIdentities {

    /** The documents that prove a civil identity. */
    public enum DocumentKind { ID_CARD, PASSPORT, RESIDENCE_PERMIT, BIRTH_CERTIFICATE, FAMILY_RECORD_BOOK, OTHER }

    /** What staff read on the document; the birth date as typed (yyyy-mm-dd), checked here. */
    public record CivilIdentityForm(String familyName, String givenNames, String birthdate, String gender,
                                    String birthplace, String birthcountry, String documentKind, String note) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The person's verified identity, whoever asks (the caller has checked who may see it). */
    public Optional<VerifiedCivilIdentity> of(long accountId) {
        return Optional.ofNullable(em.find(VerifiedCivilIdentity.class, accountId));
    }

    /** For planning staff: the verified identity of a guardian of the household (404 for anyone else). */
    public Optional<VerifiedCivilIdentity> ofGuardian(long staffId, long householdId, long accountId) {
        guardian(staffId, householdId, accountId);
        return of(accountId);
    }

    /** Planning staff record (or correct) a guardian's civil identity from a document. */
    @Transactional
    public VerifiedCivilIdentity record(long staffId, long householdId, long accountId, CivilIdentityForm form) {
        Account staff = access.requirePlanningStaff(staffId);
        guardian(staffId, householdId, accountId);
        CivilIdentityRules.Checked checked = CivilIdentityRules.check(form, LocalDate.now(clock));

        VerifiedCivilIdentity identity = em.find(VerifiedCivilIdentity.class, accountId);
        Map<String, Object> before = identity == null ? null : identity.auditView();
        if (identity == null) {
            identity = new VerifiedCivilIdentity(accountId);
            em.persist(identity);
        }
        identity.verify(checked.familyName(), checked.givenNames(), checked.birthdate(), checked.gender(), checked.birthplace(),
                checked.birthcountry(), checked.documentKind().name(), checked.note(), staff.getEmail(), OffsetDateTime.now(clock));
        em.flush();
        audit.record("CIVIL_IDENTITY_VERIFIED", "account", accountId, before, identity.auditView());
        return identity;
    }

    private void guardian(long staffId, long householdId, long accountId) {
        access.requirePlanningStaff(staffId);
        access.household(staffId, householdId);
        if (!access.householdOf(accountId).map(h -> h == householdId).orElse(false)) {
            throw new UnknownRecordException("guardian", accountId);
        }
    }
}
