package fr.marelle.billing.boundary;

import fr.marelle.platform.boundary.LazyList;
import fr.marelle.identity.control.Acting;
import fr.marelle.billing.control.InvoiceRuns;
import fr.marelle.billing.control.Invoices;
import fr.marelle.billing.entity.InvoiceStatus;
import fr.marelle.planning.control.Prices;
import fr.marelle.planning.entity.Regie;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Finance staff's invoice search (number, household, month, régie, status) with how late each unpaid invoice is,
 * a page at a time from the database; view-scoped so that paging keeps the search.
 */
@Named
@ViewScoped
public class FinanceInvoicesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Acting acting;

    @Inject
    Invoices invoices;

    @Inject
    InvoiceRuns runs;

    @Inject
    LanguageSwitch language;

    @Inject
    Clock clock;

    private String number;
    private String household;
    private String month;
    private String regieCode;
    private String status;
    private LazyList<Invoices.Found> found;

    /** The invoices that match the search, one page at a time; a bad month or status is said and finds nothing. */
    public LazyList<Invoices.Found> getFound() {
        if (found == null) {
            long actor = acting.require().getId();
            Invoices.Search criteria;
            try {
                criteria = FinanceBillingResource.criteria(number, household, month, regieCode, status);
            } catch (RuleViolationException e) {
                Feedback.refused(e);
                criteria = null;
            }
            Invoices.Search search = criteria;
            LocalDate today = LocalDate.now(clock);
            found = LazyList.of(() -> search == null ? 0 : invoices.count(actor, search),
                    page -> search == null ? List.of() : invoices.search(actor, search, today, page), f -> f.summary().invoice().getId());
        }
        return found;
    }

    public List<Regie> getRegies() {
        return runs.regies();
    }

    public InvoiceStatus[] getStatuses() {
        return InvoiceStatus.values();
    }

    public String money(long cents) {
        return Prices.money((int) cents, language.getLocale());
    }

    public String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getHousehold() { return household; }
    public void setHousehold(String household) { this.household = household; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getRegieCode() { return regieCode; }
    public void setRegieCode(String regieCode) { this.regieCode = regieCode; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
