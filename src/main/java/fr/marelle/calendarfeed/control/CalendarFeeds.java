package fr.marelle.calendarfeed.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.booking.entity.Booking;
import fr.marelle.booking.entity.BookingStatus;
import fr.marelle.calendarfeed.entity.CalendarFeed;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.entity.Account;
import fr.marelle.planning.control.BookingDeadlines;
import fr.marelle.planning.entity.Activity;
import fr.marelle.planning.entity.Session;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parent's private calendar URL per child: created (replacing the previous one), revoked,
 * and read without login by whoever holds the URL. The feed lists the confirmed bookings of that
 * child by that household, from 60 days ago to a year ahead (activity, place, times, how to cancel
 * and until when, a link to the booking page), and for 30 days those cancelled since, marked
 * cancelled under the same UID so that subscribed calendars remove them.
 */
@ApplicationScoped
public class CalendarFeeds {

    static final int DAYS_BEFORE = 60;
    static final int DAYS_AFTER = 366;
    public static final String PATH = "/api/v1/calendar-feeds/";
    /** How long a cancelled booking stays in the feed, marked cancelled, so that subscribed calendars drop it. */
    static final Duration CANCELLED_KEPT = Duration.ofDays(30);
    static final String BOOKING_PAGE = "/parent/bookings.xhtml";

    /** A calendar as served: its text, when it last changed and its entity tag. */
    public record Feed(String body, Instant lastModified, String etag) {
    }

