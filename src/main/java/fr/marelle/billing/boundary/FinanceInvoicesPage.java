package fr.marelle.billing.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.billing.control.InvoiceRuns;
import fr.marelle.billing.control.Invoices;
import fr.marelle.billing.entity.InvoiceStatus;
import fr.marelle.planning.control.Prices;
import fr.marelle.planning.entity.Regie;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Finance staff's invoice search (number, household, month, régie, status) with how late each unpaid invoice is. */
@Named
@RequestScoped
public class FinanceInvoicesPage {

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
    private List<Invoices.Found> found;

    public List<Invoices.Found> getFound() {
        if (found == null) {
            try {
                found = invoices.search(acting.require().getId(),
                        FinanceBillingResource.criteria(number, household, month, regieCode, status), LocalDate.now(clock));
            } catch (RuleViolationException e) {
                Feedback.refused(e);
                found = List.of();
            }
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
