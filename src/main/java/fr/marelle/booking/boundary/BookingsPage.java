package fr.marelle.booking.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.booking.control.BookingDecision;
import fr.marelle.booking.control.BookingTotal;
import fr.marelle.booking.control.Bookings;
import fr.marelle.booking.control.SessionPrices;
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
 * at a time. It opens on the first week with something to book, states each activity's booking
 * rule, and saves the bookings and cancellations ticked in one go, reporting each and their total;
 * a month of school days of one activity is booked in one action. Parents see their own household;
 * planning staff open it at the counter for the household they name, and may give a written reason
 * to override a deadline or the capacity.
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

    /** The result of the last action as it survives a redirect: its lines and the totals booked and cancelled. */
    record Report(List<Line> lines, BookingTotal booked, BookingTotal cancelled) implements Serializable {
    }

    /** How many weeks ahead the page looks for the first one with something to book. */
    static final int WEEKS_AHEAD = 8;
    private static final String REPORT = "bookingsPage.report";

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

    @Inject
    SessionPrices prices;

    @Inject
    fr.marelle.family.control.Households households;

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
    private transient Map<String, Long> activityChoices;
    private final Map<Long, Boolean> toBook = new HashMap<>();
    private final Map<Long, Boolean> toCancel = new HashMap<>();
    private List<Line> results = List.of();
    private BookingTotal bookedTotal;
    private BookingTotal cancelledTotal;
    private Long monthActivityId;
    private boolean standardWeekUsed;
    private String monthToBook;
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
        if (from == null && childId != null) {
            from = firstBookableWeek();
        }
        Object report = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().get(REPORT);
        if (report instanceof Report r) {
            results = r.lines();
            bookedTotal = r.booked();
            cancelledTotal = r.cancelled();
        }
    }

    /**
     * The Monday of the first week, from this one, with a session to book or a waiting list to join,
     * so that a family is not shown a week where everything is closed; null (this week) when none
     * comes within {@link #WEEKS_AHEAD} weeks. In the month view, the first of that month.
     */
    private String firstBookableWeek() {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        try {
            for (int week = 0; week < WEEKS_AHEAD; week += 4) {
                LocalDate start = monday.plusWeeks(week);
                var first = calendar.of(acting.require().getId(), householdId, childId, start, start.plusWeeks(4).minusDays(1))
                        .stream().filter(e -> bookable(e)).findFirst();
                if (first.isPresent()) {
                    LocalDate day = first.get().session().getDay();
                    return (isMonth() ? day.withDayOfMonth(1) : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))).toString();
                }
            }
        } catch (UnknownRecordException e) {
            // shown by the calendar itself
        }
        return null;
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

    /** The month as whole weeks, Monday first, for the grid (month view), without the weekend columns when nothing happens then. */
    public List<List<Day>> getWeeks() {
        List<Day> all = allDays();
        List<DayOfWeek> columns = columns(all);
        List<List<Day>> weeks = new ArrayList<>();
        for (int i = 0; i + 7 <= all.size(); i += 7) {
            weeks.add(all.subList(i, i + 7).stream().filter(d -> columns.contains(d.date().getDayOfWeek())).toList());
        }
        return weeks;
    }

    /** The grid's column headers: Monday to Friday, and Saturday or Sunday only when a session falls on one. */
    public List<String> getWeekdayNames() {
        return columns(allDays()).stream()
                .map(d -> d.getDisplayName(java.time.format.TextStyle.FULL, language.getLocale())).toList();
    }

    /** The weekdays the grid shows: the working week, and a weekend day only when one of the period's days has a session. */
    static List<DayOfWeek> columns(List<Day> days) {
        return java.util.Arrays.stream(DayOfWeek.values()).filter(d -> d.getValue() <= 5 || days.stream()
                .anyMatch(day -> day.inPeriod() && !day.entries().isEmpty() && day.date().getDayOfWeek() == d)).toList();
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

    /** Saves what is ticked: the cancellations and the bookings together, each reported with the totals. */
    public void save() {
        List<Bookings.Request> requests = toBook.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(e -> new Bookings.Request(childId, e.getKey())).toList();
        List<Long> cancellations = toCancel.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        act(() -> bookings.apply(acting.require().getId(), householdId, requests, cancellations,
                atCounter ? overrideReason : null));
    }

    /**
     * Books every session still open to booking of one activity in the chosen month (its school days),
     * in one action, then shows that month with what was booked.
     */
    public String bookMonth() {
        java.time.YearMonth chosen = getMonthChoices().containsValue(monthToBook) ? java.time.YearMonth.parse(monthToBook) : null;
        if (chosen == null || monthActivityId == null) {
            Feedback.error("booking.month.choose");
            return null;
        }
        LocalDate first = chosen.atDay(1).isBefore(LocalDate.now(clock)) ? LocalDate.now(clock) : chosen.atDay(1);
        List<Bookings.Request> requests;
        try {
            requests = calendar.of(acting.require().getId(), householdId, childId, first, chosen.atEndOfMonth()).stream()
                    .filter(e -> e.session().getActivity().getId().equals(monthActivityId))
                    .filter(e -> e.booking() == null && (e.state().equals("BOOKABLE") || e.state().equals("WAITING_LIST_OPEN")))
                    .map(e -> new Bookings.Request(childId, e.session().getId())).toList();
        } catch (UnknownRecordException e) {
            Feedback.error("booking.page.unknownChild");
            return null;
        }
        if (requests.isEmpty()) {
            Feedback.error("booking.month.nothing", fr.marelle.platform.control.DisplayFormats.month(chosen, language.getLocale()));
            return null;
        }
        if (!act(() -> bookings.apply(acting.require().getId(), householdId, requests, List.of(), null))) {
            return null;
        }
        // the month booked, with the report of each day carried over the redirect
        var flash = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash();
        flash.put(REPORT, new Report(results, bookedTotal, cancelledTotal));
        flash.setKeepMessages(true);
        return getOutcome() + "?faces-redirect=true&child=" + childId + "&view=month&from=" + chosen.atDay(1)
                + (householdParam == null ? "" : "&household=" + householdParam);
    }

    /** The standard week: the same weekdays of one activity over a period. */
    public void standardWeek() {
        standardWeekUsed = true;
        java.util.Set<DayOfWeek> days = java.util.EnumSet.noneOf(DayOfWeek.class);
        weekDays.forEach(d -> days.add(DayOfWeek.valueOf(d)));
        act(() -> bookings.standardWeek(acting.require().getId(), householdId, childId,
                weekActivityId == null ? -1 : weekActivityId, weekFrom, weekTo, days));
    }

    /**
     * The activities open to the child with sessions from today to the end of the last month offered, for the
     * standard week and the month's school days: name to id.
     */
    public Map<String, Long> getActivities() {
        if (activityChoices == null) {
            activityChoices = new LinkedHashMap<>();
            if (householdId != null && childId != null) {
                LocalDate today = LocalDate.now(clock);
                try {
                    calendar.activities(acting.require().getId(), householdId, childId, today,
                                    java.time.YearMonth.from(today).plusMonths(2).atEndOfMonth())
                            .forEach(a -> activityChoices.put(a.getName(), a.getId()));
                } catch (UnknownRecordException e) {
                    // an unknown child: no choice
                }
            }
        }
        return activityChoices;
    }

    /**
     * The booking rule of each activity of the period shown, in words: "Restauration scolaire – Jules-Ferry :
     * à réserver 7 jours avant, à 10:00 ; à annuler 2 jours ouvrés avant, à 10:00".
     */
    public List<String> getRules() {
        Map<Long, String> rules = new LinkedHashMap<>();
        var locale = language.getLocale();
        getDays().forEach(d -> d.entries().forEach(e -> {
            var activity = e.session().getActivity();
            rules.computeIfAbsent(activity.getId(), id -> Feedback.text("booking.rules.line", activity.getName(),
                    BookingDeadlines.describe(activity.bookDeadline() == null ? fr.marelle.planning.entity.DeadlineRule.NONE
                            : activity.bookDeadline(), locale),
                    BookingDeadlines.describe(activity.cancelDeadline() == null ? fr.marelle.planning.entity.DeadlineRule.NONE
                            : activity.cancelDeadline(), locale)));
        }));
        return new ArrayList<>(rules.values());
    }

    /** This month and the next two, for the booking of a month's school days: label by "yyyy-MM". */
    public Map<String, String> getMonthChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        java.time.YearMonth current = java.time.YearMonth.now(clock);
        for (int i = 0; i < 3; i++) {
            java.time.YearMonth m = current.plusMonths(i);
            choices.put(fr.marelle.platform.control.DisplayFormats.month(m, language.getLocale()), m.toString());
        }
        return choices;
    }

    /**
     * The state of a session as a badge: a modifier for its colour and icon, and its word (réservé,
     * disponible, liste d’attente with the position, complet, réservation close, inscription requise, passé).
     */
    public String badge(ChildCalendar.Entry entry) {
        if (entry.attendance() != null) {
            return "past";
        }
        return switch (entry.state()) {
            case "CONFIRMED" -> "booked";
            case "WAITING" -> "waiting";
            case "BOOKABLE" -> "available";
            case "WAITING_LIST_OPEN" -> "full";
            default -> "booking.refused.registrationNeeded".equals(entry.decision().reasonKey()) ? "registration" : "closed";
        };
    }

    /** The badge's icon, beside its word (never colour alone). */
    public String badgeIcon(ChildCalendar.Entry entry) {
        return switch (badge(entry)) {
            case "booked" -> "✓";
            case "available" -> "+";
            case "waiting" -> "…";
            case "full" -> "!";
            case "registration" -> "✎";
            case "closed" -> "✕";
            default -> "•";
        };
    }

    /**
     * What a ticked box changes, for the running total: a booking or a cancellation it counts and prices,
     * a place on the waiting list or leaving it, which costs nothing.
     */
    public String change(ChildCalendar.Entry entry) {
        if (entry.booking() != null) {
            return entry.state().equals("WAITING") ? "leave" : "cancel";
        }
        return entry.state().equals("WAITING_LIST_OPEN") ? "join" : "book";
    }

    public String badgeText(ChildCalendar.Entry entry) {
        String badge = badge(entry);
        return switch (badge) {
            case "past" -> Feedback.text("booking.badge.past",
                    Feedback.text("attendance.status." + entry.attendance()).toLowerCase(language.getLocale()));
            case "waiting" -> {
                Integer position = entry.booking() == null || positions == null ? null : positions.get(entry.booking().getId());
                yield position == null ? Feedback.text("booking.badge.waiting") : Feedback.text("booking.badge.waitingAt", position);
            }
            default -> Feedback.text("booking.badge." + badge);
        };
    }

    /** " – Restauration scolaire – Jules-Ferry, lundi 14 décembre, pour Emma": what a box does, for its accessible name. */
    public String boxContext(ChildCalendar.Entry entry) {
        return Feedback.text("booking.page.boxContext", entry.session().getActivity().getName(),
                fr.marelle.platform.control.DisplayFormats.dayMonth(entry.session().getDay(), language.getLocale()),
                getChildName());
    }

    /** The first name of the child shown. */
    public String getChildName() {
        return getChildren().stream().filter(c -> c.getId().equals(childId)).map(Child::getFirstName).findFirst().orElse("");
    }

    /** The price of a session in cents, for the running total the page adds up (0 when it has none). */
    public int cents(ChildCalendar.Entry entry) {
        return entry.price() == null ? 0 : entry.price().cents();
    }

    /** "Réservé : 6 séances – 27,60 €", the total the server booked in the last action; null when nothing. */
    public String getBookedSummary() {
        return bookedTotal == null || bookedTotal.sessions() == 0 ? null
                : Feedback.text("booking.page.bookedTotal", bookedTotal.text(language.getLocale()));
    }

    /** "Annulé : 1 séance – 4,60 €"; null when nothing was cancelled. */
    public String getCancelledSummary() {
        return cancelledTotal == null || cancelledTotal.sessions() == 0 ? null
                : Feedback.text("booking.page.cancelledTotal", cancelledTotal.text(language.getLocale()));
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

    /** Runs an action and keeps its report; false when it was refused as a whole. */
    private boolean act(java.util.function.Supplier<List<Bookings.Outcome>> action) {
        boolean done = false;
        try {
            var locale = language.getLocale();
            Map<Long, String> names = new HashMap<>();
            List<Bookings.Outcome> outcomes = action.get();
            results = outcomes.stream().map(o -> new Line(names.computeIfAbsent(o.sessionId(), this::sessionName),
                    o.decision().text(locale), o.decision().writes()
                    || o.decision().result() == BookingDecision.Result.CANCELLED)).toList();
            bookedTotal = total(outcomes, BookingDecision.Result.CONFIRMED);
            cancelledTotal = total(outcomes, BookingDecision.Result.CANCELLED);
            Feedback.info("booking.page.done");
            done = true;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
        toBook.clear();
        toCancel.clear();
        overrideReason = null;
        days = null;
        return done;
    }

    /** The sessions of the outcomes with that result and what they cost the household, as the server prices them. */
    private BookingTotal total(List<Bookings.Outcome> outcomes, BookingDecision.Result result) {
        var household = access.household(acting.require().getId(), householdId);
        return prices.forHousehold(householdId, households.isResident(household)).total(outcomes.stream()
                .filter(o -> o.decision().result() == result).map(o -> calendar.session(o.sessionId())).toList());
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
    /** The result's lines are folded when there are many and all went through (the totals say it). */
    public String getResultsDetail() { return Feedback.text("booking.page.resultsDetail", results.size()); }
    public boolean isResultsFolded() { return results.size() > 4 && results.stream().allMatch(Line::ok); }
    /** The standard week's form stays open after it was used, so that its answers and errors are seen. */
    public boolean isStandardWeekUsed() { return standardWeekUsed; }
    public Long getMonthActivityId() { return monthActivityId; }
    public void setMonthActivityId(Long monthActivityId) { this.monthActivityId = monthActivityId; }
    /** The month to book, "yyyy-MM": the month shown by default. */
    public String getMonthToBook() { return monthToBook == null ? java.time.YearMonth.from(start()).toString() : monthToBook; }
    public void setMonthToBook(String monthToBook) { this.monthToBook = monthToBook; }
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
