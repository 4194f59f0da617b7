package fr.marelle.privacy.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Role;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.privacy.control.RetentionJob;
import fr.marelle.privacy.control.RetentionPolicy;
import fr.marelle.privacy.control.RetentionSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** Administrator: the retention periods, holding deletions, the job's latest runs and a run now. */
@Named
@RequestScoped
public class RetentionAdminPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    Acting acting;

    @Inject
    RetentionSettings settings;

    @Inject
    RetentionJob job;

    private String requestsDays;
    private String accountsMonths;
    private String mailsMonths;
    private String logsMonths;
    private String invoicesYears;
    private boolean held;
    private List<RetentionJob.Report> runs;

    @PostConstruct
    void load() {
        RetentionPolicy p = settings.current();
        requestsDays = String.valueOf(p.requestsDays());
        accountsMonths = String.valueOf(p.accountsMonths());
        mailsMonths = String.valueOf(p.mailsMonths());
        logsMonths = String.valueOf(p.logsMonths());
        invoicesYears = String.valueOf(p.invoicesYears());
        held = p.held();
        runs = job.latest(10);
    }

    public String save() {
        acting.requireRole(Role.ADMIN);
        try {
            settings.change(new RetentionPolicy(number("requestsDays", requestsDays), number("accountsMonths", accountsMonths),
                    number("mailsMonths", mailsMonths), number("logsMonths", logsMonths),
                    number("invoicesYears", invoicesYears), held));
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
        Feedback.infoAfterRedirect("retention.saved");
        return "/admin/retention.xhtml?faces-redirect=true";
    }

    public String runNow() {
        RetentionJob.Report r = job.run(acting.requireRole(Role.ADMIN).getId());
        Feedback.infoAfterRedirect(r.held() ? "retention.ranHeld" : "retention.ran");
        return "/admin/retention.xhtml?faces-redirect=true";
    }

    public String when(RetentionJob.Report report) {
        return report.startedAt().atZoneSameInstant(ClockProducer.PARIS).format(WHEN);
    }

    private static int number(String field, String typed) {
        String value = typed == null ? "" : typed.strip();
        if (!value.matches("\\d{1,4}")) {
            throw RuleViolationException.of(field, "retention.number");
        }
        return Integer.parseInt(value);
    }

    public String getRequestsDays() { return requestsDays; }
    public void setRequestsDays(String v) { requestsDays = v; }
    public String getAccountsMonths() { return accountsMonths; }
    public void setAccountsMonths(String v) { accountsMonths = v; }
    public String getMailsMonths() { return mailsMonths; }
    public void setMailsMonths(String v) { mailsMonths = v; }
    public String getLogsMonths() { return logsMonths; }
    public void setLogsMonths(String v) { logsMonths = v; }
    public String getInvoicesYears() { return invoicesYears; }
    public void setInvoicesYears(String v) { invoicesYears = v; }
    public boolean isHeld() { return held; }
    public void setHeld(boolean v) { held = v; }
    public List<RetentionJob.Report> getRuns() { return runs; }
}
