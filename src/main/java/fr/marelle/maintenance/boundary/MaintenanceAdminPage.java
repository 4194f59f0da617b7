package fr.marelle.maintenance.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.maintenance.control.Announcement;
import fr.marelle.maintenance.control.MaintenanceWindows;
import fr.marelle.platform.control.DisplayFormats;
import fr.marelle.maintenance.entity.MaintenanceWindow;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Administrator: announce a maintenance window, or cancel the one in force. */
@Named
@RequestScoped
public class MaintenanceAdminPage {

    /** What a datetime-local input shows and sends. */
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    Acting acting;

    @Inject
    MaintenanceWindows windows;

    @Inject
    LanguageSwitch language;

    @Inject
    Clock clock;

    private MaintenanceWindow current;
    private String startsAt;
    private String endsAt;
    private String messageFr;
    private String messageEn;
    private String announceDaysBefore = String.valueOf(Announcement.DEFAULT_ANNOUNCE_DAYS);

    @PostConstruct
    void load() {
        current = windows.inForce().filter(w -> w.getEndsAt().toInstant().isAfter(clock.instant())).orElse(null);
        if (current != null) {
            startsAt = input(current.getStartsAt());
            endsAt = input(current.getEndsAt());
            messageFr = current.getMessageFr();
            messageEn = current.getMessageEn();
            announceDaysBefore = String.valueOf(current.getAnnounceDays());
        }
    }

    public String announce() {
        try {
            Integer days = null;
            String typed = announceDaysBefore == null ? "" : announceDaysBefore.strip();
            if (!typed.isEmpty()) {
                if (!typed.matches("\\d{1,3}")) {
                    throw RuleViolationException.of("announceDaysBefore", "maintenance.announceDays.range", 60);
                }
                days = Integer.valueOf(typed);
            }
            windows.announce(acting.require().getId(), new Announcement(startsAt, endsAt, messageFr, messageEn, days));
            Feedback.infoAfterRedirect("maintenance.announced");
            return "/admin/maintenance.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String cancel() {
        windows.cancel(acting.require().getId());
        Feedback.infoAfterRedirect("maintenance.cancelled");
        return "/admin/maintenance.xhtml?faces-redirect=true";
    }

    public boolean isAnnounced() {
        return current != null;
    }

    /** The window in force, in words. */
    public String getCurrentText() {
        return current == null ? Feedback.text("maintenance.admin.none")
                : Feedback.text("maintenance.admin.current", DisplayFormats.longDateTime(current.getStartsAt(), language.getLocale()),
                DisplayFormats.longDateTime(current.getEndsAt(), language.getLocale()), current.getAnnounceDays());
    }

    private static String input(OffsetDateTime instant) {
        return instant.atZoneSameInstant(ClockProducer.PARIS).format(INPUT);
    }

    public String getStartsAt() { return startsAt; }
    public void setStartsAt(String startsAt) { this.startsAt = startsAt; }
    public String getEndsAt() { return endsAt; }
    public void setEndsAt(String endsAt) { this.endsAt = endsAt; }
    public String getMessageFr() { return messageFr; }
    public void setMessageFr(String messageFr) { this.messageFr = messageFr; }
    public String getMessageEn() { return messageEn; }
    public void setMessageEn(String messageEn) { this.messageEn = messageEn; }
    public String getAnnounceDaysBefore() { return announceDaysBefore; }
    public void setAnnounceDaysBefore(String announceDaysBefore) { this.announceDaysBefore = announceDaysBefore; }
}
