package fr.marelle.family.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.family.control.HouseholdRequestRules.RequestForm;
import fr.marelle.family.control.HouseholdRules.PickupForm;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.Household;
import fr.marelle.family.entity.HouseholdRequest;
import fr.marelle.family.entity.RequestMessage;
import fr.marelle.family.entity.RequestState;
import fr.marelle.family.entity.RequestType;
import fr.marelle.identity.control.Accounts;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The changes of the household file that an agent validates besides the family quotient: a
 * custody link and a person not allowed to pick a child up. The family submits with an optional
 * proof; the family and the agents exchange messages; the agent accepts (the change is applied
 * through the usual use cases, as the agent) or refuses with a message. The guardians are e-mailed
 * at each step; the proof is deleted once decided.
 */
@ApplicationScoped
public class HouseholdRequests {

    /** One line of the agents' queue. */
    public record Pending(HouseholdRequest request, Household household, String childName) {
    }

    /** What an agent decides; for a custody link, the household or the child when the family's data is not enough. */
    public record Decision(RequestState state, String message, Long householdId, Long childId) {
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
    Children children;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    @Inject
    LegalMentions legalMentions;

    @Inject
    Clock clock;

    /** A guardian submits a request; a child named by id must be of the household (else 404). Nothing stored when refused. */
    @Transactional
    public HouseholdRequest submit(long actorId, long householdId, RequestForm form, byte[] proof) {
        access.household(actorId, householdId);
        if (form.childId() != null) {
            access.child(actorId, householdId, form.childId());
        }
        List<Violation> violations = new ArrayList<>();
        RequestForm checked = HouseholdRequestRules.check(form, LocalDate.now(clock), violations);
        String proofType = proof == null ? null : ProofFiles.check("proof", proof, violations);
        RuleViolationException.throwIfAny(violations);
        HouseholdRequest request = new HouseholdRequest(householdId, checked.type(), actorId, OffsetDateTime.now(clock));
        request.setChildId(checked.childId());
        request.setPersonFirstName(checked.firstName());
        request.setPersonLastName(checked.lastName());
        request.setRelation(checked.relation());
        request.setOtherParentName(checked.otherParentName());
        request.setOtherParentEmail(checked.otherParentEmail());
        request.setChildFirstName(checked.childFirstName());
        request.setChildLastName(checked.childLastName());
        request.setChildBirthDate(checked.childBirthDate());
        request.setNote(checked.note());
        if (proof != null) {
            request.attachProof(proofType, proof.length);
        }
        em.persist(request);
        em.flush();
        if (proof != null) {
            em.createNativeQuery("update household_request set proof = ?1 where id = ?2")
                    .setParameter(1, proof).setParameter(2, request.getId()).executeUpdate();
        }
        history.record(householdId, "request", request.getId(), subject(request), null, request.historyView());
        mailGuardians(request, "household-request-submitted", null);
        return request;
    }

    /** The requests of the household, newest first. */
    public List<HouseholdRequest> of(long actorId, long householdId) {
        access.household(actorId, householdId);
        return em.createQuery("select r from HouseholdRequest r where r.householdId = :h order by r.submittedAt desc, r.id desc",
                HouseholdRequest.class).setParameter("h", householdId).getResultList();
    }

    /** One request, for a guardian of its household or staff; another family's: 404. */
    public HouseholdRequest get(long actorId, long requestId) {
        HouseholdRequest request = em.find(HouseholdRequest.class, requestId);
        if (request == null) {
            throw new UnknownRecordException("household request", requestId);
        }
        access.household(actorId, request.getHouseholdId());
        return request;
    }

    /** A guardian's own household's request: for a staff account too, only through its household id. */
    public HouseholdRequest ofHousehold(long actorId, long householdId, long requestId) {
        HouseholdRequest request = get(actorId, requestId);
        if (request.getHouseholdId() != householdId) {
            throw new UnknownRecordException("household request", requestId);
        }
        return request;
    }

    public List<RequestMessage> messages(long requestId) {
        return em.createQuery("select m from RequestMessage m where m.requestId = :r order by m.at, m.id",
                RequestMessage.class).setParameter("r", requestId).getResultList();
    }

