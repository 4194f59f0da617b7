package fr.marelle.directdebit.control;

import fr.marelle.billing.control.PaymentLedger;
import fr.marelle.directdebit.entity.MandateStatus;
import fr.marelle.directdebit.entity.SepaMandate;
import fr.marelle.family.control.HouseholdHistory;
import fr.marelle.billing.control.BillingMails;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Account;
import fr.marelle.notification.control.Outbox;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalLinks;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Settings;
import fr.marelle.platform.control.Violation;
import fr.marelle.audit.control.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bank's rejects and returns of a run's debits (TREASURY.md §2.6), from its pain.002 or entered by hand: the payment
 * is reversed (or, before the due date, never made), the invoice is unpaid again, the family is mailed with the other
 * ways to pay, and the mandate is suspended after N rejects in a row (setting {@code sepa.rejectsBeforeSuspension},
 * 2 by default) or at once when the code says the account or the mandate is no longer good. All or nothing.
 */
@ApplicationScoped
public class DebitRejects {

    public static final String REJECTS_SETTING = "sepa.rejectsBeforeSuspension";
    public static final int DEFAULT_REJECTS = 2;
    /** Codes after which no debit may be sent on the mandate before the family gives new details. */
    public static final Set<String> SUSPEND_AT_ONCE = Set.of("AC01", "AC04", "AC06", "AG01", "MD01", "MD07", "BE05");

    /** The reason codes finance staff pick from when they enter a reject by hand (each has a label in the bundles). */
    public static final List<String> KNOWN_CODES = List.of("AM04", "MS02", "MS03", "AC01", "AC04", "AC06", "AG01", "MD01", "MD02",
            "MD06", "MD07", "AM05", "BE05", "FF01", "RC01");

    /** One reject: the EndToEndId (the invoice number) and the ISO reason code. */
    public record Reject(String endToEndId, String reasonCode) {
    }

    /** What became of one: changed is false when it had already been read. */
    public record Outcome(String invoiceNumber, String reasonCode, boolean changed, boolean mandateSuspended) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    DebitRuns runs;

    @Inject
    PaymentLedger ledger;

    @Inject
    HouseholdHistory history;

    @Inject
    BillingMails billingMails;

    @Inject
    Settings settings;

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public List<Outcome> apply(long actorId, long runId, List<Reject> rejects) {
        acting.requireFinanceStaff();
        DebitRuns.Run run = runs.run(runId);
        List<DebitRuns.Debit> debits = runs.debits(runId);
        List<Violation> v = new ArrayList<>();
        if ("DRAFT".equals(run.status())) {
            v.add(Violation.of("id", "directDebit.reject.notSent"));
        }
        if (rejects == null || rejects.isEmpty()) {
            v.add(Violation.of("rejects", "directDebit.reject.none"));
        }
        List<DebitRuns.Debit> found = new ArrayList<>();
        for (int i = 0; rejects != null && i < rejects.size(); i++) {
            Reject r = rejects.get(i);
            String code = r.reasonCode() == null ? "" : r.reasonCode().strip().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z0-9]{4}")) {
                v.add(Violation.of("rejects[" + i + "].reasonCode", "directDebit.reject.code"));
            }
            DebitRuns.Debit debit = debits.stream().filter(d -> d.invoiceNumber().equals(r.endToEndId() == null ? null : r.endToEndId().strip()))
                    .findFirst().orElse(null);
            if (debit == null) {
                v.add(Violation.of("rejects[" + i + "].endToEndId", "directDebit.reject.unknown", String.valueOf(r.endToEndId())));
            }
            found.add(debit);
        }
        RuleViolationException.throwIfAny(v);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < rejects.size(); i++) {
            outcomes.add(reject(actorId, run, found.get(i), rejects.get(i).reasonCode().strip().toUpperCase(Locale.ROOT)));
        }
        return outcomes;
    }

    private Outcome reject(long actorId, DebitRuns.Run run, DebitRuns.Debit debit, String code) {
        if ("REJECTED".equals(debit.status())) {
            return new Outcome(debit.invoiceNumber(), debit.rejectCode(), false, false);
        }
        if (debit.paymentId() != null) {
            ledger.reverse(actorId, debit.paymentId(), Messages.text(Locale.FRENCH, "directDebit.reject.reversal", code));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createNativeQuery("update direct_debit set status = 'REJECTED', reject_code = ?2, rejected_at = ?3 where id = ?1")
                .setParameter(1, debit.id()).setParameter(2, code).setParameter(3, now).executeUpdate();
        audit.record("directDebit.debit.rejected", "directDebit", debit.id(), Map.of("status", debit.status()),
                Map.of("status", "REJECTED", "reasonCode", code));
        SepaMandate mandate = em.find(SepaMandate.class, debit.mandateId());
        em.refresh(mandate);
        int inARow = ((Number) em.createNativeQuery("update sepa_mandate set rejects_in_a_row = rejects_in_a_row + 1 where id = ?1"
                + " returning rejects_in_a_row").setParameter(1, mandate.getId()).getSingleResult()).intValue();
        boolean suspend = mandate.getStatus() == MandateStatus.ACTIVE
                && (SUSPEND_AT_ONCE.contains(code) || inARow >= rejectsBeforeSuspension());
        if (suspend) {
            em.refresh(mandate);
            Map<String, Object> before = mandate.historyView();
            mandate.suspended();
            em.flush();
            history.recordAs(audit.currentActor(), mandate.getHouseholdId(), "sepaMandate", mandate.getId(), mandate.getRum(),
                    before, mandate.historyView());
        }
        mail(run, debit, code, suspend);
        return new Outcome(debit.invoiceNumber(), code, true, suspend);
    }

    private int rejectsBeforeSuspension() {
        return settings.get(REJECTS_SETTING).map(String::strip).filter(s -> s.matches("[1-9][0-9]?")).map(Integer::parseInt)
                .orElse(DEFAULT_REJECTS);
    }

    /** The family is told the debit failed, why in plain words, and how else to pay. */
    private void mail(DebitRuns.Run run, DebitRuns.Debit debit, String code, boolean suspended) {
        Account to = billingMails.contact(em.find(Household.class, debit.householdId()));
        if (to == null) {
            return;
        }
        Locale locale = Messages.forLanguage(to.getLanguage());
        String reason = Messages.text(locale, "directDebit.reason." + code);
        if (reason.equals("directDebit.reason." + code)) {
            reason = Messages.text(locale, "directDebit.reason.other", code);
        }
        outbox.queue(to.getEmail(), to.getLanguage(), "direct-debit-rejected", Map.of(
                "firstName", to.getFirstName(),
                "number", debit.invoiceNumber(),
                "amount", Prices.money((int) debit.amountCents(), locale),
                "reason", reason,
                "mandate", suspended ? Messages.text(locale, "directDebit.reject.mailSuspended") : "",
                "link", links.to("/parent/pay.xhtml")));
    }
}
