package fr.marelle.calendarfeed.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.calendarfeed.entity.CalendarFeed;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.Household;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.PortalLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A parent's private calendar URL per child: created (replacing the previous one), revoked,
 * and read without login by whoever holds the URL. The feed lists only the confirmed bookings
 * of that child by that household, from 60 days ago to a year ahead: activity, place, times.
 */
@ApplicationScoped
public class CalendarFeeds {

    static final int DAYS_BEFORE = 60;
    static final int DAYS_AFTER = 366;
    public static final String PATH = "/api/v1/calendar-feeds/";

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

    /** The calendar behind a token, or empty for an unknown or revoked one (or a child no longer in the household). */
    public Optional<String> ics(String token) {
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
        return Optional.of(ICalendarWriter.write("Marelle – " + child.getFirstName(),
                events(feed, child.getFirstName())));
    }

    private List<ICalendarWriter.Event> events(CalendarFeed feed, String firstName) {
        LocalDate today = LocalDate.now(clock);
        String host = host();
        List<Object[]> rows = em.createQuery("select b.id, b.confirmedAt, b.requestedAt, s.day, s.startTime, s.endTime,"
                        + " a.name, site.name from Booking b, Session s join s.activity a join a.site site"
                        + " where s.id = b.sessionId and b.childId = :c and b.householdId = :h"
                        + " and b.status = fr.marelle.booking.entity.BookingStatus.CONFIRMED"
                        + " and s.day between :from and :to order by s.day, s.startTime", Object[].class)
                .setParameter("c", feed.getChildId()).setParameter("h", feed.getHouseholdId())
                .setParameter("from", today.minusDays(DAYS_BEFORE)).setParameter("to", today.plusDays(DAYS_AFTER))
                .getResultList();
        return rows.stream().map(r -> {
            OffsetDateTime stamp = r[1] != null ? (OffsetDateTime) r[1] : (OffsetDateTime) r[2];
            LocalDate day = (LocalDate) r[3];
            return new ICalendarWriter.Event("booking-" + r[0] + "@" + host, stamp.toInstant(),
                    paris(day, (LocalTime) r[4]), paris(day, (LocalTime) r[5]), r[6] + " – " + firstName, (String) r[7]);
        }).toList();
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