    /** A new feed: its URL, shown once, and when it was created. */
    public record Created(String url, OffsetDateTime createdAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    PortalLinks links;

    @Inject
    Clock clock;

    /** A new URL for the parent's child; the previous one stops working at once. */
    @Transactional
    public Created create(long actorId, long childId) {
        long household = ownHousehold(actorId, childId);
        // one active feed per child and household, even when two guardians click at once
        em.find(Household.class, household, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = OffsetDateTime.now(clock);
        revokeActive(childId, household, now);
        String token = FeedTokens.newToken();
        CalendarFeed feed = new CalendarFeed(childId, household, FeedTokens.hash(token), actorId, now);
        em.persist(feed);
        em.flush();
        audit.record("CALENDAR_FEED_CREATED", "child", childId, null, feed.auditView());
        return new Created(links.to(PATH + token + ".ics"), now);
    }

    /** Revokes the child's URL, if any (revoking twice is not an error). */
    @Transactional
    public void revoke(long actorId, long childId) {
        long household = ownHousehold(actorId, childId);
        revokeActive(childId, household, OffsetDateTime.now(clock));
    }

    /** When the child's current URL was created, if there is one. */
    public Optional<OffsetDateTime> activeSince(long actorId, long childId) {
        return active(childId, ownHousehold(actorId, childId)).map(CalendarFeed::getCreatedAt);
    }

    /**
     * The calendar behind a token, with what HTTP caches need, or empty for an unknown or revoked
     * one (or a child no longer in the household).
     */
    public Optional<Feed> ics(String token) {
        if (!FeedTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        Optional<CalendarFeed> found = em.createQuery("select f from CalendarFeed f where f.tokenHash = :h"
                        + " and f.revokedAt is null", CalendarFeed.class)
                .setParameter("h", FeedTokens.hash(token)).getResultStream().findFirst();
        if (found.isEmpty() || !access.belongs(found.get().getHouseholdId(), found.get().getChildId())) {
            return Optional.empty();
        }
        CalendarFeed feed = found.get();
        Child child = em.find(Child.class, feed.getChildId());
        Account owner = em.find(Account.class, feed.getCreatedBy());
        Locale locale = Messages.forLanguage(owner == null ? null : owner.getLanguage());
        List<ICalendarWriter.Event> events = events(feed, child.getFirstName(), locale);
        String body = ICalendarWriter.write("Marelle – " + child.getFirstName(), events);
        return Optional.of(new Feed(body, lastModified(feed, events), FeedTokens.hash(body).substring(0, 32)));
    }

    /**
     * The feed's last change: its newest event stamp, its creation, or the start of today in Paris,
     * since the feed's window of days moves every night.
     */
    private Instant lastModified(CalendarFeed feed, List<ICalendarWriter.Event> events) {
        Instant latest = feed.getCreatedAt().toInstant();
        latest = max(latest, LocalDate.now(clock).atStartOfDay(ClockProducer.PARIS).toInstant());
        for (ICalendarWriter.Event e : events) {
            latest = max(latest, e.stamp());
        }
        return latest.truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The child's confirmed bookings, and those cancelled less than {@link #CANCELLED_KEPT} ago. */
    private List<ICalendarWriter.Event> events(CalendarFeed feed, String firstName, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String host = host();
        List<Object[]> rows = em.createQuery("select b, s from Booking b, Session s"
                        + " where s.id = b.sessionId and b.childId = :c and b.householdId = :h"
                        + " and (b.status = fr.marelle.booking.entity.BookingStatus.CONFIRMED"
                        + " or (b.status = fr.marelle.booking.entity.BookingStatus.CANCELLED"
                        + " and b.confirmedAt is not null and b.cancelledAt >= :cancelledSince))"
                        + " and s.day between :from and :to order by s.day, s.startTime, b.id", Object[].class)
                .setParameter("c", feed.getChildId()).setParameter("h", feed.getHouseholdId())
                .setParameter("cancelledSince", now.minus(CANCELLED_KEPT))
                .setParameter("from", today.minusDays(DAYS_BEFORE)).setParameter("to", today.plusDays(DAYS_AFTER))
                .getResultList();
        return rows.stream().map(r -> event((Booking) r[0], (Session) r[1], firstName, host, locale)).toList();
    }

    private ICalendarWriter.Event event(Booking b, Session s, String firstName, String host, Locale locale) {
        boolean cancelled = b.getStatus() == BookingStatus.CANCELLED;
        OffsetDateTime stamp = cancelled ? b.getCancelledAt() : b.getConfirmedAt() != null ? b.getConfirmedAt() : b.getRequestedAt();
        Activity activity = s.getActivity();
        String site = activity.getSite() == null ? null : activity.getSite().getName();
        String summary = (cancelled ? Messages.text(locale, "calendarFeed.event.cancelledPrefix") + " " : "")
                + activity.getName() + " – " + firstName;
        ZonedDateTime deadline = BookingDeadlines.deadline(activity.cancelDeadline(), s.getDay(), s.getStartTime());
        List<String> lines = new ArrayList<>();
        lines.add(Messages.text(locale, "calendarFeed.event.site", site == null ? "" : site));
        lines.add(Messages.text(locale, "calendarFeed.event.child", firstName));
        lines.add(cancelled
                ? Messages.text(locale, "calendarFeed.event.cancelledOn",
                        BookingDeadlines.format(b.getCancelledAt().atZoneSameInstant(ClockProducer.PARIS), locale))
                : Messages.text(locale, "calendarFeed.event.howToCancel", BookingDeadlines.format(deadline, locale)));
        String url = links.to(BOOKING_PAGE + "?child=" + b.getChildId() + "&from=" + s.getDay());
        return new ICalendarWriter.Event("booking-" + b.getId() + "@" + host, stamp.toInstant(),
                paris(s.getDay(), s.getStartTime()), paris(s.getDay(), s.getEndTime()), summary, site,
                String.join("\n", lines), url, cancelled, cancelled ? 1 : 0);
    }

    private static Instant paris(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, ClockProducer.PARIS).toInstant();
    }

    /** The portal's public host name, which makes the event UIDs unique across towns. */
    private String host() {
        String host = URI.create(links.base()).getHost();
        return host == null ? "marelle" : host;
    }

    private void revokeActive(long childId, long household, OffsetDateTime now) {
        active(childId, household).ifPresent(old -> {
            var before = old.auditView();
            old.revoke(now);
            em.flush(); // before a new active feed is inserted (unique index on the active one)
            audit.record("CALENDAR_FEED_REVOKED", "child", childId, before, old.auditView());
        });
    }

    private Optional<CalendarFeed> active(long childId, long household) {
        return em.createQuery("select f from CalendarFeed f where f.childId = :c and f.householdId = :h"
                        + " and f.revokedAt is null", CalendarFeed.class)
                .setParameter("c", childId).setParameter("h", household).getResultStream().findFirst();
    }

    /** The actor's household, when the child belongs to it; 404 otherwise (staff have no household). */
    private long ownHousehold(long actorId, long childId) {
        long household = access.ownHousehold(actorId).orElseThrow(() -> new UnknownRecordException("child", childId));
        access.child(actorId, household, childId);
        return household;
    }
}
