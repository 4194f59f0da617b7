package fr.marelle.billing.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.billing.control.BillingTexts;
import fr.marelle.billing.control.CreditNotes;
import fr.marelle.billing.control.CreditRules;
import fr.marelle.billing.control.EuroAmounts;
import fr.marelle.billing.control.FinanceAccess;
import fr.marelle.billing.control.Invoices;
import fr.marelle.billing.control.Payments;
import fr.marelle.billing.entity.CreditNote;
import fr.marelle.billing.entity.InvoiceLine;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Finance staff's view of one invoice, with the form of a credit note on one of its lines. */
@Named
@RequestScoped
public class FinanceInvoicePage {

    @Inject
    Acting acting;

    @Inject
    FinanceAccess finance;

    @Inject
    Invoices invoices;

    @Inject
    CreditNotes creditNotes;

    @Inject
    LanguageSwitch language;

    @Inject
    Payments payments;

    private Long invoiceId;
    private Invoices.Detail detail;
    private Long lineId;
    private String amount;
    private String reason;

    /** The invoice comes from the request, also on the credit note's postback (the form shows only with it). */
    @PostConstruct
    void readInvoice() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (id != null && id.matches("\\d{1,18}")) {
            invoiceId = Long.valueOf(id);
        }
    }

    /** View action: an unknown invoice shows the not-found page. */
    public void load() {
        finance.require(acting.require().getId());
        if (invoiceId == null) {
            Feedback.notFound();
            return;
        }
        try {
            getDetail();
        } catch (UnknownRecordException e) {
            Feedback.notFound();
        }
    }

    public Invoices.Detail getDetail() {
        if (detail == null && invoiceId != null) {
            detail = invoices.get(acting.require().getId(), invoiceId);
        }
        return detail;
    }

    /** The payments put on (or taken back off) the invoice. */
    public List<Payments.OnInvoice> getPayments() {
        return getDetail() == null ? List.of() : payments.onInvoice(invoiceId);
    }

    public String meansLabel(fr.marelle.billing.entity.PaymentMeans m) {
        return Feedback.text("billing.means." + m.name());
    }

    public String credit() {
        try {
            Integer cents = EuroAmounts.parseCents(amount)
                    .orElseThrow(() -> RuleViolationException.of("amount", "billing.credit.amountFormat"));
            CreditNote note = creditNotes.issue(acting.require().getId(), invoiceId, reason,
                    List.of(new CreditRules.Item(lineId, cents)));
            Feedback.infoAfterRedirect("financeInvoice.credited", note.getNumber());
            return "/finance/invoice?faces-redirect=true&id=" + invoiceId;
        } catch (RuleViolationException e) {
            // the rule names fields of the API (lines[0].amountCents): show them on the page's own fields
            Feedback.refused(new RuleViolationException(e.violations().stream()
                    .map(v -> Violation.of(pageField(v.field()), v.key(), v.args().toArray())).toList()));
            return null;
        }
    }

    /** The credit rules name the API's fields (lines[0].amountCents): the page has one line and one amount. */
    private static String pageField(String field) {
        if (field.startsWith("lines[0].amount")) {
            return "amount";
        }
        return field.startsWith("lines") ? "lineId" : field;
    }

    public String money(long cents) {
        return Prices.money((int) cents, language.getLocale());
    }

    public String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
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


    public Long getInvoiceId() { return invoiceId; }
    public Long getLineId() { return lineId; }
    public void setLineId(Long lineId) { this.lineId = lineId; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
