package fr.marelle.directdebit.control;

import fr.marelle.billing.control.BillingMails;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.entity.Account;
import fr.marelle.notification.control.Outbox;
import fr.marelle.platform.control.DisplayFormats;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SEPA pre-notification (TREASURY.md §2.5): when a run is made, at least 14 days before its due date, each family in
 * it is mailed what will be debited and when, on which mandate (RUM) and by which creditor (ICS), in its mail language.
 * Queued in the run's transaction: no mail for a run that was not made.
 */
@ApplicationScoped
public class DebitPreNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    BillingMails billingMails;

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    /** One mail per household of the run, listing its invoices. */
    void notify(DebitRuns.Run run, Pain008Writer.Creditor creditor, List<DebitRuns.Debit> debits) {
        Map<Long, List<DebitRuns.Debit>> byHousehold = debits.stream()
                .collect(Collectors.groupingBy(DebitRuns.Debit::householdId, LinkedHashMap::new, Collectors.toList()));
        byHousehold.forEach((household, theirs) -> {
            Account to = billingMails.contact(em.find(Household.class, household));
            if (to == null) {
                return;
            }
            Locale locale = Messages.forLanguage(to.getLanguage());
            DebitRuns.Debit first = theirs.get(0);
            String invoices = theirs.stream().map(d -> Messages.text(locale, "directDebit.preNotice.invoice", d.invoiceNumber(),
                    DisplayFormats.money(d.amountCents(), locale))).collect(Collectors.joining("\n"));
            outbox.queue(to.getEmail(), to.getLanguage(), "direct-debit-prenotification", Map.of(
                    "firstName", to.getFirstName(),
                    "day", DisplayFormats.date(run.dueOn(), locale),
                    "amount", DisplayFormats.money(theirs.stream().mapToLong(DebitRuns.Debit::amountCents).sum(), locale),
                    "invoices", invoices,
                    "iban", MandateRules.masked(first.iban()),
                    "rum", first.rum(),
                    "creditor", creditor.name(),
                    "ics", creditor.ics(),
                    "link", links.to("/parent/invoices.xhtml")));
        });
    }
}
