package fr.marelle.booking.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.booking.control.Bookings;
import fr.marelle.booking.control.ChildCalendar;
import fr.marelle.booking.control.WaitingLists;
import fr.marelle.family.control.Children;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Child;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.planning.control.BookingDeadlines;
import fr.marelle.planning.control.Prices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The booking calendar of a child, a week (as a list of days, for phones) or a month (as a grid)
 * at a time, to book or cancel several sessions at once; the result of each is listed with its
 * reason. Parents see their own household; planning staff open it at the counter for the
 * household they name, and may give a written reason to override a deadline or the capacity.
 */
@Named
@ViewScoped
public class BookingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One day of the calendar and its sessions; {@code inPeriod} is false for the days of a month grid's edges. */
    public record Day(LocalDate date, List<ChildCalendar.Entry> entries, boolean inPeriod) implements Serializable {
    }

    /** One line of the result of an action. */
    public record Line(String what, String result, boolean ok) implements Serializable {
    }

    @Inject
    Acting acting;

    @Inject
    HouseholdAccess access;

    @Inject
    Children children;

    @Inject
    ChildCalendar calendar;

    @Inject
    Bookings bookings;

    @Inject
    LanguageSwitch language;

    @Inject
    WaitingLists waitingLists;

    @Inject
    Clock clock;

    private Long childId;
    private String from;
    private String view;
    private Long householdId;
    private Long householdParam;
    private boolean atCounter;
    private String overrideReason;
    private transient Map<Long, Integer> positions;
    private transient List<Child> childList;
    private transient List<Day> days;
    private final Map<Long, Boolean> toBook = new HashMap<>();
    private final Map<Long, Boolean> toCancel = new HashMap<>();
    private List<Line> results = List.of();
    private Long weekActivityId;
    private LocalDate weekFrom;
    private LocalDate weekTo;
    private List<String> weekDays = new ArrayList<>();

    /** View action: the household (the parent's own, or the one staff name), the child (first one by default). */
    public void init() {
        long actor = acting.require().getId();
        atCounter = access.isPlanningStaff(actor);
        try {
            householdId = atCounter ? (householdParam == null ? null : access.household(actor, householdParam).getId())
                    : access.ownHousehold(actor).orElse(null);
        } catch (UnknownRecordException e) {
            householdId = null;
        }
        if (householdId == null) {
            return;
        }
        if (childId == null && !getChildren().isEmpty()) {
            childId = getChildren().get(0).getId();
        }
    }

    public List<Child> getChildren() {
        if (childList == null) {
            childList = householdId == null ? List.of() : children.of(acting.require().getId(), householdId);
        }
        return childList;
    }

    /** The days of the period that have sessions (week view). */
    public List<Day> getDays() {
        return allDays().stream().filter(d -> d.inPeriod() && !d.entries().isEmpty()).toList();
    }

    /** The month as whole weeks, Monday first, for the grid (month view). */
    public List<List<Day>> getWeeks() {
        List<Day> all = allDays();
        List<List<Day>> weeks = new ArrayList<>();
        for (int i = 0; i + 7 <= all.size(); i += 7) {
            weeks.add(all.subList(i, i + 7));
        }
        return weeks;
    }

    /** Monday to Sunday, for the grid's column headers. */
    public List<String> getWeekdayNames() {
        return java.util.Arrays.stream(DayOfWeek.values())
                .map(d -> d.getDisplayName(java.time.format.TextStyle.FULL, language.getLocale())).toList();
    }

    private List<Day> allDays() {
        if (days == null) {
            days = load();
        }
        return days;
    }

    /** Every day from the Monday before the period to the Sunday after it, with its sessions. */
    private List<Day> load() {
        if (householdId == null || childId == null) {
            return List.of();
        }
        try {
            Map<LocalDate, List<ChildCalendar.Entry>> byDay = new LinkedHashMap<>();
            List<ChildCalendar.Entry> entries = calendar.of(acting.require().getId(), householdId, childId,
                    start(), end());
            entries.forEach(e -> byDay.computeIfAbsent(e.session().getDay(), d -> new ArrayList<>()).add(e));
            positions = waitingLists.positions(entries.stream().filter(e -> e.booking() != null)
                    .map(e -> e.booking().getId()).toList());
            List<Day> list = new ArrayList<>();
            LocalDate last = end().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            for (LocalDate d = start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !d.isAfter(last); d = d.plusDays(1)) {
                list.add(new Day(d, byDay.getOrDefault(d, List.of()), !d.isBefore(start()) && !d.isAfter(end())));
            }
            return list;
        } catch (UnknownRecordException e) {
            Feedback.error("booking.page.unknownChild");
            return List.of();
        }
    }

    /** "3e sur la liste d’attente", for a child waiting. */
    public String position(ChildCalendar.Entry entry) {
        Integer position = entry.booking() == null || positions == null ? null : positions.get(entry.booking().getId());
        return position == null ? "" : Feedback.text("booking.page.position", position);
    }

    public void book() {
        List<Bookings.Request> requests = toBook.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(e -> new Bookings.Request(childId, e.getKey())).toList();
        act(() -> bookings.book(acting.require().getId(), householdId, requests, atCounter ? overrideReason : null));
    }

    public void cancel() {
        List<Long> ids = toCancel.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        act(() -> bookings.cancel(acting.require().getId(), householdId, ids, atCounter ? overrideReason : null));
    }

    /** The standard week: the same weekdays of one activity over a period. */
    public void standardWeek() {
        java.util.Set<DayOfWeek> days = java.util.EnumSet.noneOf(DayOfWeek.class);
        weekDays.forEach(d -> days.add(DayOfWeek.valueOf(d)));
        act(() -> bookings.standardWeek(acting.require().getId(), householdId, childId,
                weekActivityId == null ? -1 : weekActivityId, weekFrom, weekTo, days));
    }

    /** The activities of the child's calendar on the fortnight shown, for the standard week. */
    public Map<String, Long> getActivities() {
        Map<String, Long> activities = new java.util.TreeMap<>();
        getDays().forEach(d -> d.entries().forEach(e -> activities.put(e.session().getActivity().getName(),
                e.session().getActivity().getId())));
        return activities;
    }

    /** Monday to Saturday, for the standard week. */
    public Map<String, String> getWeekdayChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)) {
            choices.put(day.getDisplayName(java.time.format.TextStyle.FULL, language.getLocale()), day.name());
        }
        return choices;
    }

    private void act(java.util.function.Supplier<List<Bookings.Outcome>> action) {
        try {
            var locale = language.getLocale();
            Map<Long, String> names = new HashMap<>();
            List<Bookings.Outcome> outcomes = action.get();
            results = outcomes.stream().map(o -> new Line(names.computeIfAbsent(o.sessionId(), this::sessionName),
                    o.decision().text(locale), o.decision().writes()
                    || o.decision().result() == fr.marelle.booking.control.BookingDecision.Result.CANCELLED)).toList();
            Feedback.info("booking.page.done");
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
        toBook.clear();
        toCancel.clear();
        overrideReason = null;
        days = null;
    }

    /** "jeudi 11 mars – Cantine Jules-Ferry", for the result lines. */
    private String sessionName(long sessionId) {
        var session = calendar.session(sessionId);
        return session == null ? "" : label(session.getDay()) + " – " + session.getActivity().getName();
    }

    public boolean isMonth() {
        return "month".equals(view);
    }

    /** The first day shown: the Monday of the week, or the first of the month. */
    public LocalDate start() {
        LocalDate day = LocalDate.now(clock);
        try {
            day = from == null ? day : LocalDate.parse(from);
        } catch (java.time.format.DateTimeParseException e) {
            // an edited address shows the current period
        }
        return isMonth() ? day.withDayOfMonth(1) : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate end() {
        return isMonth() ? start().with(TemporalAdjusters.lastDayOfMonth()) : start().plusDays(6);
    }

    public String getPrevious() {
        return (isMonth() ? start().minusMonths(1) : start().minusWeeks(1)).toString();
    }

    public String getNext() {
        return (isMonth() ? start().plusMonths(1) : start().plusWeeks(1)).toString();
    }

    /** Whether a box to book is offered: what can be booked, and for staff also what a reason may override. */
    public boolean bookable(ChildCalendar.Entry entry) {
        if (entry.booking() != null) {
            return false;
        }
        return entry.state().equals("BOOKABLE") || entry.state().equals("WAITING_LIST_OPEN")
                || (atCounter && entry.decision().deadline() != null && entry.decision().deadline().until() != null)
                || (atCounter && "booking.refused.full".equals(entry.decision().reasonKey()));
    }

    /**
     * Whether a box to cancel is offered: a booking before its cancelling deadline, a waiting request
     * before the session starts, and for staff any booking of a session not yet started.
     */
    public boolean cancellable(ChildCalendar.Entry entry) {
        if (entry.booking() == null) {
            return false;
        }
        java.time.Instant now = clock.instant();
        boolean started = !now.isBefore(entry.session().getDay().atTime(entry.session().getStartTime())
                .atZone(BookingDeadlines.ZONE).toInstant());
        if (started) {
            return false;
        }
        return atCounter || entry.state().equals("WAITING") || now.isBefore(entry.cancelUntil().toInstant());
    }

    /** "Annulation impossible depuis le …" for a booking past its cancelling deadline. */
    public String cancelClosed(ChildCalendar.Entry entry) {
        return Feedback.text("booking.page.cancelClosed", when(entry.cancelUntil()));
    }

    /** The page itself, for the links of the parent's and of the counter's version. */
    public String getOutcome() {
        return atCounter ? "/staff/bookings" : "/parent/bookings";
    }

    public String label(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("EEEE d MMMM", language.getLocale()));
    }

    public String period() {
        if (isMonth()) {
            return start().format(DateTimeFormatter.ofPattern("MMMM yyyy", language.getLocale()));
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMMM yyyy", language.getLocale());
        return start().format(f) + " – " + end().format(f);
    }

    /** The day number in a grid cell, e.g. "12". */
    public String dayNumber(LocalDate day) {
        return String.valueOf(day.getDayOfMonth());
    }

    /** A deadline in words; short in the month grid ("lun. 30/11 10:00"), where the cells are narrow. */
    public String when(ZonedDateTime time) {
        if (time == null) {
            return "";
        }
        return isMonth() ? time.format(DateTimeFormatter.ofPattern("EEE dd/MM HH:mm", language.getLocale()))
                : BookingDeadlines.format(time, language.getLocale());
    }

    public String price(Prices.Price price) {
        return price == null ? "" : Prices.money(price.cents(), language.getLocale());
    }

    public String reason(ChildCalendar.Entry entry) {
        return entry.decision().text(language.getLocale());
    }

    public String state(ChildCalendar.Entry entry) {
        return Feedback.text("booking.state." + entry.state());
    }

    public Long getChildId() { return childId; }
    public void setChildId(Long childId) { this.childId = childId; }
    public String getFrom() { return from; }
    public String getView() { return isMonth() ? "month" : "week"; }
    public void setView(String view) { this.view = view; }
    public Long getHousehold() { return householdParam; }
    public void setHousehold(Long household) { this.householdParam = household; }
    /** Planning staff working for a household at the counter (not a parent on their own bookings). */
    public boolean isAtCounter() { return atCounter; }
    public String getHouseholdName() {
        return householdId == null ? "" : access.household(acting.require().getId(), householdId).getName();
    }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
    public void setFrom(String from) { this.from = from; }
    public Map<Long, Boolean> getToBook() { return toBook; }
    public Map<Long, Boolean> getToCancel() { return toCancel; }
    public List<Line> getResults() { return results; }
    public boolean isWithoutHousehold() { return householdId == null; }
    public Long getWeekActivityId() { return weekActivityId; }
    public void setWeekActivityId(Long weekActivityId) { this.weekActivityId = weekActivityId; }
    public LocalDate getWeekFrom() { return weekFrom; }
    public void setWeekFrom(LocalDate weekFrom) { this.weekFrom = weekFrom; }
    public LocalDate getWeekTo() { return weekTo; }
    public void setWeekTo(LocalDate weekTo) { this.weekTo = weekTo; }
    public List<String> getWeekDays() { return weekDays; }
    public void setWeekDays(List<String> weekDays) { this.weekDays = weekDays; }
}
