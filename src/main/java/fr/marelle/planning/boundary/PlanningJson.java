package fr.marelle.planning.boundary;

import fr.marelle.planning.control.BookingDeadlines;
import fr.marelle.planning.control.Prices;
import fr.marelle.planning.control.SessionPlanner;
import fr.marelle.planning.entity.Activity;
import fr.marelle.planning.entity.ActivityType;
import fr.marelle.planning.entity.BookingWindow;
import fr.marelle.planning.entity.Closure;
import fr.marelle.planning.entity.DeadlineKind;
import fr.marelle.planning.entity.DeadlineRule;
import fr.marelle.planning.entity.PriceBand;
import fr.marelle.planning.entity.PriceGrid;
import fr.marelle.planning.entity.Session;
import fr.marelle.planning.entity.Site;
import fr.marelle.planning.entity.SiteKind;
import fr.marelle.platform.control.Messages;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The JSON shapes of the planning API: bodies as classes with public fields, answers as records. */
public final class PlanningJson {

    private PlanningJson() {
    }

    // ------------------------------------------------------------------ bodies

    public static class SiteBody {
        public String name;
        public SiteKind kind;
        public String address;
    }

    @Schema(description = "A booking or cancelling deadline")
    public static class DeadlineBody {
        @Schema(description = "NONE, CALENDAR_DAYS, WORKING_DAYS, HOURS_BEFORE, WEEKDAY_OF_PREVIOUS_WEEK, DAY_OF_PREVIOUS_MONTH")
        public DeadlineKind kind;
        @Schema(description = "Days, working days or hours before; ISO weekday 1-7; or day of month 1-31, by kind")
        public Integer amount;
        @Schema(description = "Time of day in Europe/Paris, HH:MM", example = "10:00")
        public LocalTime time;

        DeadlineRule rule() {
            return new DeadlineRule(kind, amount == null ? 0 : amount, time);
        }
    }

    public static class RulesBody {
        @Schema(description = "Bookings open at (optional)")
        public OffsetDateTime bookingOpensAt;
        @Schema(description = "Bookings close at (optional)")
        public OffsetDateTime bookingClosesAt;
        public DeadlineBody bookDeadline;
        public DeadlineBody cancelDeadline;

        BookingWindow window() {
            return new BookingWindow(bookingOpensAt == null ? null : bookingOpensAt.toInstant(),
                    bookingClosesAt == null ? null : bookingClosesAt.toInstant());
        }

        DeadlineRule book() {
            return bookDeadline == null ? DeadlineRule.NONE : bookDeadline.rule();
        }

        DeadlineRule cancel() {
            return cancelDeadline == null ? DeadlineRule.NONE : cancelDeadline.rule();
        }
    }

    public static class ActivityBody extends RulesBody {
        public String name;
        public ActivityType type;
        public Long siteId;
        public String regieCode;
        public Integer minAge;
        public Integer maxAge;
        @Schema(description = "School level codes (TPS ... CM2); none: any level")
        public Set<String> levelCodes;
        public Boolean residentsOnly;
        public Boolean registrationRequired;
        public Boolean waitingList;
        @Schema(example = "11:30")
        public LocalTime startTime;
        @Schema(example = "13:30")
        public LocalTime endTime;
        public Integer defaultCapacity;
    }

    public static class BandBody {
        public Integer qfFrom;
        @Schema(description = "Included; none for the last band")
        public Integer qfTo;
        public Integer residentCents;
        public Integer nonResidentCents;
    }

    public static class GridBody {
        public LocalDate validFrom;
        public LocalDate validTo;
        public Integer siblingReductionPct;
        public Integer unexcusedAbsenceCents;
        public Integer unbookedPresenceCents;
        public List<BandBody> bands;

        List<PriceBand> priceBands() {
            return bands == null ? List.of() : bands.stream().map(b -> new PriceBand(b.qfFrom == null ? -1 : b.qfFrom, b.qfTo,
                    b.residentCents == null ? -1 : b.residentCents, b.nonResidentCents == null ? -1 : b.nonResidentCents)).toList();
        }
    }

    public static class GenerateBody {
        public SessionPlanner.Pattern pattern;
        public LocalDate from;
        public LocalDate to;
        public Set<DayOfWeek> weekdays;
        public List<LocalDate> dates;
        @Schema(description = "Default: the activity's times")
        public LocalTime startTime;
        public LocalTime endTime;
        @Schema(description = "Default: the activity's default capacity")
        public Integer capacity;
    }

    public static class CapacityBody {
        public Integer capacity;
    }

    public static class ReasonBody {
        public String reason;
    }

    public static class ClosureBody {
        public LocalDate day;
        @Schema(description = "None: every site")
        public Long siteId;
        public String reason;
    }

    // ------------------------------------------------------------------ answers

    public record SiteJson(long id, String name, SiteKind kind, String address, boolean active) {
        static SiteJson of(Site s) {
            return new SiteJson(s.getId(), s.getName(), s.getKind(), s.getAddress(), s.isActive());
        }
    }

