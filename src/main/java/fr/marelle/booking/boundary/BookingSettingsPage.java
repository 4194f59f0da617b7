package fr.marelle.booking.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.booking.control.OverdueBookingRule;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Administrator: whether a family's new bookings are suspended by an overdue invoice, and after how many days. */
@Named
@RequestScoped
public class BookingSettingsPage {

    @Inject
    Acting acting;

    @Inject
    OverdueBookingRule rule;

    private String overdueDays;

    @PostConstruct
    void load() {
        overdueDays = rule.days().map(String::valueOf).orElse("");
    }

    public String save() {
        try {
            String typed = overdueDays == null ? "" : overdueDays.strip();
            if (!typed.isEmpty() && !typed.matches("\\d{1,4}")) {
                throw RuleViolationException.of("overdueDays", "booking.overdue.days", 365);
            }
            rule.set(acting.require().getId(), typed.isEmpty() ? null : Integer.valueOf(typed));
            Feedback.infoAfterRedirect("bookingSettings.saved");
            return "/admin/settings.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String getCurrent() {
        return rule.days().map(d -> Feedback.text("bookingSettings.on", d)).orElse(Feedback.text("bookingSettings.off"));
    }

    public String getOverdueDays() { return overdueDays; }
    public void setOverdueDays(String overdueDays) { this.overdueDays = overdueDays; }
}
