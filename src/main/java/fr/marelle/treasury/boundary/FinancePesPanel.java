package fr.marelle.treasury.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.treasury.control.PesAcknowledgements;
import fr.marelle.treasury.control.PesExports;
import fr.marelle.treasury.entity.PesExport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The PES part of the finance runs page: export a validated run for the public accountant, see each file's
 * answer, and read the accountant's acknowledgement (an XML file, checked by its content, 1 MB at most).
 */
@Named
@RequestScoped
public class FinancePesPanel {

    @Inject
    Acting acting;

    @Inject
    PesExports exports;

    @Inject
    PesAcknowledgements acknowledgements;

    @Inject
    LanguageSwitch language;

    private Long runId;
    private List<PesExports.Report> reports;
    private List<PesExports.LeftOut> leftOut;
    private Part acknowledgement;

    @PostConstruct
    void readRun() {
        String run = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("run");
        if (run != null && run.matches("\\d{1,18}")) {
            runId = Long.valueOf(run);
        }
    }

    public List<PesExports.Report> getReports() {
        if (reports == null) {
            reports = runId == null ? List.of() : exports.ofRun(acting.require().getId(), runId);
        }
        return reports;
    }

    public List<PesExports.LeftOut> getLeftOut() {
        if (leftOut == null) {
            leftOut = runId == null ? List.of() : exports.leftOut(acting.require().getId(), runId);
        }
        return leftOut;
    }

    /** Whether the run has a file the accountant has not rejected (then the download gives it back). */
    public boolean isExported() {
        return getReports().stream().anyMatch(r -> r.export().getStatus() != fr.marelle.treasury.entity.PesExportStatus.REJECTED);
    }

    public String export() {
        try {
            PesExport e = exports.export(acting.require().getId(), runId);
            Feedback.infoAfterRedirect("treasury.pes.exported", e.getBordereau(), e.getExercise(), e.getFileName());
            return "/finance/runs?faces-redirect=true&run=" + runId;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String importAcknowledgement() {
        if (acknowledgement == null || acknowledgement.getSize() == 0) {
            Feedback.refused(RuleViolationException.of("acknowledgement", "treasury.ack.empty"));
            return null;
        }
        if (acknowledgement.getSize() > PesAcknowledgements.MAX_BYTES) {
            Feedback.refused(RuleViolationException.of("acknowledgement", "treasury.ack.tooBig", PesAcknowledgements.MAX_BYTES / 1024));
            return null;
        }
        try (InputStream in = acknowledgement.getInputStream()) {
            var outcomes = acknowledgements.apply(acting.require().getId(), in.readAllBytes());
            for (var o : outcomes) {
                Feedback.infoAfterRedirect("treasury.ack.applied." + o.status().name(), o.bordereau(), o.exercise());
            }
            return "/finance/runs?faces-redirect=true&run=" + (runId != null ? runId : outcomes.get(0).runId());
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        } catch (IOException e) {
            Feedback.refused(RuleViolationException.of("acknowledgement", "treasury.ack.notXml"));
        }
        return null;
    }

    public String money(long cents) {
        return Prices.money(cents, language.getLocale());
    }

    public String time(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(ClockProducer.PARIS).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
    }

    public Long getRunId() { return runId; }
    public Part getAcknowledgement() { return acknowledgement; }
    public void setAcknowledgement(Part acknowledgement) { this.acknowledgement = acknowledgement; }
}
