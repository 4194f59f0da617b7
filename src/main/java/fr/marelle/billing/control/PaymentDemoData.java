package fr.marelle.billing.control;

import fr.marelle.billing.entity.PaymentMeans;
import fr.marelle.identity.control.Accounts;
import fr.marelle.identity.entity.Account;
import fr.marelle.platform.control.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo counter payments on the demo invoices of famille350 … famille354 (after {@link BillingDemoData}):
 * three paid in full (cash, cheque, CESU), one partly paid by cheque, one overpaid with holiday
 * vouchers so the family has credit. Recorded by finance@example.org through {@link CounterPayments}.
 * Léa Martin (parent@example.org) and the other families keep their invoices unpaid.
 */
@ApplicationScoped
public class PaymentDemoData implements DemoData {

    private static final Logger LOG = Logger.getLogger(PaymentDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CounterPayments counter;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 56;
    }

    @Override
    public void load() {
        Account finance = accounts.byEmail("finance@example.org").orElse(null);
        if (finance == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int recorded = 0;
        for (Object row : em.createNativeQuery("select i.id, i.household_id, i.total_cents, a.email, i.regie_code from invoice i"
                        + " join household h on h.id = i.household_id join account a on a.id = h.billing_account_id"
                        + " where a.email ~ '^famille35[0-4]@example\\.net$' and i.total_cents > 0"
                        + " order by a.email, i.regie_code")
                .getResultList()) {
            Object[] r = (Object[]) row;
            long invoice = ((Number) r[0]).longValue();
            long household = ((Number) r[1]).longValue();
            long total = ((Number) r[2]).longValue();
            String email = (String) r[3];
            String regie = (String) r[4];
            switch (email.substring(0, email.indexOf('@'))) {
                case "famille350" -> pay(finance, household, regie, invoice, PaymentMeans.CASH, total, total, null, null, today);
                case "famille351" -> pay(finance, household, regie, invoice, PaymentMeans.CHEQUE, total, total, "0000351",
                        "La Banque Postale", today);
                case "famille352" -> pay(finance, household, regie, invoice, PaymentMeans.CESU, total, total, null, null, today);
                case "famille353" -> pay(finance, household, regie, invoice, PaymentMeans.CHEQUE, total / 2, total / 2, "0000353",
                        "Crédit Agricole", today);
                default -> pay(finance, household, regie, invoice, PaymentMeans.HOLIDAY_VOUCHER, total + 1000, total, null, null,
                        today);
            }
            recorded++;
        }
        int count = recorded;
        LOG.info(() -> "Demo payments: " + count + " recorded at the counter");
    }

    private void pay(Account finance, long household, String regie, long invoice, PaymentMeans means, long amount,
                     long onInvoice, String cheque, String bank, LocalDate day) {
        if (amount <= 0) {
            return;
        }
        counter.receive(finance.getId(), household, new CounterRules.Received(regie, means, amount, day, cheque,
                bank, null, null), onInvoice > 0 ? List.of(new LedgerRules.Allocation(invoice, onInvoice)) : List.of());
    }
}
