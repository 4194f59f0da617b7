package fr.marelle.billing.control;

import fr.marelle.family.entity.Household;
import fr.marelle.platform.control.ThemeLogos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Locale;

/** The receipt PDF of a ledger entry the actor may read (their household's, or any for finance staff). */
@ApplicationScoped
public class ReceiptPdfs {

    @PersistenceContext
    EntityManager em;

    @Inject
    Payments payments;

    @Inject
    InvoicePdfs invoicePdfs;

    @Inject
    ThemeLogos logos;

    public byte[] of(long actorId, long paymentId, Locale locale) {
        Payments.Entry entry = payments.get(actorId, paymentId);
        Household household = em.find(Household.class, entry.payment().getHouseholdId());
        return PaymentDocuments.receipt(entry, household.getName(), invoicePdfs.regieName(entry.payment().getRegieCode()),
                invoicePdfs.addressee(household.getId(), household.getBillingAccountId()), logos.letterhead(),
                invoicePdfs.contact(locale), locale);
    }

    /** The entry's number, for the file name (same access rule). */
    public String numberOf(long actorId, long paymentId) {
        return payments.get(actorId, paymentId).payment().getNumber();
    }
}
