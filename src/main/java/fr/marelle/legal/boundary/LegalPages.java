package fr.marelle.legal.boundary;

import fr.marelle.family.control.Phones;
import fr.marelle.legal.control.AccessibilityStatus;
import fr.marelle.legal.control.LegalField;
import fr.marelle.legal.control.LegalInformation;
import fr.marelle.legal.control.LegalSettings;
import fr.marelle.legal.control.RetentionPeriods;
import fr.marelle.platform.boundary.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The legal pages and the footer: each town-specific part as shown to visitors, "à compléter"
 * where the administrator has not set it yet (a blank would hide that something is missing).
 */
@Named("legal")
@RequestScoped
public class LegalPages {

    /** One line of the retention table of the privacy notice. */
    public record RetentionRow(String data, String period, boolean automatic) {
        public String getData() { return data; }
        public String getPeriod() { return period; }
        public boolean isAutomatic() { return automatic; }
    }

    @Inject
    LegalSettings legalSettings;

    @Inject
    RetentionPeriods retentionPeriods;

    @Inject
    fr.marelle.platform.boundary.LanguageSwitch language;

    private LegalInformation information;
    private Map<String, String> shown;

    private LegalInformation information() {
        if (information == null) {
            information = legalSettings.current();
        }
        return information;
    }

    /** Every part by field id, ready to show. */
    public Map<String, String> getShown() {
        if (shown == null) {
            Locale locale = language.getLocale();
            shown = new LinkedHashMap<>();
            for (LegalField field : LegalField.values()) {
                shown.put(field.id(), information().get(field).map(v -> display(field, v, locale))
                        .orElseGet(() -> Feedback.text("legal.toComplete")));
            }
        }
        return shown;
    }

    /** Whether a part is set (e.g. to link an e-mail address only when there is one). */
    public Map<String, Boolean> getSet() {
        Map<String, Boolean> set = new LinkedHashMap<>();
        for (LegalField field : LegalField.values()) {
            set.put(field.id(), information().get(field).isPresent());
        }
        return set;
    }

    static String display(LegalField field, String value, Locale locale) {
        return switch (field.kind()) {
            case PHONE -> Phones.display(value);
            case RATE -> NumberFormat.getNumberInstance(locale).format(new BigDecimal(value)) + " %";
            case DATE -> LocalDate.parse(value).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            default -> value;
        };
    }

    public AccessibilityStatus getAccessibility() {
        return information().accessibility();
    }

    /** "partiellement conforme", as the footer and the statement say it. */
    public String getAccessibilityState() {
        return Feedback.text(getAccessibility().key());
    }

    /** "Accessibilité : partiellement conforme", the footer's link to the statement. */
    public String getFooterAccessibility() {
        return Feedback.text("footer.accessibility", getAccessibilityState());
    }

    /** "The audit carried out on … by … shows that …% of the criteria are met." */
    public String getAuditText() {
        Map<String, String> shown = getShown();
        return Feedback.text("legal.accessibility.auditText", shown.get(LegalField.ACCESSIBILITY_AUDIT_DATE.id()),
                shown.get(LegalField.ACCESSIBILITY_AUDITOR.id()), shown.get(LegalField.ACCESSIBILITY_RATE.id()));
    }

    /** "This statement was drawn up on …", from the audit's date. */
    public String getEstablishedText() {
        return Feedback.text("legal.accessibility.establishedText", getShown().get(LegalField.ACCESSIBILITY_AUDIT_DATE.id()));
    }

    /** The session's idle timeout as the container applies it (web.xml), for the cookies page. */
    public int getSessionMinutes() {
        var context = (jakarta.servlet.ServletContext) jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext().getContext();
        return context.getSessionTimeout();
    }

    public boolean isAudited() {
        return information().auditDate() != null && information().rate() != null;
    }

    public List<RetentionRow> getRetentions() {
        return retentionPeriods.all().stream().map(r -> new RetentionRow(Feedback.text(r.dataKey()),
                Feedback.text(r.periodKey(), r.amount() == null ? 0 : r.amount()), r.automatic())).toList();
    }

    /** For the administrator's home: the names of the required parts still empty. */
    public List<String> getMissing() {
        return information().missing().stream().map(f -> Feedback.text("legal.field." + f.id())).toList();
    }

    public boolean isIncomplete() {
        return !information().complete();
    }
}
