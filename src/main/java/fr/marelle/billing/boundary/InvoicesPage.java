package fr.marelle.billing.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.billing.control.Invoices;
import fr.marelle.billing.control.Payments;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.boundary.LanguageSwitch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;

/** A parent's invoices, payments and account statement; each invoice has its own page ({@link InvoicePage}). */
@Named
@RequestScoped
public class InvoicesPage {

    @Inject
    Acting acting;

    @Inject
    Invoices invoices;

    @Inject
    LanguageSwitch language;

    @Inject
    Payments payments;

    private List<Payments.Entry> history;
    private java.util.Map<String, Long> credits;

    private Long invoiceId;
    private List<Invoices.Summary> mine;

    public List<Invoices.Summary> getInvoices() {
        if (mine == null) {
            mine = invoices.mine(acting.require().getId());
        }
        return mine;
    }

    /** View action: an old address of an invoice ({@code ?id=}) goes to the invoice's own page. */
    public void load() {
        if (invoiceId == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/parent/invoice.xhtml?id=" + invoiceId);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    private fr.marelle.billing.control.AccountStatement statement;

    /** The household's account: invoices, credit notes, payments, refunds and cancellations with the balance. */
    public fr.marelle.billing.control.AccountStatement getStatement() {
        if (statement == null) {
            statement = invoices.myStatement(acting.require().getId());
        }
        return statement;
    }

    /** The household's payments, refunds and reversals, newest first. */
    public List<Payments.Entry> getPayments() {
        if (history == null) {
            history = payments.mine(acting.require().getId());
        }
        return history;
    }

    /** The household's credit per régie (only where there is some). */
    public java.util.Map<String, Long> getCredits() {
        if (credits == null) {
            credits = payments.myCredits(acting.require().getId());
        }
        return credits;
    }

    public java.util.List<java.util.Map.Entry<String, Long>> getCreditList() {
        return List.copyOf(getCredits().entrySet());
    }

    public String meansLabel(fr.marelle.billing.entity.PaymentMeans m) {
        return fr.marelle.platform.boundary.Feedback.text("billing.means." + m.name());
    }

    /** What remains to pay over all the household's invoices. */
    public long getBalanceCents() {
        return getInvoices().stream().mapToLong(Invoices.Summary::remainingCents).sum();
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

    public Long getInvoiceId() { return invoiceId; }
    public void setInvoiceId(Long invoiceId) { this.invoiceId = invoiceId; }

}
