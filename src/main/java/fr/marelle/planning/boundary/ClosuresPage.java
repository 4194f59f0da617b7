package fr.marelle.planning.boundary;

import fr.marelle.planning.control.Activities;
import fr.marelle.planning.control.Closures;
import fr.marelle.planning.control.PlanningCalendar;
import fr.marelle.planning.control.PublicHolidays;
import fr.marelle.planning.control.SchoolCalendar;
import fr.marelle.planning.entity.Closure;
import fr.marelle.planning.entity.Site;
import fr.marelle.planning.entity.SiteKind;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Planning staff: sites, closure days, and the calendar (school holidays of the zone, public holidays). */
@Named
@RequestScoped
public class ClosuresPage {

    @Inject
    Closures closures;

    @Inject
    Activities activities;

    @Inject
    PlanningCalendar calendar;

    @Inject
    LanguageSwitch language;

    @Inject
    java.time.Clock clock;

    private String day;
    private Long siteId;
    private String reason;
    private String siteName;
    private SiteKind siteKind = SiteKind.SCHOOL;
    private String siteAddress;

    public List<Closure> getClosures() { return closures.upcoming(); }

    public String remove(long closureId) {
        try {
            Feedback.infoAfterRedirect("planning.closure.removed", closures.remove(closureId));
            return "/staff/closures.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }
    public List<Site> getSites() { return activities.allSites(); }
    public SiteKind[] getSiteKinds() { return SiteKind.values(); }

    public List<SchoolCalendar.Year> getYears() {
        return calendar.load().years().stream().filter(y -> y.zone() == calendar.zone()).toList();
    }

    public List<SchoolCalendar.Holiday> getHolidays() {
        return calendar.load().holidays().stream().filter(h -> h.zone() == calendar.zone()).toList();
    }

    /** This year's and next year's public holidays with their names. */
    public List<String> getPublicHolidays() {
        int year = LocalDate.now(clock).getYear();
        List<String> days = new ArrayList<>();
        for (int y = year; y <= year + 1; y++) {
            for (Map.Entry<LocalDate, String> e : PublicHolidays.of(y).entrySet()) {
                days.add(day(e.getKey()) + " – " + Messages.text(language.getLocale(), e.getValue()));
            }
        }
        return days;
    }

    public String getZone() { return calendar.zone().name(); }

    public String day(LocalDate d) {
        return java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", language.getLocale()).format(d);
    }

    public void add() {
        List<Violation> v = new ArrayList<>();
        LocalDate d = FormInputs.date(day, "closureDay", v);
        try {
            RuleViolationException.throwIfAny(v);
            Closures.Added added = closures.add(d, siteId, reason);
            Feedback.info("planning.closure.added", added.sessionsClosed());
            day = null;
            reason = null;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    public void addSite() {
        try {
            activities.createSite(siteName, siteKind, siteAddress);
            Feedback.info("planning.site.added");
            siteName = null;
            siteAddress = null;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getSiteName() { return siteName; }
    public void setSiteName(String siteName) { this.siteName = siteName; }
    public SiteKind getSiteKind() { return siteKind; }
    public void setSiteKind(SiteKind siteKind) { this.siteKind = siteKind; }
    public String getSiteAddress() { return siteAddress; }
    public void setSiteAddress(String siteAddress) { this.siteAddress = siteAddress; }
}
