package fr.marelle.directdebit.control;

import fr.marelle.audit.entity.Actor;
import fr.marelle.directdebit.entity.MandateStatus;
import fr.marelle.directdebit.entity.SepaMandate;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.HouseholdHistory;
import fr.marelle.family.control.ProofFiles;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.control.Acting;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.ThemeLogos;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * SEPA mandates, from the family's request to the end (TREASURY.md §2.2): the family asks online and gets the form to
 * sign; finance staff record the signature (a scan, or signed at the counter) and activate it; the family changes its
 * account (amendment) or revokes; a mandate unused for 36 months lapses. Every change goes to the household's history
 * and the audit trail, where the IBAN is masked.
 */
@ApplicationScoped
public class SepaMandates {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    HouseholdAccess access;

    @Inject
    HouseholdHistory history;

    @Inject
    SepaCreditor creditor;

    @Inject
    ThemeLogos logos;

    @Inject
    Clock clock;

    /** The signed-in parent's household's mandates, newest first. */
    public List<SepaMandate> mine(long actorId) {
        long household = ownHousehold(actorId);
        return em.createQuery("select m from SepaMandate m where m.householdId = :h order by m.id desc", SepaMandate.class)
                .setParameter("h", household).getResultList();
    }

    /** Whether the town offers direct debit (its ICS is set). */
    public boolean offered() {
        return creditor.current().isPresent();
    }

    @Transactional
    public SepaMandate request(long actorId, String holder, String iban, String bic) {
        long household = ownHousehold(actorId);
        SepaCreditor.Town town = creditor.current()
                .orElseThrow(() -> RuleViolationException.of("iban", "sepa.notOffered"));
        List<Violation> v = new ArrayList<>();
        MandateRules.Account account = MandateRules.account(holder, iban, bic, v);
        RuleViolationException.throwIfAny(v);
        em.find(Household.class, household, LockModeType.PESSIMISTIC_WRITE);
        if (live(household) != null) {
            throw RuleViolationException.of("iban", "sepa.alreadyLive");
        }
        long number = ((Number) em.createNativeQuery("select nextval('sepa_mandate_rum_seq')").getSingleResult()).longValue();
        SepaMandate mandate = new SepaMandate(household, MandateRules.rum(town.rumPrefix(), household, number), town.ics(),
                town.name(), account.holder(), account.iban(), account.bic(), OffsetDateTime.now(clock), actorId);
        em.persist(mandate);
        em.flush();
        history.record(household, "sepaMandate", mandate.getId(), mandate.getRum(), null, mandate.historyView());
        return mandate;
    }

    /** The family's new account details: at the same bank the next debit names the former IBAN, at another bank it says SMNDA. */
    @Transactional
    public SepaMandate amend(long actorId, long mandateId, String holder, String iban, String bic) {
        SepaMandate mandate = ofMyHousehold(actorId, mandateId);
        requireLive(mandate);
        List<Violation> v = new ArrayList<>();
        MandateRules.Account account = MandateRules.account(holder, iban, bic, v);
        RuleViolationException.throwIfAny(v);
        Map<String, Object> before = mandate.historyView();
        mandate.amended(account.holder(), account.iban(), account.bic(), MandateRules.sameBank(mandate.getIban(), account.iban()));
        em.flush();
        history.record(mandate.getHouseholdId(), "sepaMandate", mandate.getId(), mandate.getRum(), before, mandate.historyView());
        return mandate;
    }

    /** The family's revocation: no debit is sent on this mandate any more. */
    @Transactional
    public SepaMandate revokeMine(long actorId, long mandateId) {
        return end(ofMyHousehold(actorId, mandateId), MandateStatus.REVOKED, actorId);
    }

    /** Finance staff revoke a mandate (e.g. at the family's request by post). */
    @Transactional
    public SepaMandate revoke(long actorId, long mandateId) {
        acting.requireFinanceStaff();
        return end(find(mandateId), MandateStatus.REVOKED, actorId);
    }

    /**
     * Finance staff record the signed mandate and activate it: a copy (PDF, JPEG or PNG of 5 MB at most, checked by
     * content) or, with none, signed at the counter. A suspended mandate is activated again without a new signature.
     */
    @Transactional
    public SepaMandate activate(long actorId, long mandateId, LocalDate signedOn, byte[] signedCopy) {
        acting.requireFinanceStaff();
        SepaMandate mandate = find(mandateId);
        Map<String, Object> before = mandate.historyView();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (mandate.getStatus() == MandateStatus.REQUESTED) {
            List<Violation> v = new ArrayList<>();
            LocalDate today = now.atZoneSameInstant(ClockProducer.PARIS).toLocalDate();
            LocalDate requested = mandate.getRequestedAt().atZoneSameInstant(ClockProducer.PARIS).toLocalDate();
            if (signedOn == null) {
                v.add(Violation.of("signedOn", "sepa.signedOn.required"));
            } else if (signedOn.isAfter(today) || signedOn.isBefore(requested)) {
                v.add(Violation.of("signedOn", "sepa.signedOn.outside", DAY.format(requested), DAY.format(today)));
            }
            String type = null;
            if (signedCopy != null) {
                type = ProofFiles.check("signedCopy", signedCopy, v);
            }
            RuleViolationException.throwIfAny(v);
            if (signedCopy == null) {
                em.createNativeQuery("update sepa_mandate set signed_on = ?2, signature = 'COUNTER', version = version + 1 where id = ?1")
                        .setParameter(1, mandateId).setParameter(2, signedOn).executeUpdate();
            } else {
                em.createNativeQuery("update sepa_mandate set signed_on = ?2, signature = 'UPLOAD', signed_copy = ?3, signed_copy_type = ?4,"
                                + " version = version + 1 where id = ?1")
                        .setParameter(1, mandateId).setParameter(2, signedOn).setParameter(3, signedCopy).setParameter(4, type)
                        .executeUpdate();
            }
            em.refresh(mandate);
        } else if (mandate.getStatus() != MandateStatus.SUSPENDED) {
            throw RuleViolationException.of("status", "sepa.notActivable");
        }
        mandate.activated(now, actorId);
        em.flush();
        history.record(mandate.getHouseholdId(), "sepaMandate", mandate.getId(), mandate.getRum(), before, mandate.historyView());
        return mandate;
    }

