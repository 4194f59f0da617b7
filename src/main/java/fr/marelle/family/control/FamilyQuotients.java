package fr.marelle.family.control;

import fr.marelle.family.control.HouseholdRules.QuotientForm;
import fr.marelle.family.entity.FamilyQuotient;
import fr.marelle.family.entity.Household;
import fr.marelle.family.entity.QuotientStatus;
import fr.marelle.identity.entity.Account;
import fr.marelle.legal.control.LegalMentions;
import fr.marelle.legal.control.SubmissionReference;
import fr.marelle.notification.control.Outbox;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalLinks;
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
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The family quotient: the family declares it with its proof; it is pending until an agent
 * accepts or refuses it with a message, and the guardians are e-mailed. The proof is deleted once
 * decided. Without an accepted quotient covering the day, the highest price band applies.
 */
@ApplicationScoped
public class FamilyQuotients {

    /** A proof file with its type read from the content. */
    public record Proof(byte[] content, String type) {
    }

    /** One line of the agents' validation queue. */
    public record Pending(FamilyQuotient quotient, Household household) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    @Inject
    HouseholdHistory history;

    @Inject
    Households households;

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    @Inject
    LegalMentions legalMentions;

    @Inject
    Clock clock;

    /**
     * The family declares a quotient with its proof; a quotient still pending for the household is
     * replaced by this one. Nothing is stored when the form or the file is refused.
     */
    @Transactional
    public FamilyQuotient submit(long actorId, long householdId, QuotientForm form, byte[] proof) {
        access.household(actorId, householdId);
        List<Violation> violations = new ArrayList<>();
        HouseholdRules.check(form, violations);
        String type = ProofFiles.check("proof", proof, violations);
        RuleViolationException.throwIfAny(violations);
        for (FamilyQuotient replaced : em.createQuery("select q from FamilyQuotient q where q.householdId = :h"
                + " and q.status = :s", FamilyQuotient.class)
                .setParameter("h", householdId).setParameter("s", QuotientStatus.PENDING).getResultList()) {
            history.record(householdId, "quotient", replaced.getId(), String.valueOf(replaced.getAmount()),
                    view(replaced), null);
            em.remove(replaced);
        }
        FamilyQuotient quotient = new FamilyQuotient(householdId, form.amount(), form.validFrom(), form.validTo(),
                type, proof.length, actorId, OffsetDateTime.now(clock));
        em.persist(quotient);
        em.flush();
        em.createNativeQuery("update family_quotient set proof = ?1 where id = ?2")
                .setParameter(1, proof).setParameter(2, quotient.getId()).executeUpdate();
        history.record(householdId, "quotient", quotient.getId(), String.valueOf(quotient.getAmount()), null,
                view(quotient));
        mailGuardians(quotient, "quotient-submitted", null);
        return quotient;
    }

    @Transactional
    public FamilyQuotient accept(long actorId, long quotientId, String message) {
        return decide(actorId, quotientId, QuotientStatus.ACCEPTED, message);
    }

    /** Refusing needs a message for the family (what is wrong, what to send). */
    @Transactional
    public FamilyQuotient refuse(long actorId, long quotientId, String message) {
        return decide(actorId, quotientId, QuotientStatus.REFUSED, message);
    }

    private FamilyQuotient decide(long actorId, long quotientId, QuotientStatus decision, String rawMessage) {
        access.requirePlanningStaff(actorId);
        FamilyQuotient quotient = em.find(FamilyQuotient.class, quotientId);
        if (quotient == null) {
            throw new UnknownRecordException("quotient", quotientId);
        }
        List<Violation> violations = new ArrayList<>();
        String message = HouseholdRules.text("message", rawMessage, 1000, violations);
        if (quotient.getStatus() != QuotientStatus.PENDING) {
            violations.add(Violation.of(null, "quotient.alreadyDecided"));
        }
        if (decision == QuotientStatus.REFUSED && message == null) {
            violations.add(Violation.of("message", "quotient.refusal.messageRequired"));
        }
        RuleViolationException.throwIfAny(violations);
        Map<String, Object> before = view(quotient);
        quotient.decide(decision, actorId, message, OffsetDateTime.now(clock));
        if (decision == QuotientStatus.REFUSED) {
            quotient.setDecisionSignatory(legalMentions.signatory());
        }
        em.flush();
        em.createNativeQuery("update family_quotient set proof = null where id = ?1")
                .setParameter(1, quotientId).executeUpdate();
        history.record(quotient.getHouseholdId(), "quotient", quotientId, String.valueOf(quotient.getAmount()), before,
                view(quotient));
        mailGuardians(quotient, decision == QuotientStatus.ACCEPTED ? "quotient-accepted" : "quotient-refused", message);
        return quotient;
    }