    /** A message of the family or of an agent while the request is open; the family is e-mailed an agent's message. */
    @Transactional
    public RequestMessage post(long actorId, HouseholdRequest request, String body) {
        Account author = access.actor(actorId);
        List<Violation> violations = new ArrayList<>();
        String text = HouseholdRequestRules.message("body", body, violations);
        if (!request.isOpen()) {
            violations.add(Violation.of(null, "request.closed"));
        }
        RuleViolationException.throwIfAny(violations);
        boolean fromStaff = access.isPlanningStaff(actorId);
        RequestMessage message = new RequestMessage(request.getId(), OffsetDateTime.now(clock), actorId,
                author.fullName(), fromStaff, text);
        em.persist(message);
        em.flush();
        audit.record("HOUSEHOLD_REQUEST_MESSAGE", "household_request", request.getId(), null,
                Map.of("fromStaff", fromStaff, "body", text));
        if (fromStaff) {
            mailGuardians(request, "household-request-message", text);
        }
        return message;
    }

    /** The agents' queue: submitted requests, oldest first. */
    public List<Pending> pending(long actorId) {
        access.requirePlanningStaff(actorId);
        List<Pending> result = new ArrayList<>();
        for (HouseholdRequest r : em.createQuery("select r from HouseholdRequest r where r.state = :s"
                + " order by r.submittedAt, r.id", HouseholdRequest.class)
                .setParameter("s", RequestState.SUBMITTED).setMaxResults(200).getResultList()) {
            result.add(new Pending(r, em.find(Household.class, r.getHouseholdId()), childName(r)));
        }
        return result;
    }

    /**
     * An agent accepts (the change is applied as the agent, through the usual use cases) or refuses
     * (a message is required). Nothing is changed when the change itself is refused.
     */
    @Transactional
    public HouseholdRequest decide(long actorId, long requestId, Decision decision) {
        access.requirePlanningStaff(actorId);
        HouseholdRequest request = em.find(HouseholdRequest.class, requestId);
        if (request == null) {
            throw new UnknownRecordException("household request", requestId);
        }
        List<Violation> violations = new ArrayList<>();
        String message = HouseholdRules.text("message", decision.message(), 1000, violations);
        if (decision.state() == null || decision.state() == RequestState.SUBMITTED) {
            violations.add(Violation.of("decision", "request.decision.required"));
        }
        if (!request.isOpen()) {
            violations.add(Violation.of(null, "request.alreadyDecided"));
        }
        if (decision.state() == RequestState.REFUSED && message == null) {
            violations.add(Violation.of("message", "request.refusal.messageRequired"));
        }
        RuleViolationException.throwIfAny(violations);
        if (decision.state() == RequestState.ACCEPTED) {
            apply(actorId, request, decision);
        }
        Map<String, Object> before = request.historyView();
        request.decide(decision.state(), actorId, message, OffsetDateTime.now(clock));
        if (decision.state() == RequestState.REFUSED) {
            request.setDecisionSignatory(legalMentions.signatory());
        }
        em.flush();
        em.createNativeQuery("update household_request set proof = null where id = ?1")
                .setParameter(1, requestId).executeUpdate();
        history.record(request.getHouseholdId(), "request", requestId, subject(request), before, request.historyView());
        mailGuardians(request, decision.state() == RequestState.ACCEPTED ? "household-request-accepted"
                : "household-request-refused", message);
        return request;
    }

    private void apply(long actorId, HouseholdRequest request, Decision decision) {
        if (request.getType() == RequestType.NOT_ALLOWED_PERSON) {
            if (request.getChildId() == null) {
                throw RuleViolationException.of(null, "request.child.gone");
            }
            children.addPickup(actorId, request.getHouseholdId(), request.getChildId(),
                    new PickupForm(request.getPersonFirstName(), request.getPersonLastName(), request.getRelation(),
                            null, null, false, false, true, request.getNote()));
            return;
        }
        if (request.getChildId() != null) {
            // a child of the household, to link to the other parent's household
            Long target = decision.householdId() != null ? decision.householdId()
                    : householdOfEmail(request.getOtherParentEmail()).orElse(null);
            if (target == null || target.equals(request.getHouseholdId())) {
                throw RuleViolationException.of("householdId", "request.custody.householdRequired");
            }
            children.linkToSecondHousehold(actorId, request.getChildId(), target);
        } else {
            // a child of another household, to link to this one
            Long child = decision.childId() != null ? decision.childId() : findNamedChild(request).orElse(null);
            if (child == null) {
                throw RuleViolationException.of("childId", "request.custody.childRequired");
            }
            children.linkToSecondHousehold(actorId, child, request.getHouseholdId());
        }
    }

