package fr.marelle.planning.boundary;

import fr.marelle.planning.control.Activities;
import fr.marelle.planning.control.BookingDeadlines;
import fr.marelle.planning.control.PlanningCalendar;
import fr.marelle.planning.control.PriceGrids;
import fr.marelle.planning.control.Prices;
import fr.marelle.planning.control.SessionPlanner;
import fr.marelle.planning.control.Sessions;
import fr.marelle.planning.entity.Activity;
import fr.marelle.planning.entity.DeadlineRule;
import fr.marelle.planning.entity.DeadlineKind;
import fr.marelle.planning.entity.BookingWindow;
import fr.marelle.planning.entity.PriceBand;
import fr.marelle.planning.entity.PriceGrid;
import fr.marelle.planning.entity.Session;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Planning staff: one activity — its booking rules, whether it is offered, its sessions (generate;
 * change the capacity of, close, reopen or cancel one) and its price grids (add; remove one not yet
 * in force).
 */
@Named
@RequestScoped
public class ActivityPage {

    @Inject
    Activities activities;

    @Inject
    Sessions sessions;

    @Inject
    PriceGrids priceGrids;

    @Inject
    PlanningCalendar calendar;

    @Inject
    LanguageSwitch language;

    @Inject
    java.time.Clock clock;

    private Long id;
    private Activity activity;
    private SessionPlanner.Pattern pattern = SessionPlanner.Pattern.SCHOOL_DAYS;
    private String from;
    private String to;
    private List<String> weekdays = new ArrayList<>();
    private String dates;
    private String capacity;
    private String listFrom;
    private String cancelReason;
    private List<String> skipped;
    private String pricesFrom;
    private String siblingPct;
    private String unexcused;
    private String unbooked;
    private String opensAt;
    private String closesAt;
    private DeadlineKind bookKind;
    private String bookAmount;
    private String bookTime;
    private DeadlineKind cancelKind;
    private String cancelAmount;
    private String cancelTime;
    private final java.util.Map<Long, String> capacities = new java.util.HashMap<>();
    private List<GroupRow> groupRows;
    private final List<ActivitiesPage.BandRow> bands = List.of(new ActivitiesPage.BandRow(), new ActivitiesPage.BandRow(),
            new ActivitiesPage.BandRow(), new ActivitiesPage.BandRow());

    /**
     * On a postback the view parameter reaches the bean only after the forms were decoded, so the
     * forms carry the id as a plain request parameter, read here.
     */
    public Activity getActivity() {
        if (id == null) {
            String param = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().get("id");
            if (param != null && param.matches("\\d{1,18}")) {
                id = Long.valueOf(param);
            }
        }
        if (activity == null && id != null) {
            activity = activities.byId(id).orElse(null);
        }
        return activity;
    }

    public String rule(DeadlineRule rule) {
        return BookingDeadlines.describe(rule, language.getLocale());
    }

    public String window() {
        var w = getActivity().window();
        if (w.opensAt() == null && w.closesAt() == null) {
            return Messages.text(language.getLocale(), "planning.window.always");
        }
        return (w.opensAt() == null ? "…" : BookingDeadlines.format(w.opensAt().atZone(BookingDeadlines.ZONE), language.getLocale()))
                + " → " + (w.closesAt() == null ? "…" : BookingDeadlines.format(w.closesAt().atZone(BookingDeadlines.ZONE), language.getLocale()));
    }

    public LocalDate getListStart() {
        if (listFrom == null) {
            // on a postback the rows must be those the agent saw, before the field reaches the bean
            listFrom = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().get("listFrom");
        }
        List<Violation> ignored = new ArrayList<>();
        LocalDate d = FormInputs.date(listFrom, "listFrom", ignored);
        return d == null ? LocalDate.now(clock) : d;
    }

    public List<Session> getSessions() {
        return getActivity() == null ? List.of() : sessions.of(id, getListStart(), getListStart().plusDays(30));
    }

    public List<PriceGrid> getGrids() {
        return getActivity() == null ? List.of() : priceGrids.of(id);
    }

    public String money(int cents) {
        return Prices.money(cents, language.getLocale());
    }

    public String day(LocalDate day) {
        return java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", language.getLocale()).format(day);
    }

