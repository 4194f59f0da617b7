package fr.marelle.planning.boundary;

import fr.marelle.planning.control.Activities;
import fr.marelle.planning.control.ActivityForm;
import fr.marelle.planning.control.BookingDeadlines;
import fr.marelle.planning.control.PriceGrids;
import fr.marelle.planning.entity.Activity;
import fr.marelle.planning.entity.ActivityType;
import fr.marelle.planning.entity.BookingWindow;
import fr.marelle.planning.entity.DeadlineKind;
import fr.marelle.planning.entity.DeadlineRule;
import fr.marelle.planning.entity.PriceBand;
import fr.marelle.planning.entity.Regie;
import fr.marelle.planning.entity.SchoolLevel;
import fr.marelle.planning.entity.Site;
import fr.marelle.planning.control.Sites;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Planning staff: the activities, and a new activity with its eligibility, booking rules and first price grid. */
@Named
@RequestScoped
public class ActivitiesPage {

    /** One row of the price grid form. */
    public static class BandRow {
        private String from;
        private String to;
        private String resident;
        private String nonResident;

        public String getFrom() { return from; }
        public void setFrom(String from) { this.from = from; }
        public String getTo() { return to; }
        public void setTo(String to) { this.to = to; }
        public String getResident() { return resident; }
        public void setResident(String resident) { this.resident = resident; }
        public String getNonResident() { return nonResident; }
        public void setNonResident(String nonResident) { this.nonResident = nonResident; }
    }

    @Inject
    Activities activities;

    @Inject
    PriceGrids priceGrids;

    @Inject
    Sites sites;

    @Inject
    LanguageSwitch language;

    private List<Activity> list;
    private String name;
    private ActivityType type;
    private Long siteId;
    private String regieCode;
    private String minAge;
    private String maxAge;
    private List<String> levelCodes = new ArrayList<>();
    private boolean residentsOnly;
    private boolean registrationRequired;
    private boolean waitingList;
    private String startTime;
    private String endTime;
    private String capacity;
    private String opensAt;
    private String closesAt;
    private DeadlineKind bookKind = DeadlineKind.CALENDAR_DAYS;
    private String bookAmount;
    private String bookTime;
    private DeadlineKind cancelKind = DeadlineKind.WORKING_DAYS;
    private String cancelAmount;
    private String cancelTime;
    private String pricesFrom;
    private String siblingPct;
    private final List<BandRow> bands = List.of(new BandRow(), new BandRow(), new BandRow(), new BandRow());

    public List<Activity> getList() {
        if (list == null) {
            list = activities.all();
        }
        return list;
    }

    public String rule(DeadlineRule rule) {
        return BookingDeadlines.describe(rule, language.getLocale());
    }

