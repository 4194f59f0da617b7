package fr.marelle.booking.boundary;

import fr.marelle.booking.control.Bookings;
import fr.marelle.booking.control.ChildCalendar;
import fr.marelle.family.control.Children;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Child;
import fr.marelle.identity.boundary.CurrentUser;
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
 * The parent's booking page: a child's sessions two weeks at a time, grouped by day, to book or
 * cancel several at once; the result of each is listed with its reason.
 */
@Named
@ViewScoped
public class BookingsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DAYS = 14;

    /** One day of the calendar and its sessions. */
    public record Day(LocalDate date, List<ChildCalendar.Entry> entries) implements Serializable {
    }

    /** One line of the result of an action. */
    public record Line(String what, String result, boolean ok) implements Serializable {
    }

    @Inject
    CurrentUser currentUser;

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
    Clock clock;

    private Long childId;
    private String from;
    private Long householdId;
    private transient List<Child> childList;
    private transient List<Day> days;
    private final Map<Long, Boolean> toBook = new HashMap<>();
    private final Map<Long, Boolean> toCancel = new HashMap<>();
    private List<Line> results = List.of();
    private Long weekActivityId;
    private LocalDate weekFrom;
    private LocalDate weekTo;
    private List<String> weekDays = new ArrayList<>();

    /** View action: the household, the child (first one by default) and the fortnight shown. */
    public void init() {
        long actor = currentUser.require().getId();
        householdId = access.householdOf(actor).orElse(null);
        if (householdId == null) {
            return;
        }
        if (childId == null && !getChildren().isEmpty()) {
            childId = getChildren().get(0).getId();
        }
    }

    public List<Child> getChildren() {
        if (childList == null) {
            childList = householdId == null ? List.of() : children.of(currentUser.require().getId(), householdId);
        }
        return childList;
    }

    public List<Day> getDays() {
        if (days == null) {
            days = load();
        }
        return days;
    }

    private List<Day> load() {
        if (householdId == null || childId == null) {
            return List.of();
        }
        try {
            Map<LocalDate, List<ChildCalendar.Entry>> byDay = new LinkedHashMap<>();
            for (ChildCalendar.Entry e : calendar.of(currentUser.require().getId(), householdId, childId, start(),
                    start().plusDays(DAYS - 1))) {
                byDay.computeIfAbsent(e.session().getDay(), d -> new ArrayList<>()).add(e);
            }
            List<Day> list = new ArrayList<>();
            byDay.forEach((d, e) -> list.add(new Day(d, e)));
            return list;
        } catch (UnknownRecordException e) {
            Feedback.error("booking.page.unknownChild");
            return List.of();
        }
    }

    public void book() {
        List<Bookings.Request> requests = toBook.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(e -> new Bookings.Request(childId, e.getKey())).toList();
        act(() -> bookings.book(currentUser.require().getId(), householdId, requests, null));
    }

    public void cancel() {
        List<Long> ids = toCancel.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        act(() -> bookings.cancel(currentUser.require().getId(), householdId, ids, null));
    }

    /** The standard week: the same weekdays of one activity over a period. */
    public void standardWeek() {
        java.util.Set<DayOfWeek> days = java.util.EnumSet.noneOf(DayOfWeek.class);
        weekDays.forEach(d -> days.add(DayOfWeek.valueOf(d)));
        act(() -> bookings.standardWeek(currentUser.require().getId(), householdId, childId,
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
        days = null;
    }

    /** "jeudi 11 mars – Cantine Jules-Ferry", for the result lines. */
    private String sessionName(long sessionId) {
        var session = calendar.session(sessionId);
        return session == null ? "" : label(session.getDay()) + " – " + session.getActivity().getName();
    }

    public LocalDate start() {
        LocalDate today = LocalDate.now(clock);
        try {
            return from == null ? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : LocalDate.parse(from);
        } catch (java.time.format.DateTimeParseException e) {
            return today;
        }
    }

    public String getPrevious() {
        return start().minusDays(DAYS).toString();
    }

    public String getNext() {
        return start().plusDays(DAYS).toString();
    }

    public String label(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("EEEE d MMMM", language.getLocale()));
    }

    public String period() {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMMM yyyy", language.getLocale());
        return start().format(f) + " – " + start().plusDays(DAYS - 1).format(f);
    }

    public String when(ZonedDateTime time) {
        return time == null ? "" : BookingDeadlines.format(time, language.getLocale());
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