    /** Finance staff's list: every mandate, or those of one status. */
    public List<SepaMandate> all(MandateStatus status) {
        acting.requireFinanceStaff();
        var query = status == null
                ? em.createQuery("select m from SepaMandate m order by m.id desc", SepaMandate.class)
                : em.createQuery("select m from SepaMandate m where m.status = :s order by m.id desc", SepaMandate.class)
                        .setParameter("s", status);
        return query.setMaxResults(1000).getResultList();
    }

    /** One mandate for finance staff (unknown: 404). */
    public SepaMandate get(long mandateId) {
        acting.requireFinanceStaff();
        return find(mandateId);
    }

    /** The signed copy as uploaded, with its media type; empty when signed at the counter (finance staff). */
    public java.util.Optional<Object[]> signedCopy(long mandateId) {
        acting.requireFinanceStaff();
        find(mandateId);
        List<?> rows = em.createNativeQuery("select signed_copy, signed_copy_type from sepa_mandate where id = ?1 and signed_copy is not null")
                .setParameter(1, mandateId).getResultList();
        return rows.stream().findFirst().map(r -> (Object[]) r);
    }

    /** The form to sign, for the family (its own mandates) or finance staff. */
    public byte[] pdf(long actorId, long mandateId, Locale locale) {
        SepaMandate mandate = acting.actsAsFinanceStaff(actorId) ? find(mandateId) : ofMyHousehold(actorId, mandateId);
        Household h = em.find(Household.class, mandate.getHouseholdId());
        List<String> address = Stream.of(h.getAddressLine1(), h.getAddressLine2(),
                        Stream.of(h.getPostcode(), h.getCity()).filter(s -> s != null && !s.isBlank())
                                .reduce((a, b) -> a + " " + b).orElse(null))
                .filter(s -> s != null && !s.isBlank()).toList();
        return MandateDocuments.pdf(mandate, new MandateDocuments.Debtor(mandate.getHolder(), address), logos.letterhead(), locale);
    }

    /**
     * Mandates whose last due date (or signature, if never used) is 36 months old or more become LAPSED, by the portal's
     * clock; called by the nightly job and before a run is made. Returns how many lapsed.
     */
    @Transactional
    public int lapseDue() {
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
        LocalDate limit = today.minusMonths(MandateRules.LAPSE_MONTHS);
        List<SepaMandate> due = em.createQuery("select m from SepaMandate m where m.status in :live"
                        + " and coalesce(m.lastCollectionOn, m.signedOn) <= :limit", SepaMandate.class)
                .setParameter("live", List.of(MandateStatus.ACTIVE, MandateStatus.SUSPENDED)).setParameter("limit", limit)
                .getResultList();
        for (SepaMandate m : due) {
            Map<String, Object> before = m.historyView();
            m.ended(MandateStatus.LAPSED, OffsetDateTime.now(clock), null);
            em.flush();
            history.recordAs(Actor.SYSTEM, m.getHouseholdId(), "sepaMandate", m.getId(), m.getRum(), before, m.historyView());
        }
        return due.size();
    }

    private SepaMandate end(SepaMandate mandate, MandateStatus status, long actorId) {
        requireLive(mandate);
        Map<String, Object> before = mandate.historyView();
        mandate.ended(status, OffsetDateTime.now(clock), actorId);
        em.flush();
        history.record(mandate.getHouseholdId(), "sepaMandate", mandate.getId(), mandate.getRum(), before, mandate.historyView());
        return mandate;
    }

    private static void requireLive(SepaMandate mandate) {
        if (!mandate.getStatus().isLive()) {
            throw RuleViolationException.of("status", "sepa.ended");
        }
    }

    private SepaMandate live(long household) {
        return em.createQuery("select m from SepaMandate m where m.householdId = :h and m.status in :live", SepaMandate.class)
                .setParameter("h", household)
                .setParameter("live", List.of(MandateStatus.REQUESTED, MandateStatus.ACTIVE, MandateStatus.SUSPENDED))
                .getResultStream().findFirst().orElse(null);
    }

    private long ownHousehold(long actorId) {
        return access.ownHousehold(actorId).orElseThrow(() -> new UnknownRecordException("household of account", actorId));
    }

    private SepaMandate ofMyHousehold(long actorId, long mandateId) {
        SepaMandate mandate = em.find(SepaMandate.class, mandateId);
        if (mandate == null || mandate.getHouseholdId() != ownHousehold(actorId)) {
            throw new UnknownRecordException("SEPA mandate", mandateId);
        }
        return mandate;
    }

    private SepaMandate find(long mandateId) {
        SepaMandate mandate = em.find(SepaMandate.class, mandateId);
        if (mandate == null) {
            throw new UnknownRecordException("SEPA mandate", mandateId);
        }
        return mandate;
    }
}