    /** Creates the activity and its first price grid in one transaction, then opens the activity's page. */
    public String create() {
        try {
            List<Violation> v = new ArrayList<>();
            ActivityForm form = new ActivityForm(name, type, siteId, regieCode, FormInputs.integer(minAge, "minAge", v),
                    FormInputs.integer(maxAge, "maxAge", v), new TreeSet<>(levelCodes), residentsOnly, registrationRequired, waitingList,
                    FormInputs.time(startTime, "startTime", v), FormInputs.time(endTime, "endTime", v),
                    FormInputs.integer(capacity, "defaultCapacity", v), window(v),
                    deadline(bookKind, bookAmount, bookTime, "book", v), deadline(cancelKind, cancelAmount, cancelTime, "cancel", v));
            PriceGrids.GridForm grid = grid(v);
            RuleViolationException.throwIfAny(v);
            Activity created = activities.create(form, grid);
            Feedback.infoAfterRedirect("planning.activity.created", created.getName());
            return "/staff/activity.xhtml?faces-redirect=true&id=" + created.getId();
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    private BookingWindow window(List<Violation> v) {
        var opens = FormInputs.dateTime(opensAt, "opensAt", v);
        var closes = FormInputs.dateTime(closesAt, "closesAt", v);
        return new BookingWindow(opens == null ? null : opens.atZone(BookingDeadlines.ZONE).toInstant(),
                closes == null ? null : closes.atZone(BookingDeadlines.ZONE).toInstant());
    }

    static DeadlineRule deadline(DeadlineKind kind, String amount, String time, String field, List<Violation> v) {
        Integer n = FormInputs.integer(amount, field + "Amount", v);
        return new DeadlineRule(kind, n == null ? 0 : n, FormInputs.time(time, field + "Time", v));
    }

    private PriceGrids.GridForm grid(List<Violation> v) {
        List<PriceBand> rows = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            BandRow b = bands.get(i);
            if (FormInputs.blank(b.from) && FormInputs.blank(b.resident) && FormInputs.blank(b.nonResident)) {
                continue;
            }
            Integer from = FormInputs.integer(b.from, "bandFrom" + i, v);
            Integer to = FormInputs.integer(b.to, "bandTo" + i, v);
            Integer resident = FormInputs.cents(b.resident, "bandResident" + i, v);
            Integer nonResident = FormInputs.cents(b.nonResident, "bandNonResident" + i, v);
            rows.add(new PriceBand(from == null ? -1 : from, to, resident == null ? 0 : resident,
                    nonResident == null ? 0 : nonResident));
        }
        if (rows.isEmpty() && FormInputs.blank(pricesFrom)) {
            return null;
        }
        Integer pct = FormInputs.integer(siblingPct, "siblingReductionPct", v);
        return new PriceGrids.GridForm(FormInputs.date(pricesFrom, "validFrom", v), null, pct == null ? 0 : pct, null, null, rows);
    }

    public List<Site> getSites() { return activities.allSites(); }
    public List<Regie> getRegies() { return activities.regies(); }
    public List<SchoolLevel> getLevels() { return sites.levels(); }
    public ActivityType[] getTypes() { return ActivityType.values(); }
    public DeadlineKind[] getKinds() { return DeadlineKind.values(); }
    public List<BandRow> getBands() { return bands; }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ActivityType getType() { return type; }
    public void setType(ActivityType type) { this.type = type; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public String getRegieCode() { return regieCode; }
    public void setRegieCode(String regieCode) { this.regieCode = regieCode; }
    public String getMinAge() { return minAge; }
    public void setMinAge(String minAge) { this.minAge = minAge; }
    public String getMaxAge() { return maxAge; }
    public void setMaxAge(String maxAge) { this.maxAge = maxAge; }
    public List<String> getLevelCodes() { return levelCodes; }
    public void setLevelCodes(List<String> levelCodes) { this.levelCodes = levelCodes; }
    public boolean isResidentsOnly() { return residentsOnly; }
    public void setResidentsOnly(boolean residentsOnly) { this.residentsOnly = residentsOnly; }
    public boolean isRegistrationRequired() { return registrationRequired; }
    public void setRegistrationRequired(boolean registrationRequired) { this.registrationRequired = registrationRequired; }
    public boolean isWaitingList() { return waitingList; }
    public void setWaitingList(boolean waitingList) { this.waitingList = waitingList; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String startTime) { this.startTime = startTime; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String endTime) { this.endTime = endTime; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String capacity) { this.capacity = capacity; }
    public String getOpensAt() { return opensAt; }
    public void setOpensAt(String opensAt) { this.opensAt = opensAt; }
    public String getClosesAt() { return closesAt; }
    public void setClosesAt(String closesAt) { this.closesAt = closesAt; }
    public DeadlineKind getBookKind() { return bookKind; }
    public void setBookKind(DeadlineKind bookKind) { this.bookKind = bookKind; }
    public String getBookAmount() { return bookAmount; }
    public void setBookAmount(String bookAmount) { this.bookAmount = bookAmount; }
    public String getBookTime() { return bookTime; }
    public void setBookTime(String bookTime) { this.bookTime = bookTime; }
    public DeadlineKind getCancelKind() { return cancelKind; }
    public void setCancelKind(DeadlineKind cancelKind) { this.cancelKind = cancelKind; }
    public String getCancelAmount() { return cancelAmount; }
    public void setCancelAmount(String cancelAmount) { this.cancelAmount = cancelAmount; }
    public String getCancelTime() { return cancelTime; }
    public void setCancelTime(String cancelTime) { this.cancelTime = cancelTime; }
    public String getPricesFrom() { return pricesFrom; }
    public void setPricesFrom(String pricesFrom) { this.pricesFrom = pricesFrom; }
    public String getSiblingPct() { return siblingPct; }
    public void setSiblingPct(String siblingPct) { this.siblingPct = siblingPct; }
}
