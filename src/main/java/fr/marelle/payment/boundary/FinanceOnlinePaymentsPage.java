package fr.marelle.payment.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.payment.control.OnlinePaymentDesk;
import fr.marelle.payment.control.OnlinePayments;
import fr.marelle.payment.control.Reconciliation;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Finance staff's online payments page: alerts to close, the attempts of a day, and the
 * reconciliation of that day with the provider (asked live or from its statement file).
 */
@Named
@RequestScoped
public class FinanceOnlinePaymentsPage {

    private static final long MAX_STATEMENT_BYTES = 5L * 1024 * 1024;

    @Inject
    Acting acting;

    @Inject
    OnlinePaymentDesk desk;

    @Inject
    LanguageSwitch language;

    @Inject
    Clock clock;

    private LocalDate day;
    private List<OnlinePaymentDesk.AttemptRow> attempts;
    private List<OnlinePaymentDesk.Alert> alerts;
    private Reconciliation.Report report;
    private Part statement;
    private String note;

    public LocalDate getDay() {
        if (day == null) {
            day = LocalDate.now(clock.withZone(ClockProducer.PARIS));
        }
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public List<OnlinePaymentDesk.AttemptRow> getAttempts() {
        if (attempts == null) {
            attempts = desk.attemptsOf(acting.require().getId(), getDay());
        }
        return attempts;
    }

    public List<OnlinePaymentDesk.Alert> getAlerts() {
        if (alerts == null) {
            alerts = desk.openAlerts(acting.require().getId());
        }
        return alerts;
    }

    public Reconciliation.Report getReport() {
        return report;
    }

    /** Compares the day's attempts with what the provider says now. */
    public void reconcile() {
        try {
            report = desk.live(acting.require().getId(), getDay());
        } catch (OnlinePayments.ProviderUnavailableException e) {
            Feedback.error("payment.online.providerUnavailable");
        }
    }

    /** Compares the provider's statement file of the day with the portal. */
    public void importStatement() {
        if (statement == null || statement.getSize() == 0) {
            Feedback.refused(RuleViolationException.of("statement", "reconciliation.statement.empty"));
            return;
        }
        if (statement.getSize() > MAX_STATEMENT_BYTES) {
            Feedback.refused(RuleViolationException.of("statement", "reconciliation.statement.tooBig"));
            return;
        }
        try (InputStream in = statement.getInputStream()) {
            report = desk.statement(acting.require().getId(), getDay(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        } catch (IOException e) {
            Feedback.refused(RuleViolationException.of("statement", "reconciliation.statement.unreadable"));
        }
    }

    /** Asks the provider again about one attempt (a mismatch "paid at the provider only" settles this way). */
    public void recheck(long attemptId) {
        var attempt = desk.recheck(acting.require().getId(), attemptId);
        Feedback.info("reconciliation.rechecked", attempt.getReference(), Feedback.text("financeOnline.status." + attempt.getStatus()));
        attempts = null;
        report = null;
    }

    public void closeAlert(long alertId) {
        try {
            desk.closeAlert(acting.require().getId(), alertId, note);
            alerts = null;
            Feedback.info("reconciliation.alert.closed");
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    public String money(Long cents) {
        return cents == null ? "–" : Prices.money(cents, language.getLocale());
    }

    public String time(OffsetDateTime at) {
        return fr.marelle.platform.control.DisplayFormats.dateTime(at, language.getLocale());
    }

    /** PayFiP's answer code in words ("P5" → "pas encore de résultat"), the code kept for talking to the DGFiP. */
    public String providerCode(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String key = "payfip.code." + code;
        String words = fr.marelle.platform.control.Messages.text(language.getLocale(), key);
        return " (" + (key.equals(words) ? code : words + " – " + code) + ")";
    }

    public Part getStatement() { return statement; }
    public void setStatement(Part statement) { this.statement = statement; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
