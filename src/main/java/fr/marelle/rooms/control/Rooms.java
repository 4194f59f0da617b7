package fr.marelle.rooms.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.identity.control.Acting;
import fr.marelle.planning.control.Closures;
import fr.marelle.planning.control.Sites;
import fr.marelle.planning.entity.Closure;
import fr.marelle.planning.entity.Site;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import fr.marelle.rooms.entity.PriceCategory;
import fr.marelle.rooms.entity.Room;
import fr.marelle.rooms.entity.RoomPrice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rooms for hire, kept by planning staff, and their calendar: opening hours, the closures of their site
 * (shared with planning) and the slots taken, never by whom.
 */
@ApplicationScoped
public class Rooms {

    /** What staff type to create or change a room. */
    public record RoomForm(Long siteId, String name, Integer capacity, String equipment, LocalTime opensAt,
                           LocalTime closesAt, Integer minNoticeDays, Integer maxAdvanceDays, Integer depositCents,
                           Boolean active, Boolean insuranceRequired, List<RoomPrice> prices) {
    }

    /** The longest calendar asked at once (a month view with its edges). */
    public static final int MAX_DAYS = 42;

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    Sites sites;

    @Inject
    Closures closures;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The rooms open for hire (staff see the inactive ones too), by name. */
    public List<Room> list(boolean withInactive) {
        return em.createQuery("select r from Room r" + (withInactive ? "" : " where r.active = true")
                + " order by lower(r.name)", Room.class).getResultList();
    }

    /** An active room (staff: any), or 404. */
    public Room get(long roomId) {
        Room room = em.find(Room.class, roomId);
        if (room == null || !room.isActive() && !acting.isPlanningStaff()) {
            throw new UnknownRecordException("room", roomId);
        }
        return room;
    }

    public String siteName(Room room) {
        return sites.byId(room.getSiteId()).map(Site::getName).orElse("");
    }

    /** Whether the room's site (or every site) is closed that day. */
    public boolean closedOn(Room room, LocalDate day) {
        return closures.between(day, day).stream().anyMatch(c -> covers(c, room));
    }

