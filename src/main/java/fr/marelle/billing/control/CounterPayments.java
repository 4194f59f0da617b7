package fr.marelle.billing.control;

import fr.marelle.billing.entity.Payment;
import fr.marelle.billing.entity.PaymentKind;
import fr.marelle.billing.entity.PaymentMeans;
import fr.marelle.planning.entity.Regie;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Money handled at the counter by finance staff (FINANCE, ADMIN; others 403): payments received in
 * cash, cheque, CESU, holiday vouchers, bank transfer or direct debit and spread over the household's
 * invoices of one régie; the household's credit put on later invoices or given back; a mistaken
 * entry cancelled by its reversal. The ledger writes, numbers and audits; one transaction each.
 */
@ApplicationScoped
public class CounterPayments {

    @PersistenceContext
    EntityManager em;

    @Inject
    FinanceAccess finance;

    @Inject
    PaymentLedger ledger;

    @Inject
    Clock clock;

    @Transactional
    public Payment receive(long actorId, long householdId, CounterRules.Received received,
                           List<LedgerRules.Allocation> allocations) {
        finance.require(actorId);
        List<Violation> v = new ArrayList<>(CounterRules.check(received, LocalDate.now(clock)));
        if (!v.stream().anyMatch(x -> "regieCode".equals(x.field())) && em.find(Regie.class, received.regieCode().strip()) == null) {
            v.add(Violation.of("regieCode", "billing.counter.unknownRegie"));
        }
        RuleViolationException.throwIfAny(v);
        return ledger.receive(actorId, new Payment.Facts(householdId, received.regieCode().strip(), PaymentKind.PAYMENT,
                received.means(), received.amountCents(), received.receivedOn(), CounterRules.clean(received.chequeNumber()),
                CounterRules.clean(received.bank()), CounterRules.clean(received.reference()), null, null,
                CounterRules.clean(received.note())), allocations == null ? List.of() : allocations);
    }

    @Transactional
    public void useCredit(long actorId, long householdId, String regieCode, List<LedgerRules.Allocation> allocations) {
        finance.require(actorId);
        ledger.useCredit(actorId, householdId, regie(regieCode), allocations == null ? List.of() : allocations);
    }

    @Transactional
    public Payment refund(long actorId, long householdId, String regieCode, Long amountCents, PaymentMeans means,
                          String reference, String note) {
        finance.require(actorId);
        String regie = regie(regieCode);
        if (amountCents == null) {
            throw RuleViolationException.of("amountCents", "billing.payment.amountPositive");
        }
        if (CounterRules.clean(reference) != null && reference.strip().length() > CounterRules.MAX_REFERENCE) {
            throw RuleViolationException.of("reference", "billing.counter.tooLong", CounterRules.MAX_REFERENCE);
        }
        if (CounterRules.clean(note) != null && note.strip().length() > CounterRules.MAX_NOTE) {
            throw RuleViolationException.of("note", "billing.counter.tooLong", CounterRules.MAX_NOTE);
        }
        return ledger.refund(actorId, householdId, regie, amountCents, means, CounterRules.clean(reference),
                CounterRules.clean(note));
    }

    @Transactional
    public Payment reverse(long actorId, long paymentId, String reason) {
        finance.require(actorId);
        return ledger.reverse(actorId, paymentId, reason);
    }

    private String regie(String code) {
        if (code == null || code.isBlank()) {
            throw RuleViolationException.of("regieCode", "billing.counter.regieRequired");
        }
        if (em.find(Regie.class, code.strip()) == null) {
            throw RuleViolationException.of("regieCode", "billing.counter.unknownRegie");
        }
        return code.strip();
    }
}
