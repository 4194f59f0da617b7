package fr.marelle.billing.boundary;

import fr.marelle.billing.control.BillingTexts;
import fr.marelle.billing.control.Invoices;
import fr.marelle.billing.entity.InvoiceLine;
import fr.marelle.identity.boundary.CurrentUser;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.boundary.LanguageSwitch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;

/** A parent's invoices and, on demand, one of them in detail (their own household's only). */
@Named
@RequestScoped
public class InvoicesPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    Invoices invoices;

    @Inject
    LanguageSwitch language;

    private Long invoiceId;
    private List<Invoices.Summary> mine;
    private Invoices.Detail detail;

    public List<Invoices.Summary> getInvoices() {
        if (mine == null) {
            mine = invoices.mine(currentUser.require().getId());
        }
        return mine;
    }

    /** The invoice asked for; an unknown one or another household's answers 404 (UnknownRecordException). */
    public Invoices.Detail getDetail() {
        if (detail == null && invoiceId != null) {
            detail = invoices.get(currentUser.require().getId(), invoiceId);
        }
        return detail;
    }

    public String money(long cents) {
        return Prices.money((int) cents, language.getLocale());
    }

    public String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public String monthName(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language.getLocale()) + " " + m.getYear();
    }

    public String explanation(InvoiceLine line) {
        return BillingTexts.explanation(line, language.getLocale());
    }

    public Long getInvoiceId() { return invoiceId; }
    public void setInvoiceId(Long invoiceId) { this.invoiceId = invoiceId; }
}
