package fr.marelle.billing.control;

import fr.marelle.billing.entity.Invoice;
import fr.marelle.directdebit.control.DebitRuns;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.entity.Account;
import fr.marelle.legal.control.LegalMentions;
import fr.marelle.planning.entity.Regie;
import fr.marelle.platform.control.ThemeLogos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The PDF of an invoice the actor may read (their household's, or any for finance staff). */
@ApplicationScoped
public class InvoicePdfs {

    @PersistenceContext
    EntityManager em;

    @Inject
    Invoices invoices;

    @Inject
    ThemeLogos logos;

    @Inject
    LegalMentions legalMentions;

    @Inject
    DebitRuns debitRuns;

    public byte[] of(long actorId, long invoiceId, Locale locale) {
        Invoices.Detail detail = invoices.get(actorId, invoiceId);
        Invoice invoice = detail.summary().invoice();
        return InvoiceDocuments.pdf(detail, regieName(invoice), addressee(invoice), logos.letterhead(),
                legalMentions.invoice(locale), contact(locale), debitRuns.debitDayOf(invoiceId), locale);
    }

    public byte[] ofCreditNote(long actorId, long invoiceId, long creditNoteId, Locale locale) {
        Invoices.CreditNoteDetail detail = invoices.creditNote(actorId, invoiceId, creditNoteId);
        return InvoiceDocuments.creditNotePdf(detail, regieName(detail.invoice()), addressee(detail.invoice()),
                logos.letterhead(), contact(locale), locale);
    }

    /** The town's support line, closing each document a family receives. */
    java.util.Optional<String> contact(Locale locale) {
        return legalMentions.supportLine(locale);
    }

    private String regieName(Invoice invoice) {
        return regieName(invoice.getRegieCode());
    }

    String regieName(String code) {
        Regie regie = em.find(Regie.class, code);
        return regie == null ? code : regie.getName();
    }

    private InvoiceDocuments.Addressee addressee(Invoice invoice) {
        return addressee(invoice.getHouseholdId(), invoice.getBillingAccountId());
    }

    /** The household's address and the named billing contact (receipts use the household's current one). */
    InvoiceDocuments.Addressee addressee(long householdId, Long billingAccountId) {
        Household household = em.find(Household.class, householdId);
        Account contact = billingAccountId == null ? null : em.find(Account.class, billingAccountId);
        List<String> address = new ArrayList<>();
        if (household != null) {
            for (String line : new String[]{household.getAddressLine1(), household.getAddressLine2(),
                    join(household.getPostcode(), household.getCity())}) {
                if (line != null && !line.isBlank()) {
                    address.add(line);
                }
            }
        }
        return new InvoiceDocuments.Addressee(contact == null ? null : contact.fullName(), address);
    }

    private static String join(String postcode, String city) {
        return ((postcode == null ? "" : postcode) + " " + (city == null ? "" : city)).strip();
    }
}
