package fr.marelle.billing.boundary;

import fr.marelle.billing.control.BillingTexts;
import fr.marelle.billing.control.Invoices;
import fr.marelle.billing.control.Payments;
import fr.marelle.billing.entity.InvoiceLine;
import fr.marelle.billing.entity.InvoiceStatus;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.identity.control.Acting;
import fr.marelle.legal.control.LegalMentions;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.treasury.control.TreasuryNotices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * One invoice of the parent's household on its own page: lines, payments, credit notes, PDF and the
 * way to pay what remains (the pay button is the pay page's, {@code PayPage}). {@link Invoices#get} checks the household; a missing, malformed or
 * foreign id is the not-found page (404), never an error.
 */
@Named
@RequestScoped
public class InvoicePage {

    @Inject
    Acting acting;

    @Inject
    Invoices invoices;

    @Inject
    Payments payments;

    @Inject
    TreasuryNotices treasuryNotices;

    @Inject
    LegalMentions legalMentions;

    @Inject
    LanguageSwitch language;

    private Long invoiceId;
    private Invoices.Detail detail;

    /** View action (also on the pay button's postback, which comes back here when refused). */
    public void load() {
        if (invoiceId == null) {
            Feedback.notFound();
            return;
        }
        try {
            detail = invoices.get(acting.require().getId(), invoiceId);
        } catch (UnknownRecordException e) {
            Feedback.notFound();
        }
    }

    public Invoices.Detail getDetail() {
        return detail;
    }

    /** Where to pay the invoice once the public accountant took it over. */
    public TreasuryNotices.Notice getTreasuryNotice() {
        return detail == null ? null : treasuryNotices.of(detail.summary().invoice().getId()).orElse(null);
    }

    /** The payments put on (or taken back off) the invoice. */
    public List<Payments.OnInvoice> getPayments() {
        return detail == null ? List.of() : payments.onInvoice(detail.summary().invoice().getId());
    }

    /** Something is left to pay here (not yet handed to the public treasury). */
    public boolean isToPay() {
        return detail != null && detail.summary().remainingCents() > 0
                && detail.summary().status() != InvoiceStatus.SENT_TO_TREASURY;
    }

    public String explanation(InvoiceLine line) {
        return BillingTexts.explanation(line, language.getLocale());
    }

    public String who(InvoiceLine line) {
        return BillingTexts.who(line, language.getLocale());
    }

    public String what(InvoiceLine line) {
        return BillingTexts.what(line, language.getLocale());
    }

    /** The invoice's issuer and the routes to contest it (CGCT L.1617-5), as on its PDF and in its mail. */
    public List<String> getAppealRoutes() {
        return legalMentions.invoice(language.getLocale());
    }

    /** The address's {@code id}: anything but a number is an unknown invoice (404), not a conversion error. */
    public String getId() {
        return invoiceId == null ? null : invoiceId.toString();
    }

    public void setId(String value) {
        this.invoiceId = value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

}
