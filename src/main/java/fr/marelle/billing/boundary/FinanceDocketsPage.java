package fr.marelle.billing.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.billing.control.Docket;
import fr.marelle.billing.control.Dockets;
import fr.marelle.billing.control.FinanceAccess;
import fr.marelle.billing.control.InvoiceRuns;
import fr.marelle.billing.entity.PaymentMeans;
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
import java.time.format.DateTimeParseException;
import java.util.List;

/** Finance staff's collection docket of a régie and a day, with its PDF and CSV, and the payments export. */
@Named
@RequestScoped
public class FinanceDocketsPage {

    @Inject
    Acting acting;

    @Inject
    FinanceAccess finance;

    @Inject
    Dockets dockets;

    @Inject
    InvoiceRuns runs;

    @Inject
    LanguageSwitch language;

    @Inject
    Clock clock;

    private String regie;
    private String day;
    private Docket docket;
    private boolean read;

    public List<Regie> getRegies() {
        finance.require(acting.require().getId());
        return runs.regies();
    }

    public Docket getDocket() {
        if (!read && regie != null && !regie.isBlank()) {
            read = true;
            try {
                docket = dockets.of(acting.require().getId(), regie, LocalDate.parse(getDay()));
            } catch (DateTimeParseException e) {
                Feedback.refused(RuleViolationException.of("day", "date.invalid"));
            } catch (RuleViolationException e) {
                Feedback.refused(e);
            }
        }
        return docket;
    }

    public String getToday() {
        return LocalDate.now(clock).toString();
    }

    public String getMonthAgo() {
        return LocalDate.now(clock).minusMonths(1).toString();
    }

    public String money(long cents) {
        return Prices.money((int) cents, language.getLocale());
    }

    public String meansLabel(PaymentMeans m) {
        return Feedback.text("billing.means." + m.name());
    }

    public String date(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public String getRegie() { return regie; }
    public void setRegie(String regie) { this.regie = regie; }
    public String getDay() { return day == null || day.isBlank() ? getToday() : day.strip(); }
    public void setDay(String day) { this.day = day; }
}