    public void generate() {
        List<Violation> v = new ArrayList<>();
        LocalDate f = FormInputs.date(from, "from", v);
        LocalDate t = FormInputs.date(to, "to", v);
        List<LocalDate> list = new ArrayList<>();
        if (!FormInputs.blank(dates)) {
            for (String d : dates.split("[,;\\s]+")) {
                LocalDate parsed = FormInputs.date(d, "dates", v);
                if (parsed != null) {
                    list.add(parsed);
                }
            }
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        weekdays.forEach(w -> days.add(DayOfWeek.valueOf(w)));
        Integer cap = FormInputs.integer(capacity, "capacity", v);
        try {
            RuleViolationException.throwIfAny(v);
            Sessions.Generated g = sessions.generate(id, new SessionPlanner.Request(pattern, f, t, days, list, null, null, cap));
            skipped = g.skipped().stream().map(s -> day(s.day()) + " : " + Messages.text(language.getLocale(), s.reasonKey(),
                    s.detail().startsWith("holiday.") ? Messages.text(language.getLocale(), s.detail()) : s.detail())).toList();
            Feedback.info("planning.generate.done", g.created(), g.skipped().size());
            if (f != null) {
                listFrom = f.toString();
            }
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    /** Saves the booking window and the two deadlines. */
    public void saveRules() {
        List<Violation> v = new ArrayList<>();
        var opens = FormInputs.dateTime(getOpensAt(), "opensAt", v);
        var closes = FormInputs.dateTime(getClosesAt(), "closesAt", v);
        var window = new BookingWindow(opens == null ? null : opens.atZone(BookingDeadlines.ZONE).toInstant(),
                closes == null ? null : closes.atZone(BookingDeadlines.ZONE).toInstant());
        var book = ActivitiesPage.deadline(getBookKind(), getBookAmount(), getBookTime(), "book", v);
        var cancel = ActivitiesPage.deadline(getCancelKind(), getCancelAmount(), getCancelTime(), "cancel", v);
        try {
            RuleViolationException.throwIfAny(v);
            activity = activities.changeRules(getActivity().getId(), window, book, cancel);
            Feedback.info("planning.rules.saved");
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    /** One line of the places-per-age-group form. */
    public static class GroupRow {
        private String label;
        private String minAge;
        private String maxAge;
        private String places;

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getMinAge() { return minAge; }
        public void setMinAge(String minAge) { this.minAge = minAge; }
        public String getMaxAge() { return maxAge; }
        public void setMaxAge(String maxAge) { this.maxAge = maxAge; }
        public String getPlaces() { return places; }
        public void setPlaces(String places) { this.places = places; }

        boolean isBlank() {
            return FormInputs.blank(label) && FormInputs.blank(minAge) && FormInputs.blank(maxAge) && FormInputs.blank(places);
        }
    }

    /** The activity's age groups, then empty lines up to four. */
    public List<GroupRow> getGroupRows() {
        if (groupRows == null) {
            groupRows = new ArrayList<>();
            if (getActivity() != null) {
                getActivity().getAgeGroups().forEach(g -> {
                    GroupRow row = new GroupRow();
                    row.setLabel(g.getLabel());
                    row.setMinAge(String.valueOf(g.getMinAge()));
                    row.setMaxAge(String.valueOf(g.getMaxAge()));
                    row.setPlaces(String.valueOf(g.getPlaces()));
                    groupRows.add(row);
                });
            }
            while (groupRows.size() < 4) {
                groupRows.add(new GroupRow());
            }
        }
        return groupRows;
    }

    public void saveAgeGroups() {
        List<Violation> v = new ArrayList<>();
        List<fr.marelle.planning.entity.AgeGroup> groups = new ArrayList<>();
        for (int i = 0; i < getGroupRows().size(); i++) {
            GroupRow row = getGroupRows().get(i);
            if (row.isBlank()) {
                continue;
            }
            Integer min = FormInputs.integer(row.getMinAge(), "groupMin" + i, v);
            Integer max = FormInputs.integer(row.getMaxAge(), "groupMax" + i, v);
            Integer places = FormInputs.integer(row.getPlaces(), "groupPlaces" + i, v);
            groups.add(new fr.marelle.planning.entity.AgeGroup(row.getLabel(), min == null ? -1 : min,
                    max == null ? -1 : max, places == null ? 0 : places));
        }
        try {
            RuleViolationException.throwIfAny(v);
            activity = activities.changeAgeGroups(getActivity().getId(), groups);
            Feedback.info("planning.ageGroups.saved");
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    public void setActive(boolean active) {
        try {
            activity = activities.setActive(getActivity().getId(), active);
            Feedback.info(active ? "planning.activity.activated" : "planning.activity.deactivated");
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    public void changeCapacity(long sessionId) {
        List<Violation> v = new ArrayList<>();
        Integer value = FormInputs.integer(capacities.get(sessionId), "reason", v);
        try {
            RuleViolationException.throwIfAny(v);
            if (value == null) {
                throw RuleViolationException.of("reason", "planning.session.capacityRequired");
            }
            sessions.changeCapacity(sessionId, value);
            Feedback.info("planning.session.capacityChanged");
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    public void close(long sessionId) {
        try {
            sessions.close(sessionId, FormInputs.blank(cancelReason) ? null : cancelReason.strip());
            Feedback.info("planning.session.closed");
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    public void reopen(long sessionId) {
        try {
            sessions.reopen(sessionId);
            Feedback.info("planning.session.reopened");
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    public void removeGrid(long gridId) {
        try {
            priceGrids.remove(gridId);
            Feedback.info("planning.prices.removed");
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    /** Only grids not yet in force can be removed. */
    public boolean removable(PriceGrid grid) {
        return grid.getValidFrom().isAfter(LocalDate.now(clock));
    }

    public void cancel(long sessionId) {
        try {
            sessions.cancel(sessionId, cancelReason);
            Feedback.info("planning.session.cancelled");
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    public void addPrices() {
        List<Violation> v = new ArrayList<>();
        List<PriceBand> rows = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            ActivitiesPage.BandRow b = bands.get(i);
            if (FormInputs.blank(b.getFrom()) && FormInputs.blank(b.getResident())) {
                continue;
            }
            Integer bf = FormInputs.integer(b.getFrom(), "gridFrom" + i, v);
            Integer bt = FormInputs.integer(b.getTo(), "gridTo" + i, v);
            Integer r = FormInputs.cents(b.getResident(), "gridResident" + i, v);
            Integer n = FormInputs.cents(b.getNonResident(), "gridNonResident" + i, v);
            rows.add(new PriceBand(bf == null ? -1 : bf, bt, r == null ? 0 : r, n == null ? 0 : n));
        }
        Integer pct = FormInputs.integer(siblingPct, "gridSiblingPct", v);
        var grid = new PriceGrids.GridForm(FormInputs.date(pricesFrom, "gridValidFrom", v), null, pct == null ? 0 : pct,
                FormInputs.cents(unexcused, "gridUnexcused", v), FormInputs.cents(unbooked, "gridUnbooked", v), rows);
        try {
            RuleViolationException.throwIfAny(v);
            priceGrids.add(id, grid);
            Feedback.info("planning.prices.added");
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    public SessionPlanner.Pattern[] getPatterns() { return SessionPlanner.Pattern.values(); }

    public DeadlineKind[] getKinds() { return DeadlineKind.values(); }

    // the rules form shows the activity's current rules until the agent changes them
    private static final java.time.format.DateTimeFormatter LOCAL = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public String getOpensAt() {
        return opensAt != null || getActivity() == null || getActivity().window().opensAt() == null ? opensAt
                : LOCAL.format(getActivity().window().opensAt().atZone(BookingDeadlines.ZONE));
    }
    public void setOpensAt(String opensAt) { this.opensAt = opensAt; }
    public String getClosesAt() {
        return closesAt != null || getActivity() == null || getActivity().window().closesAt() == null ? closesAt
                : LOCAL.format(getActivity().window().closesAt().atZone(BookingDeadlines.ZONE));
    }
    public void setClosesAt(String closesAt) { this.closesAt = closesAt; }
    public DeadlineKind getBookKind() { return bookKind != null || getActivity() == null ? bookKind : getActivity().bookDeadline().kind(); }
    public void setBookKind(DeadlineKind bookKind) { this.bookKind = bookKind; }
    public String getBookAmount() { return bookAmount != null || getActivity() == null ? bookAmount : String.valueOf(getActivity().bookDeadline().amount()); }
    public void setBookAmount(String bookAmount) { this.bookAmount = bookAmount; }
    public String getBookTime() { return bookTime != null || getActivity() == null ? bookTime : time(getActivity().bookDeadline().time()); }
    public void setBookTime(String bookTime) { this.bookTime = bookTime; }
    public DeadlineKind getCancelKind() { return cancelKind != null || getActivity() == null ? cancelKind : getActivity().cancelDeadline().kind(); }
    public void setCancelKind(DeadlineKind cancelKind) { this.cancelKind = cancelKind; }
    public String getCancelAmount() { return cancelAmount != null || getActivity() == null ? cancelAmount : String.valueOf(getActivity().cancelDeadline().amount()); }
    public void setCancelAmount(String cancelAmount) { this.cancelAmount = cancelAmount; }
    public String getCancelTime() { return cancelTime != null || getActivity() == null ? cancelTime : time(getActivity().cancelDeadline().time()); }
    public void setCancelTime(String cancelTime) { this.cancelTime = cancelTime; }
    public java.util.Map<Long, String> getCapacities() { return capacities; }

    private static String time(java.time.LocalTime time) {
        return time == null ? "" : time.toString();
    }

    public List<DayOfWeek> getAllWeekdays() {
        return List.of(DayOfWeek.values());
    }

    public String weekday(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, language.getLocale());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public SessionPlanner.Pattern getPattern() { return pattern; }
    public void setPattern(SessionPlanner.Pattern pattern) { this.pattern = pattern; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public List<String> getWeekdays() { return weekdays; }
    public void setWeekdays(List<String> weekdays) { this.weekdays = weekdays; }
    public String getDates() { return dates; }
    public void setDates(String dates) { this.dates = dates; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String capacity) { this.capacity = capacity; }
    public String getListFrom() { return listFrom; }
    public void setListFrom(String listFrom) { this.listFrom = listFrom; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public List<String> getSkipped() { return skipped; }
    public String getPricesFrom() { return pricesFrom; }
    public void setPricesFrom(String pricesFrom) { this.pricesFrom = pricesFrom; }
    public String getSiblingPct() { return siblingPct; }
    public void setSiblingPct(String siblingPct) { this.siblingPct = siblingPct; }
    public String getUnexcused() { return unexcused; }
    public void setUnexcused(String unexcused) { this.unexcused = unexcused; }
    public String getUnbooked() { return unbooked; }
    public void setUnbooked(String unbooked) { this.unbooked = unbooked; }
    public List<ActivitiesPage.BandRow> getBands() { return bands; }
    public String getZone() { return calendar.zone().name(); }
}