    private Optional<Long> householdOfEmail(String email) {
        return accounts.byEmail(email).flatMap(a -> access.householdOf(a.getId()));
    }

    /** The child the family named, in the other parent's household: found only when exactly one matches. */
    private Optional<Long> findNamedChild(HouseholdRequest request) {
        Optional<Long> household = householdOfEmail(request.getOtherParentEmail());
        if (household.isEmpty()) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("select c.id from child c join household_child hc on hc.child_id = c.id"
                        + " where hc.household_id = ?1 and marelle_fold(c.first_name) = marelle_fold(?2)"
                        + " and marelle_fold(c.last_name) = marelle_fold(?3) and c.birth_date = ?4")
                .setParameter(1, household.get()).setParameter(2, request.getChildFirstName())
                .setParameter(3, request.getChildLastName()).setParameter(4, request.getChildBirthDate())
                .getResultList();
        return rows.size() == 1 ? Optional.of(((Number) rows.get(0)).longValue()) : Optional.empty();
    }

    /** The proof of an open request, for a guardian of its household or staff; empty once decided. */
    public Optional<FamilyQuotients.Proof> proof(long actorId, long requestId) {
        HouseholdRequest request = get(actorId, requestId);
        List<?> rows = em.createNativeQuery("select proof from household_request where id = ?1 and proof is not null")
                .setParameter(1, requestId).getResultList();
        return rows.stream().findFirst().map(r -> new FamilyQuotients.Proof((byte[]) r, request.getProofType()));
    }

    /** The child the request is about, as the family named it. */
    public String childName(HouseholdRequest r) {
        if (r.getChildId() != null) {
            Child child = em.find(Child.class, r.getChildId());
            return child == null ? "" : child.fullName();
        }
        return r.getChildFirstName() == null ? "" : r.getChildFirstName() + " " + r.getChildLastName();
    }

    /** How the history names the request: the person and the child, or the child and the other parent. */
    private String subject(HouseholdRequest r) {
        if (r.getType() == RequestType.NOT_ALLOWED_PERSON) {
            Child child = r.getChildId() == null ? null : em.find(Child.class, r.getChildId());
            return r.getPersonFirstName() + " " + r.getPersonLastName()
                    + (child == null ? "" : " (" + child.getFirstName() + ")");
        }
        return childName(r) + " – " + r.getOtherParentName();
    }

    /** The request's reference, as in the acknowledgement mail. */
    public static SubmissionReference reference(HouseholdRequest request) {
        return SubmissionReference.of(SubmissionReference.Kind.HOUSEHOLD_REQUEST, request.getId(), request.getSubmittedAt());
    }

    private void mailGuardians(HouseholdRequest request, String template, String message) {
        for (Account guardian : households.guardians(request.getHouseholdId())) {
            var locale = Messages.forLanguage(guardian.getLanguage());
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("firstName", guardian.getFirstName());
            values.put("type", Messages.text(locale, "request.type." + request.getType()));
            values.put("subject", subject(request));
            values.put("message", message == null ? "" : message);
            values.put("link", links.to("/parent/requests.xhtml"));
            values.put("acknowledgement", legalMentions.acknowledgement(locale, reference(request), request.getSubmittedAt()));
            values.put("appeal", request.getState() == RequestState.REFUSED
                    ? legalMentions.decisionBlock(locale, request.getDecisionSignatory()) : "");
            outbox.queue(guardian.getEmail(), guardian.getLanguage(), template, values);
        }
    }
}
