package fr.marelle.franceconnect.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.franceconnect.entity.VerifiedCivilIdentity;
import fr.marelle.identity.entity.Account;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /** An INSEE commune code: 5 digits, or 2A/2B and 3 digits for Corsica. */
    private static final Pattern COMMUNE = Pattern.compile("\\d{5}|2[AB]\\d{3}");
    /** An INSEE country code: 99 and 3 digits (99100 is France). */
    private static final Pattern COUNTRY = Pattern.compile("99\\d{3}");

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
        List<Violation> violations = new ArrayList<>();
        String familyName = required("familyName", form.familyName(), 200, violations);
        String givenNames = required("givenNames", form.givenNames(), 300, violations);
        LocalDate birthdate = birthdate(form.birthdate(), violations);
        String gender = form.gender() == null ? "" : form.gender().strip().toLowerCase(Locale.ROOT);
        if (!gender.equals("male") && !gender.equals("female")) {
            violations.add(Violation.of("gender", "civilIdentity.gender.invalid"));
        }
        String country = form.birthcountry() == null ? "" : form.birthcountry().strip();
        if (!COUNTRY.matcher(country).matches()) {
            violations.add(Violation.of("birthcountry", "civilIdentity.birthcountry.invalid"));
        }
        // FranceConnect gives no commune for people born abroad
        String place = form.birthplace() == null ? "" : form.birthplace().strip().toUpperCase(Locale.ROOT);
        if (PivotIdentity.FRANCE.equals(country) && !COMMUNE.matcher(place).matches()) {
            violations.add(Violation.of("birthplace", "civilIdentity.birthplace.invalid"));
        }
        if (!PivotIdentity.FRANCE.equals(country)) {
            place = "";
        }
        DocumentKind kind = documentKind(form.documentKind(), violations);
        String note = form.note() == null ? "" : form.note().strip();
        if (note.length() > 300) {
            violations.add(Violation.of("note", "text.tooLong", 300));
        }
        RuleViolationException.throwIfAny(violations);

        VerifiedCivilIdentity identity = em.find(VerifiedCivilIdentity.class, accountId);
        Map<String, Object> before = identity == null ? null : identity.auditView();
        if (identity == null) {
            identity = new VerifiedCivilIdentity(accountId);
            em.persist(identity);
        }
        identity.verify(familyName, givenNames, birthdate, gender, place, country, kind.name(), note, staff.getEmail(),
                OffsetDateTime.now(clock));
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

    private static String required(String field, String value, int max, List<Violation> violations) {
        String v = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (v.isEmpty()) {
            violations.add(Violation.of(field, "name.required"));
        } else if (v.length() > max) {
            violations.add(Violation.of(field, "name.tooLong", max));
        }
        return v;
    }

    private LocalDate birthdate(String typed, List<Violation> violations) {
        try {
            LocalDate date = LocalDate.parse(typed == null ? "" : typed.strip());
            if (date.isAfter(LocalDate.now(clock)) || date.getYear() < 1900) {
                violations.add(Violation.of("birthdate", "civilIdentity.birthdate.invalid"));
            }
            return date;
        } catch (DateTimeParseException e) {
            violations.add(Violation.of("birthdate", "civilIdentity.birthdate.invalid"));
            return null;
        }
    }

    private static DocumentKind documentKind(String typed, List<Violation> violations) {
        try {
            return DocumentKind.valueOf(typed == null ? "" : typed.strip());
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of("documentKind", "civilIdentity.documentKind.invalid"));
            return DocumentKind.OTHER;
        }
    }
}
