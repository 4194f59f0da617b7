package fr.marelle.directdebit.boundary;

import fr.marelle.directdebit.control.DebitRejects;
import fr.marelle.directdebit.control.DebitRuns;
import fr.marelle.directdebit.control.Pain002Reader;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.identity.control.Acting;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finance staff's direct-debit runs: make one for a régie and a due date, review its debits, download its pain.008 and
 * CSV, record that it was sent, read the bank's pain.002 or enter a reject by hand. Only calls the control layer.
 */
@Named
@RequestScoped
public class FinanceDebitRunsPage {

    private static final String SELF = "/finance/direct-debit-runs.xhtml?faces-redirect=true";
    /** The bank's status report is small: a megabyte is far more than a month's rejects. */
    static final int MAX_PAIN002_BYTES = 1024 * 1024;

    @Inject
    Acting acting;

    @Inject
    DebitRuns runs;

    @Inject
    DebitRejects rejects;

    private Long id;
    private String regieCode;
    private String dueOn;
    private Part file;
    private String endToEndId;
    private String reasonCode;
    private List<DebitRuns.Run> all;
    private DebitRuns.Detail detail;

    /**
     * The run's id on a postback, sent by each form in a hidden field: the run's section (and its buttons) must be
     * there when the request is decoded, before the view parameter is applied.
     */
    @PostConstruct
    void runOfThePostback() {
        String given = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (given != null && given.matches("\\d{1,18}")) {
            id = Long.valueOf(given);
        }
    }

    /** View action: the not-found page for an unknown run. */
    public void load() {
        try {
            getDetail();
        } catch (UnknownRecordException e) {
            Feedback.notFound();
        }
    }

    public List<DebitRuns.Run> getRuns() {
        if (all == null) {
            all = runs.all();
        }
        return all;
    }

    public List<DebitRuns.RegieChoice> getRegies() {
        return runs.regies();
    }

    /** The run named by the page's parameter, or null. */
    public DebitRuns.Detail getDetail() {
        if (detail == null && id != null) {
            detail = runs.get(id);
        }
        return detail;
    }

    /** Debits the bank may still reject: sent, not rejected yet. */
    public List<DebitRuns.Debit> getRejectable() {
        DebitRuns.Detail d = getDetail();
        return d == null || "DRAFT".equals(d.run().status()) ? List.of()
                : d.debits().stream().filter(x -> "PENDING".equals(x.status()) || "PAID".equals(x.status())).toList();
    }

    /** The reason codes finance staff pick from, each with its label. */
    public List<String> getReasonCodes() {
        return DebitRejects.KNOWN_CODES;
    }

    /** The first TARGET business day a new run may be due on. */
    public LocalDate getEarliestDueOn() {
        return runs.earliestDueOn();
    }

    public String create() {
        try {
            List<Violation> v = new ArrayList<>();
            LocalDate day = null;
            if (dueOn != null && !dueOn.isBlank()) {
                try {
                    day = LocalDate.parse(dueOn.strip());
                } catch (DateTimeParseException e) {
                    v.add(Violation.of("dueOn", "date.invalid"));
                }
            }
            RuleViolationException.throwIfAny(v);
            DebitRuns.Run run = runs.create(acting.require().getId(), regieCode, day);
            Feedback.infoAfterRedirect("debitRuns.created", run.debits());
            return SELF + "&id=" + run.id();
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String send() {
        try {
            runs.send(acting.require().getId(), id == null ? -1 : id);
            Feedback.infoAfterRedirect("debitRuns.sent");
            return SELF + "&id=" + id;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    /** The bank's pain.002: checked by its content (a payment status report in XML), 1 MB at most. */
    public String importPain002() {
        try {
            byte[] content = new byte[0];
            if (file != null && file.getSize() > 0) {
                try (InputStream in = file.getInputStream()) {
                    content = in.readNBytes(MAX_PAIN002_BYTES + 1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (content.length == 0) {
                throw RuleViolationException.of("file", "debitRuns.pain002.required");
            }
            if (content.length > MAX_PAIN002_BYTES) {
                throw RuleViolationException.of("file", "directDebit.reject.tooLarge");
            }
            return rejected(rejects.apply(acting.require().getId(), id == null ? -1 : id, Pain002Reader.rejects(content)));
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String rejectByHand() {
        try {
            List<Violation> v = new ArrayList<>();
            if (endToEndId == null || endToEndId.isBlank()) {
                v.add(Violation.of("endToEndId", "debitRuns.reject.pickDebit"));
            }
            if (reasonCode == null || !DebitRejects.KNOWN_CODES.contains(reasonCode)) {
                v.add(Violation.of("reasonCode", "debitRuns.reject.pickReason"));
            }
            RuleViolationException.throwIfAny(v);
            return rejected(rejects.apply(acting.require().getId(), id == null ? -1 : id,
                    List.of(new DebitRejects.Reject(endToEndId, reasonCode))));
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    private String rejected(List<DebitRejects.Outcome> outcomes) {
        long changed = outcomes.stream().filter(DebitRejects.Outcome::changed).count();
        long suspended = outcomes.stream().filter(DebitRejects.Outcome::mandateSuspended).count();
        Feedback.infoAfterRedirect("debitRuns.rejected", changed, suspended);
        return SELF + "&id=" + id;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getRegieCode() { return regieCode; }
    public void setRegieCode(String regieCode) { this.regieCode = regieCode; }
    public String getDueOn() { return dueOn; }
    public void setDueOn(String dueOn) { this.dueOn = dueOn; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getEndToEndId() { return endToEndId; }
    public void setEndToEndId(String endToEndId) { this.endToEndId = endToEndId; }
    public String getReasonCode() { return reasonCode; }
    public void setReasonCode(String reasonCode) { this.reasonCode = reasonCode; }
}