    /** Every quotient of the household, newest first. */
    public List<FamilyQuotient> of(long actorId, long householdId) {
        access.household(actorId, householdId);
        return em.createQuery("select q from FamilyQuotient q where q.householdId = :h order by q.submittedAt desc, q.id desc",
                        FamilyQuotient.class).setParameter("h", householdId).getResultList();
    }

    /** The accepted quotient that covers the day, if any (none: the highest price band applies). */
    public Optional<FamilyQuotient> valid(long householdId, LocalDate day) {
        return em.createQuery("select q from FamilyQuotient q where q.householdId = :h and q.status = :s"
                        + " and q.validFrom <= :d and q.validTo >= :d order by q.decidedAt desc", FamilyQuotient.class)
                .setParameter("h", householdId).setParameter("s", QuotientStatus.ACCEPTED).setParameter("d", day)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    public Optional<FamilyQuotient> validToday(long householdId) {
        return valid(householdId, LocalDate.now(clock));
    }

    /** The agents' queue: pending quotients, oldest first. */
    public List<Pending> pending(long actorId) {
        access.requirePlanningStaff(actorId);
        List<Pending> result = new ArrayList<>();
        for (FamilyQuotient q : em.createQuery("select q from FamilyQuotient q where q.status = :s order by q.submittedAt, q.id",
                FamilyQuotient.class).setParameter("s", QuotientStatus.PENDING).setMaxResults(200).getResultList()) {
            result.add(new Pending(q, em.find(Household.class, q.getHouseholdId())));
        }
        return result;
    }

    /** The proof of a quotient, for a guardian of its household or staff; empty once decided. */
    public Optional<Proof> proof(long actorId, long quotientId) {
        FamilyQuotient quotient = em.find(FamilyQuotient.class, quotientId);
        if (quotient == null) {
            throw new UnknownRecordException("quotient", quotientId);
        }
        access.household(actorId, quotient.getHouseholdId());
        List<?> rows = em.createNativeQuery("select proof from family_quotient where id = ?1 and proof is not null")
                .setParameter(1, quotientId).getResultList();
        return rows.stream().findFirst().map(r -> new Proof((byte[]) r, quotient.getProofType()));
    }

    /** The quotient's reference, as in the acknowledgement mail. */
    public static SubmissionReference reference(FamilyQuotient q) {
        return SubmissionReference.of(SubmissionReference.Kind.QUOTIENT, q.getId(), q.getSubmittedAt());
    }

    /**
     * Mails each guardian, in their language: the acknowledgement when declared, the decision with
     * its appeal routes when refused.
     */
    private void mailGuardians(FamilyQuotient quotient, String template, String message) {
        for (Account guardian : households.guardians(quotient.getHouseholdId())) {
            var locale = Messages.forLanguage(guardian.getLanguage());
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("firstName", guardian.getFirstName());
            values.put("amount", quotient.getAmount());
            values.put("validFrom", dates.format(quotient.getValidFrom()));
            values.put("validTo", dates.format(quotient.getValidTo()));
            values.put("message", message == null ? "" : message);
            values.put("link", links.to("/parent/quotient.xhtml"));
            values.put("acknowledgement", legalMentions.acknowledgement(locale, reference(quotient), quotient.getSubmittedAt()));
            values.put("appeal", quotient.getStatus() == QuotientStatus.REFUSED
                    ? legalMentions.decisionBlock(locale, quotient.getDecisionSignatory()) : "");
            outbox.queue(guardian.getEmail(), guardian.getLanguage(), template, values);
        }
    }

    private static Map<String, Object> view(FamilyQuotient q) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("amount", q.getAmount());
        view.put("validFrom", q.getValidFrom());
        view.put("validTo", q.getValidTo());
        view.put("status", q.getStatus());
        view.put("message", q.getDecisionMessage());
        return view;
    }
}