    /** The room's days from {@code from} to {@code to} included, at most {@value #MAX_DAYS}. */
    public List<DayAvailability> availability(long roomId, LocalDate from, LocalDate to) {
        Room room = get(roomId);
        if (from == null || to == null || to.isBefore(from)) {
            throw RuleViolationException.of("to", "room.calendar.range");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw RuleViolationException.of("to", "room.calendar.tooLong", MAX_DAYS);
        }
        var closedDays = closures.between(from, to).stream().filter(c -> covers(c, room)).map(Closure::getDay)
                .collect(Collectors.toSet());
        OffsetDateTime start = from.atStartOfDay(ClockProducer.PARIS).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(ClockProducer.PARIS).toOffsetDateTime();
        List<?> rows = em.createNativeQuery("select starts_at, ends_at from room_hire where room_id = ?1"
                        + " and status in ('REQUESTED', 'PROPOSED', 'ACCEPTED') and period && tstzrange(?2, ?3)")
                .setParameter(1, roomId).setParameter(2, start).setParameter(3, end).getResultList();
        Map<LocalDate, List<DayAvailability.Slot>> taken = new java.util.HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            var s = fr.marelle.platform.control.SqlInstants.paris(r[0]);
            var e = fr.marelle.platform.control.SqlInstants.paris(r[1]);
            taken.computeIfAbsent(s.toLocalDate(), d -> new ArrayList<>())
                    .add(new DayAvailability.Slot(s.toLocalTime(), e.toLocalDate().isAfter(s.toLocalDate()) ? LocalTime.MAX : e.toLocalTime()));
        }
        List<DayAvailability> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(DayAvailability.of(d, closedDays.contains(d), room.getOpensAt(), room.getClosesAt(),
                    taken.getOrDefault(d, List.of())));
        }
        return days;
    }

    @Transactional
    public Room create(RoomForm form) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        Room room = new Room(OffsetDateTime.now(clock));
        apply(room, form);
        em.persist(room);
        em.flush();
        audit.record("ROOM_CREATED", "room", room.getId(), null, room.auditView());
        return room;
    }

    @Transactional
    public Room update(long roomId, RoomForm form) {
        acting.requirePlanningStaff();
        Room room = em.find(Room.class, roomId);
        if (room == null) {
            throw new UnknownRecordException("room", roomId);
        }
        var before = room.auditView();
        apply(room, form);
        em.flush();
        audit.record("ROOM_CHANGED", "room", room.getId(), before, room.auditView());
        return room;
    }

    private void apply(Room room, RoomForm f) {
        List<Violation> v = new ArrayList<>();
        if (f.siteId() == null || sites.byId(f.siteId()).isEmpty()) {
            v.add(Violation.of("siteId", "planning.activity.siteRequired"));
        }
        String name = f.name() == null ? "" : f.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            v.add(Violation.of("name", "room.name.required"));
        }
        if (f.capacity() == null || f.capacity() < 1 || f.capacity() > 5000) {
            v.add(Violation.of("capacity", "room.capacity.invalid"));
        }
        if (f.equipment() != null && f.equipment().length() > 1000) {
            v.add(Violation.of("equipment", "room.equipment.tooLong"));
        }
        if (f.opensAt() == null || f.closesAt() == null || !f.opensAt().isBefore(f.closesAt())) {
            v.add(Violation.of("opensAt", "room.hours.invalid"));
        }
        if (f.minNoticeDays() != null && (f.minNoticeDays() < 0 || f.minNoticeDays() > 365)) {
            v.add(Violation.of("minNoticeDays", "room.notice.invalid"));
        }
        if (f.maxAdvanceDays() != null && (f.maxAdvanceDays() < 1 || f.maxAdvanceDays() > 1095)) {
            v.add(Violation.of("maxAdvanceDays", "room.advance.invalid"));
        }
        if (f.depositCents() != null && f.depositCents() < 0) {
            v.add(Violation.of("depositCents", "room.amount.negative"));
        }
        List<RoomPrice> prices = f.prices() == null ? List.of() : f.prices();
        if (prices.stream().map(RoomPrice::getCategory).distinct().count() != prices.size()
                || prices.stream().anyMatch(p -> p.getCategory() == null)) {
            v.add(Violation.of("prices", "room.prices.category"));
        }
        for (RoomPrice p : prices) {
            if (p.getHourCents() == null && p.getHalfDayCents() == null && p.getDayCents() == null) {
                v.add(Violation.of("prices", "room.prices.empty"));
            } else if (negative(p.getHourCents()) || negative(p.getHalfDayCents()) || negative(p.getDayCents())
                    || p.getCleaningCents() < 0) {
                v.add(Violation.of("prices", "room.amount.negative"));
            }
        }
        if (prices.stream().noneMatch(p -> p.getCategory() == PriceCategory.STANDARD)) {
            v.add(Violation.of("prices", "room.prices.standardRequired"));
        }
        RuleViolationException.throwIfAny(v);
        room.setSiteId(f.siteId());
        room.setName(name);
        room.setCapacity(f.capacity());
        room.setEquipment(f.equipment() == null || f.equipment().isBlank() ? null : f.equipment().strip());
        room.setOpensAt(f.opensAt());
        room.setClosesAt(f.closesAt());
        room.setMinNoticeDays(f.minNoticeDays() == null ? 7 : f.minNoticeDays());
        room.setMaxAdvanceDays(f.maxAdvanceDays() == null ? 365 : f.maxAdvanceDays());
        room.setDepositCents(f.depositCents() == null ? 0 : f.depositCents());
        room.setActive(f.active() == null || f.active());
        room.setInsuranceRequired(Boolean.TRUE.equals(f.insuranceRequired()));
        room.setPrices(prices);
    }

    private static boolean negative(Integer cents) {
        return cents != null && cents < 0;
    }

    private static boolean covers(Closure c, Room room) {
        return c.getSite() == null || c.getSite().getId() == room.getSiteId();
    }
}