    public record DeadlineJson(DeadlineKind kind, int amount, String time, String text) {
        static DeadlineJson of(DeadlineRule r, Locale locale) {
            return new DeadlineJson(r.kind(), r.amount(), r.time() == null ? null : r.time().toString(),
                    BookingDeadlines.describe(r, locale));
        }
    }

    public record ActivityJson(long id, String name, ActivityType type, SiteJson site, String regieCode, Integer minAge,
                               Integer maxAge, Set<String> levelCodes, boolean residentsOnly, boolean registrationRequired,
                               boolean waitingList, String startTime, String endTime, int defaultCapacity,
                               String bookingOpensAt, String bookingClosesAt, DeadlineJson bookDeadline,
                               DeadlineJson cancelDeadline, boolean active, List<AgeGroupJson> ageGroups) {
        public static ActivityJson of(Activity a, Locale locale) {
            BookingWindow w = a.window();
            return new ActivityJson(a.getId(), a.getName(), a.getType(), SiteJson.of(a.getSite()), a.getRegieCode(),
                    a.getMinAge(), a.getMaxAge(), a.getLevelCodes(), a.isResidentsOnly(), a.isRegistrationRequired(),
                    a.isWaitingList(), a.getStartTime().toString(), a.getEndTime().toString(), a.getDefaultCapacity(),
                    w.opensAt() == null ? null : w.opensAt().atZone(BookingDeadlines.ZONE).toOffsetDateTime().toString(),
                    w.closesAt() == null ? null : w.closesAt().atZone(BookingDeadlines.ZONE).toOffsetDateTime().toString(),
                    DeadlineJson.of(a.bookDeadline(), locale), DeadlineJson.of(a.cancelDeadline(), locale), a.isActive(),
                    a.getAgeGroups().stream().map(g -> new AgeGroupJson(g.getLabel(), g.getMinAge(), g.getMaxAge(),
                            g.getPlaces())).toList());
        }
    }

    /** Places kept on each session for the children of an age range. */
    public record AgeGroupJson(String label, int minAge, int maxAge, int places) {
    }

    public record BandJson(int position, int qfFrom, Integer qfTo, int residentCents, int nonResidentCents) {
    }

    public record GridJson(long id, String validFrom, String validTo, int siblingReductionPct, Integer unexcusedAbsenceCents,
                           Integer unbookedPresenceCents, List<BandJson> bands) {
        static GridJson of(PriceGrid g) {
            return new GridJson(g.getId(), g.getValidFrom().toString(), g.getValidTo() == null ? null : g.getValidTo().toString(),
                    g.getSiblingReductionPct(), g.getUnexcusedAbsenceCents(), g.getUnbookedPresenceCents(),
                    g.getBands().stream().map(b -> new BandJson(b.getPosition(), b.getQfFrom(), b.getQfTo(), b.getResidentCents(),
                            b.getNonResidentCents())).toList());
        }
    }

    public record SessionJson(long id, long activityId, String day, String startTime, String endTime, int capacity,
                              int confirmed, int waiting, int remaining, String status, String statusReason) {
        static SessionJson of(Session s) {
            return new SessionJson(s.getId(), s.getActivity().getId(), s.getDay().toString(), s.getStartTime().toString(),
                    s.getEndTime().toString(), s.getCapacity(), s.getConfirmed(), s.getWaiting(), s.remaining(),
                    s.getStatus().name(), s.getStatusReason());
        }
    }

    public record SkippedJson(String day, String reason) {
        static SkippedJson of(SessionPlanner.Skipped s, Locale locale) {
            String detail = s.detail().startsWith("holiday.") ? Messages.text(locale, s.detail()) : s.detail();
            return new SkippedJson(s.day().toString(), Messages.text(locale, s.reasonKey(), detail));
        }
    }

    public record GeneratedJson(int created, List<SkippedJson> skipped) {
    }

    public record ClosureJson(long id, String day, Long siteId, String siteName, String reason) {
        static ClosureJson of(Closure c) {
            return new ClosureJson(c.getId(), c.getDay().toString(), c.getSite() == null ? null : c.getSite().getId(),
                    c.getSite() == null ? null : c.getSite().getName(), c.getReason());
        }
    }

    public record ClosureAddedJson(ClosureJson closure, int sessionsClosed) {
    }

    public record DeadlineAnswerJson(boolean open, String until, String text) {
        public static DeadlineAnswerJson of(BookingDeadlines.Answer a, Locale locale) {
            return new DeadlineAnswerJson(a.open(), a.until() == null ? null : a.until().toOffsetDateTime().toString(), a.text(locale));
        }
    }

    public record PriceJson(int cents, String explanation) {
        public static PriceJson of(Prices.Price p, Locale locale) {
            return new PriceJson(p.cents(), p.explanation(locale));
        }
    }

    /** One activity's week on the planning dashboard; fillRate in whole percent. */
    public record WeekRowJson(String week, long activityId, String activity, String site, long sessions, long capacity,
                              long confirmed, long waiting, int fillRate) {
    }

    /** A session as a parent sees it. */
    public record FamilySessionJson(long id, String day, String startTime, String endTime, int remaining, String status,
                                    DeadlineAnswerJson booking, DeadlineAnswerJson cancelling, PriceJson price) {
    }
}
