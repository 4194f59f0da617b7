package fr.marelle.billing.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.billing.control.BillingTexts;
import fr.marelle.billing.control.ChargeRules;
import fr.marelle.billing.control.InvoiceRuns;
import fr.marelle.billing.control.Invoices;
import fr.marelle.billing.entity.Invoice;
import fr.marelle.billing.entity.InvoiceRun;
import fr.marelle.planning.control.Prices;
import fr.marelle.planning.entity.Regie;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;

/** Finance staff's page of invoicing runs: create a draft, read its preview and anomalies, validate it. */
@Named
@RequestScoped
public class FinanceRunsPage {

    @Inject
    Acting acting;

    @Inject
    InvoiceRuns runs;

    @Inject
    LanguageSwitch language;

    @Inject
    Invoices invoices;

    private Long runId;
    private boolean runChecked;
    private String regieCode;
    private String month;
    private boolean confirmUnmarked;
    private InvoiceRuns.Preview preview;
    private List<InvoiceRun> recent;

    /**
     * The run comes from the request (link or the validate button's parameter) before the view is
     * restored: the validate form is rendered only with a run, and Faces decodes only rendered forms.
     */
    @PostConstruct
    void readRun() {
        String run = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("run");
        if (run != null && run.matches("\\d{1,18}")) {
            runId = Long.valueOf(run);
        }
    }

    /**
     * The run of the address when it exists; an old link or a hand-typed id (the view parameter sets it
     * after {@link #readRun}) shows the list of runs with a word rather than a server error.
     */
    private Long knownRunId() {
        if (runId != null && !runChecked) {
            runChecked = true;
            try {
                runs.require(acting.require().getId(), runId);
            } catch (fr.marelle.family.control.UnknownRecordException e) {
                runId = null;
                Feedback.error("runs.unknown");
            }
        }
        return runId;
    }

    public List<Regie> getRegies() {
        return runs.regies();
    }

    public List<InvoiceRun> getRecent() {
        if (recent == null) {
            recent = runs.recent(acting.require().getId(), 24);
        }
        return recent;
    }

    public InvoiceRuns.Preview getPreview() {
        if (preview == null && knownRunId() != null) {
            preview = runs.preview(acting.require().getId(), runId);
        }
        return preview;
    }

    public List<Invoice> getRunInvoices() {
        return knownRunId() == null ? List.of() : invoices.ofRun(acting.require().getId(), runId);
    }

    public String create() {
        try {
            YearMonth m;
            try {
                m = month == null || month.isBlank() ? null : YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                throw RuleViolationException.of("month", "billing.run.monthFormat");
            }
            InvoiceRun run = runs.create(acting.require().getId(), regieCode, m);
            Feedback.infoAfterRedirect("runs.created");
            return "/finance/runs?faces-redirect=true&run=" + run.getId();
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String validate() {
        try {
            InvoiceRun run = runs.validate(acting.require().getId(), runId, confirmUnmarked);
            Feedback.infoAfterRedirect("runs.validated", run.getInvoices());
            return "/finance/runs?faces-redirect=true&run=" + run.getId();
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String money(long cents) {
        return Prices.money((int) cents, language.getLocale());
    }

    public String monthName(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language.getLocale()) + " " + m.getYear();
    }

    public String anomaly(ChargeRules.Anomaly a) {
        return BillingTexts.anomaly(a, getPreview().householdNames().getOrDefault(a.householdId(), ""), language.getLocale());
    }

    public Long getRunId() { return runId; }
    public void setRunId(Long runId) { this.runId = runId; }
    public String getRegieCode() { return regieCode; }
    public void setRegieCode(String regieCode) { this.regieCode = regieCode; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public boolean isConfirmUnmarked() { return confirmUnmarked; }
    public void setConfirmUnmarked(boolean confirmUnmarked) { this.confirmUnmarked = confirmUnmarked; }
}
