package fr.marelle.billing.control;

import fr.marelle.billing.entity.CreditNote;
import fr.marelle.billing.entity.Invoice;
import fr.marelle.directdebit.control.DebitRuns;
import fr.marelle.family.control.Households;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.entity.Account;
import fr.marelle.legal.control.LegalMentions;
import fr.marelle.notification.control.Outbox;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.control.DisplayFormats;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Mails of billing, to the household's billing contact (its first guardian when none is set). */
@ApplicationScoped
public class BillingMails {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Households households;

    @Inject
    PortalLinks links;

    @Inject
    LegalMentions legalMentions;

    @Inject
    DebitRuns debitRuns;

    void published(Invoice invoice, Household household, String regieName) {
        Account to = contact(household);
        if (to == null) {
            return;
        }
        Locale locale = Messages.forLanguage(to.getLanguage());
        outbox.queue(to.getEmail(), to.getLanguage(), "invoice-published", Map.of(
                "firstName", to.getFirstName(),
                "number", invoice.getNumber(),
                "month", invoice.getYearMonth().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " "
                        + invoice.getYearMonth().getYear(),
                "regie", regieName,
                "amount", Prices.money((int) invoice.getTotalCents(), locale),
                "dueOn", invoice.getDueOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)),
                "directDebit", debitNotice(invoice, locale),
                "link", links.to("/parent/invoices.xhtml"),
                // the mail notifies the invoice, so it carries its issuer and appeal routes (CGCT L.1617-5 4°)
                "appeal", legalMentions.invoiceBlock(locale)));
    }

    void creditNote(CreditNote note, Invoice invoice, Household household) {
        Account to = contact(household);
        if (to == null) {
            return;
        }
        Locale locale = Messages.forLanguage(to.getLanguage());
        outbox.queue(to.getEmail(), to.getLanguage(), "credit-note-issued", Map.of(
                "firstName", to.getFirstName(),
                "number", note.getNumber(),
                "invoice", invoice.getNumber(),
                "amount", Prices.money((int) note.getTotalCents(), locale),
                "reason", note.getReason(),
                "link", links.to("/parent/invoices.xhtml")));
    }

    void reminder(Invoice invoice, Household household, int level, long remainingCents) {
        Account to = contact(household);
        if (to == null) {
            return;
        }
        Locale locale = Messages.forLanguage(to.getLanguage());
        outbox.queue(to.getEmail(), to.getLanguage(), level == 1 ? "invoice-reminder-1" : "invoice-reminder-2", Map.of(
                "firstName", to.getFirstName(),
                "number", invoice.getNumber(),
                "amount", Prices.money((int) remainingCents, locale),
                "dueOn", invoice.getDueOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)),
                "link", links.to("/parent/invoices.xhtml")));
    }

    /** "This invoice will be debited on …" once the invoice is in a run still to be debited, else nothing. */
    private String debitNotice(Invoice invoice, Locale locale) {
        return debitRuns.debitDayOf(invoice.getId())
                .map(day -> "\n" + Messages.text(locale, "directDebit.notice", DisplayFormats.date(day, locale)) + "\n").orElse("");
    }

    /** Who receives the household's billing mails: its billing contact, else its first guardian (null: nobody). */
    public Account contact(Household household) {
        if (household.getBillingAccountId() != null) {
            Account account = em.find(Account.class, household.getBillingAccountId());
            if (account != null) {
                return account;
            }
        }
        List<Account> guardians = households.guardians(household.getId());
        return guardians.isEmpty() ? null : guardians.get(0);
    }
}
