package fr.marelle.audit.boundary;

import fr.marelle.audit.control.AuditQuery;
import fr.marelle.audit.control.AuditTrail;
import fr.marelle.audit.entity.AuditEntry;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.boundary.LazyList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The administrator's search in the audit trail (GET parameters, so a search can be bookmarked), read
 * page by page from the database; view-scoped so that the paginator's requests keep the search.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @Inject
    AuditTrail audit;

    @Inject
    LanguageSwitch language;

    private String actor;
    private String action;
    private String objectType;
    private String objectId;
    private LocalDate from;
    private LocalDate to;
    private LazyList<AuditEntry> entries;

    /** The entries that match the search, one page at a time. */
    public LazyList<AuditEntry> getEntries() {
        if (entries == null) {
            AuditQuery query = query();
            entries = LazyList.of(() -> audit.count(query), page -> audit.search(query, page), AuditEntry::id);
        }
        return entries;
    }

    private AuditQuery query() {
        return new AuditQuery(blankToNull(actor), blankToNull(action), blankToNull(objectType), blankToNull(objectId),
                from == null ? null : from.atStartOfDay(ClockProducer.PARIS).toOffsetDateTime(),
                to == null ? null : to.plusDays(1).atStartOfDay(ClockProducer.PARIS).toOffsetDateTime());
    }

    public List<String> getActions() {
        return audit.actions();
    }

    public String shown(AuditEntry entry) {
        return entry.at().atZoneSameInstant(ClockProducer.PARIS).format(SHOWN);
    }

    /** "Réservation annulée" for BOOKING_CANCELLED; an action nobody labelled yet is shown as its code. */
    public String label(String action) {
        String key = "audit.action." + action;
        String text = Messages.text(language.getLocale(), key);
        return key.equals(text) ? action : text;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getObjectType() { return objectType; }
    public void setObjectType(String objectType) { this.objectType = objectType; }
    public String getObjectId() { return objectId; }
    public void setObjectId(String objectId) { this.objectId = objectId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
