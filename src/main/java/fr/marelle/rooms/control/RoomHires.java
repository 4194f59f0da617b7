package fr.marelle.rooms.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.billing.control.RoomHireInvoices;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.HouseholdHistory;
import fr.marelle.family.control.Households;
import fr.marelle.family.control.ProofFiles;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountType;
import fr.marelle.legal.control.LegalMentions;
import fr.marelle.legal.control.SubmissionReference;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import fr.marelle.rooms.entity.DepositStatus;
import fr.marelle.rooms.entity.HireStatus;
import fr.marelle.rooms.entity.PriceCategory;
import fr.marelle.rooms.entity.Room;
import fr.marelle.rooms.entity.RoomHire;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Room hire: a household (family, association or company) asks for a slot at the price quoted; planning
 * staff accept it (invoiced at once in the room-hire régie, the deposit held), refuse it with a reason
 * (appeal routes given), or propose another slot the household takes or not; after the event the deposit
 * is returned or kept with a reason. One hire per room and time: PostgreSQL refuses overlapping slots.
 */
@ApplicationScoped
public class RoomHires {

    /** The exclusion constraint's SQL state. */
    private static final String EXCLUSION_VIOLATION = "23P01";

    /** A staff decision on a hire. */
    public enum Decision { ACCEPT, REFUSE, PROPOSE, REQUIRE_INSURANCE }

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    HouseholdAccess access;

    @Inject
    Households households;

    @Inject
    HouseholdHistory history;

    @Inject
    Rooms rooms;

    @Inject
    RoomHireInvoices invoices;

    @Inject
    RoomHireMails mails;

    @Inject
    LegalMentions legalMentions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The reference the household quotes about its request, e.g. L-2026-000123 ("location"), from when it was asked. */
    public static SubmissionReference reference(RoomHire hire) {
        return SubmissionReference.of(SubmissionReference.Kind.ROOM_HIRE, hire.getId(), hire.getCreatedAt());
    }

    /** The price the signed-in household would pay for the slot (null: nothing offered to it for that slot). */
    public RoomPricing.Quote quote(long actorId, long roomId, LocalDateTime start, LocalDateTime end) {
        Room room = rooms.get(roomId);
        List<Violation> v = new ArrayList<>();
        if (start == null || end == null) {
            throw RuleViolationException.of("start", "roomHire.slot.required");
        }
        HireRules.checkSlot(facts(room), start, end, now(), rooms.closedOn(room, start.toLocalDate()), true, v);
        RuleViolationException.throwIfAny(v);
        return priced(room, category(myHousehold(actorId)), start, end);
    }

    /** The category of the household's prices: association, resident or standard. */
    public PriceCategory category(Household household) {
        List<?> types = em.createNativeQuery("select a.account_type from account a join guardian g on g.account_id = a.id"
                + " where g.household_id = ?1").setParameter(1, household.getId()).getResultList();
        return RoomPricing.category(types.contains(AccountType.ASSOCIATION.name()), types.contains(AccountType.COMPANY.name()),
                households.isResident(household));
    }

    @Transactional
    public RoomHire request(long actorId, long roomId, LocalDateTime start, LocalDateTime end, String purpose,
                            Integer attendance) {
        Household household = myHousehold(actorId);
        Room room = rooms.get(roomId);
        RuleViolationException.throwIfAny(HireRules.check(facts(room), start, end, now(),
                start != null && rooms.closedOn(room, start.toLocalDate()), purpose, attendance));
        PriceCategory category = category(household);
        RoomPricing.Quote quote = priced(room, category, start, end);
        RoomHire hire = new RoomHire(room.getId(), household.getId(), actorId, paris(start), paris(end), purpose.strip(),
                attendance, OffsetDateTime.now(clock));
        hire.price(category, quote.rentCents(), quote.cleaningCents(), quote.depositCents());
        hire.setInsuranceRequired(room.isInsuranceRequired());
        em.persist(hire);
        flushOrSlotTaken();
        history.record(household.getId(), "room_hire", hire.getId(), room.getName(), null, familyView(hire, room));
        mails.submitted(hire, room);
        return hire;
    }

    /** The household's hires, newest slot first. */
    public List<RoomHire> mine(long actorId) {
        Household household = myHousehold(actorId);
        return em.createQuery("select h from RoomHire h where h.householdId = :h order by h.startsAt desc", RoomHire.class)
                .setParameter("h", household.getId()).getResultList();
    }

    /** One hire: the household's own, or any for planning staff; 404 otherwise (whatever the id typed). */
    public RoomHire get(long actorId, long hireId) {
        RoomHire hire = em.find(RoomHire.class, hireId);
        if (hire == null || !access.isPlanningStaff(actorId) && !access.isGuardianOf(actorId, hire.getHouseholdId())) {
            throw new UnknownRecordException("room hire", hireId);
        }
        return hire;
    }

    /** The staff queue: hires in the states asked (default: waiting for a decision), soonest slot first. */
    public List<RoomHire> queue(List<HireStatus> states) {
        acting.requirePlanningStaff();
        List<HireStatus> asked = states == null || states.isEmpty() ? List.of(HireStatus.REQUESTED) : states;
        return em.createQuery("select h from RoomHire h where h.status in :s order by h.startsAt", RoomHire.class)
                .setParameter("s", asked).setMaxResults(500).getResultList();
    }

    /** A household uploads the insurance certificate (PDF, JPEG or PNG, checked by content, at most 5 MB). */
    @Transactional
    public RoomHire uploadInsurance(long actorId, long hireId, byte[] content) {
        RoomHire hire = mineForUpdate(actorId, hireId);
        if (!hire.getStatus().holdsSlot() || hire.getStatus() == HireStatus.ACCEPTED && hire.isInsuranceUploaded()) {
            throw RuleViolationException.of("insurance", "roomHire.state.notAllowed");
        }
        List<Violation> v = new ArrayList<>();
        String type = ProofFiles.check("insurance", content, v);
        RuleViolationException.throwIfAny(v);
        var before = hire.auditView();
        hire.insurance(content, type);
        em.flush();
        audit.record("ROOM_HIRE_INSURANCE_UPLOADED", "room_hire", hire.getId(), before, hire.auditView());
        return hire;
    }

    /** An insurance certificate as it was uploaded. */
    public record Certificate(byte[] content, String type) {
    }

    /** The insurance certificate of a hire, for planning staff (empty: none uploaded). */
    public java.util.Optional<Certificate> insurance(long hireId) {
        RoomHire hire = get(acting.requirePlanningStaff().getId(), hireId);
        return hire.isInsuranceUploaded() ? java.util.Optional.of(new Certificate(hire.getInsuranceFile(), hire.getInsuranceType()))
                : java.util.Optional.empty();
    }

    /** The household takes the slot an agent proposed (asked again) or declines it (withdrawn). */
    @Transactional
    public RoomHire answerProposal(long actorId, long hireId, boolean takeIt) {
        RoomHire hire = mineForUpdate(actorId, hireId);
        if (hire.getStatus() != HireStatus.PROPOSED) {
            throw RuleViolationException.of("accept", "roomHire.state.notAllowed");
        }
        return change(hire, takeIt ? HireStatus.REQUESTED : HireStatus.WITHDRAWN, null);
    }

    /** The household withdraws a request or proposal (not an accepted hire: the town is asked to cancel it). */
    @Transactional
    public RoomHire withdraw(long actorId, long hireId) {
        RoomHire hire = mineForUpdate(actorId, hireId);
        if (hire.getStatus() != HireStatus.REQUESTED && hire.getStatus() != HireStatus.PROPOSED) {
            throw RuleViolationException.of("status", "roomHire.state.notAllowed");
        }
        return change(hire, HireStatus.WITHDRAWN, null);
    }

    @Transactional
    public RoomHire decide(long hireId, Decision decision, String reason, LocalDateTime start, LocalDateTime end) {
        Account staff = acting.requirePlanningStaff();
        RoomHire hire = em.find(RoomHire.class, hireId, LockModeType.PESSIMISTIC_WRITE);
        if (hire == null) {
            throw new UnknownRecordException("room hire", hireId);
        }
        if (decision == null) {
            throw RuleViolationException.of("decision", "roomHire.decision.unknown");
        }
        if (hire.getStatus() != HireStatus.REQUESTED) {
            throw RuleViolationException.of("decision", "roomHire.state.notAllowed");
        }
        Room room = em.find(Room.class, hire.getRoomId());
        var before = familyView(hire, room);
        var auditBefore = hire.auditView();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String message = null;
        switch (decision) {
            case REQUIRE_INSURANCE -> hire.setInsuranceRequired(true);
            case ACCEPT -> {
                if (hire.isInsuranceRequired() && !hire.isInsuranceUploaded()) {
                    throw RuleViolationException.of("decision", "roomHire.insurance.missing");
                }
                hire.decided(HireStatus.ACCEPTED, staff.getId(), now, null, null);
                if (hire.getDepositCents() > 0) {
                    hire.deposit(DepositStatus.HELD, null);
                }
                if (hire.totalCents() > 0) {
                    Household household = em.find(Household.class, hire.getHouseholdId());
                    LocalDateTime s = hire.getStartsAt().atZoneSameInstant(ClockProducer.PARIS).toLocalDateTime();
                    LocalDateTime e = hire.getEndsAt().atZoneSameInstant(ClockProducer.PARIS).toLocalDateTime();
                    hire.setInvoiceId(invoices.issue(staff.getId(), new RoomHireInvoices.Hire(hire.getId(),
                            household.getId(), hirerName(household), room.getName() + ", " + s.toLocalTime() + "–"
                            + e.toLocalTime(), s.toLocalDate(), hire.totalCents(),
                            hire.getCategory() == PriceCategory.RESIDENT)).getId());
                }
            }
            case REFUSE -> {
                if (reason == null || reason.isBlank()) {
                    throw RuleViolationException.of("reason", "roomHire.reason.required");
                }
                if (reason.strip().length() > 1000) {
                    throw RuleViolationException.of("reason", "roomHire.reason.tooLong");
                }
                hire.decided(HireStatus.REFUSED, staff.getId(), now, reason.strip(), legalMentions.signatory());
                message = reason.strip();
            }
            case PROPOSE -> {
                List<Violation> v = new ArrayList<>();
                if (start == null || end == null) {
                    v.add(Violation.of("start", "roomHire.slot.required"));
                } else {
                    HireRules.checkSlot(facts(room), start, end, now(), rooms.closedOn(room, start.toLocalDate()), false, v);
                }
                RuleViolationException.throwIfAny(v);
                RoomPricing.Quote quote = priced(room, hire.getCategory(), start, end);
                hire.moveTo(paris(start), paris(end));
                hire.price(hire.getCategory(), quote.rentCents(), quote.cleaningCents(), quote.depositCents());
                hire.decided(HireStatus.PROPOSED, staff.getId(), now, null, null);
                message = reason == null || reason.isBlank() ? null : reason.strip();
            }
        }
        flushOrSlotTaken();
        return recorded(hire, room, "ROOM_HIRE_" + decision.name(), auditBefore, before, message);
    }

    /** After the event, staff return the deposit or keep it (a reason required). */
    @Transactional
    public RoomHire settleDeposit(long hireId, DepositStatus outcome, String reason) {
        acting.requirePlanningStaff();
        RoomHire hire = em.find(RoomHire.class, hireId, LockModeType.PESSIMISTIC_WRITE);
        if (hire == null) {
            throw new UnknownRecordException("room hire", hireId);
        }
        if (outcome != DepositStatus.RETURNED && outcome != DepositStatus.KEPT) {
            throw RuleViolationException.of("outcome", "roomHire.deposit.outcome");
        }
        if (hire.getDepositStatus() != DepositStatus.HELD) {
            throw RuleViolationException.of("outcome", "roomHire.deposit.notHeld");
        }
        if (hire.getEndsAt().isAfter(OffsetDateTime.now(clock))) {
            throw RuleViolationException.of("outcome", "roomHire.deposit.beforeEvent");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (outcome == DepositStatus.KEPT && why == null) {
            throw RuleViolationException.of("reason", "roomHire.deposit.reasonRequired");
        }
        if (why != null && why.length() > 500) {
            throw RuleViolationException.of("reason", "roomHire.reason.tooLong");
        }
        Room room = em.find(Room.class, hire.getRoomId());
        var before = familyView(hire, room);
        var auditBefore = hire.auditView();
        hire.deposit(outcome, why);
        em.flush();
        return recorded(hire, room, "ROOM_HIRE_DEPOSIT_" + outcome.name(), auditBefore, before, why);
    }

    /** The name invoices and staff lists show: the organisation's, or the household's. */
    public String hirerName(Household household) {
        List<?> names = em.createNativeQuery("select a.organisation_name from account a join guardian g on g.account_id = a.id"
                + " where g.household_id = ?1 and a.organisation_name is not null order by g.joined_at")
                .setParameter(1, household.getId()).getResultList();
        return names.isEmpty() ? household.getName() : (String) names.get(0);
    }

    private RoomHire change(RoomHire hire, HireStatus status, String message) {
        Room room = em.find(Room.class, hire.getRoomId());
        var before = familyView(hire, room);
        var auditBefore = hire.auditView();
        hire.changeStatus(status, OffsetDateTime.now(clock));
        flushOrSlotTaken();
        return recorded(hire, room, "ROOM_HIRE_" + status.name(), auditBefore, before, message);
    }

    /** A change made: in the audit trail (full before/after), the household's history (what it sees), the mails. */
    private RoomHire recorded(RoomHire hire, Room room, String action, Map<String, Object> auditBefore,
                              Map<String, Object> familyBefore, String message) {
        audit.record(action, "room_hire", hire.getId(), auditBefore, hire.auditView());
        history.record(hire.getHouseholdId(), "room_hire", hire.getId(), room.getName(), familyBefore, familyView(hire, room));
        mails.changed(hire, room, message);
        return hire;
    }

    private RoomHire mineForUpdate(long actorId, long hireId) {
        Household household = myHousehold(actorId);
        RoomHire hire = em.find(RoomHire.class, hireId, LockModeType.PESSIMISTIC_WRITE);
        if (hire == null || hire.getHouseholdId() != household.getId()) {
            throw new UnknownRecordException("room hire", hireId);
        }
        return hire;
    }

    private Household myHousehold(long actorId) {
        Long id = access.ownHousehold(actorId)
                .orElseThrow(() -> RuleViolationException.of(null, "roomHire.household.required"));
        return em.find(Household.class, id);
    }

    private RoomPricing.Quote priced(Room room, PriceCategory category, LocalDateTime start, LocalDateTime end) {
        var price = room.price(category).or(() -> room.price(PriceCategory.STANDARD))
                .orElseThrow(() -> RuleViolationException.of("start", "roomHire.price.none"));
        RoomPricing.Quote quote = RoomPricing.quote(new RoomPricing.Grid(price.getCategory(), price.getHourCents(),
                price.getHalfDayCents(), price.getDayCents(), price.getCleaningCents()),
                Duration.between(start, end).toMinutes(), room.getDepositCents());
        if (quote == null) {
            throw RuleViolationException.of("start", "roomHire.price.none");
        }
        return new RoomPricing.Quote(category, quote.unit(), quote.units(), quote.rentCents(), quote.cleaningCents(),
                quote.depositCents());
    }

    private void flushOrSlotTaken() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                    throw new SlotTakenException();
                }
            }
            throw e;
        }
    }

    private Map<String, Object> familyView(RoomHire hire, Room room) {
        Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("room", room.getName());
        view.put("startsAt", hire.getStartsAt().atZoneSameInstant(ClockProducer.PARIS).toLocalDateTime().toString());
        view.put("endsAt", hire.getEndsAt().atZoneSameInstant(ClockProducer.PARIS).toLocalDateTime().toString());
        view.put("status", hire.getStatus().name());
        view.put("totalCents", hire.totalCents());
        view.put("depositCents", hire.getDepositCents());
        view.put("depositStatus", hire.getDepositStatus().name());
        view.put("refusalReason", hire.getRefusalReason());
        view.put("depositReason", hire.getDepositReason());
        return view;
    }

    static HireRules.RoomFacts facts(Room room) {
        return new HireRules.RoomFacts(room.getOpensAt(), room.getClosesAt(), room.getMinNoticeDays(),
                room.getMaxAdvanceDays(), room.getCapacity());
    }

    /** The portal's clock as Paris wall-clock time, which slots are typed in. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ClockProducer.PARIS));
    }

    private static OffsetDateTime paris(LocalDateTime t) {
        return t.atZone(ClockProducer.PARIS).toOffsetDateTime();
    }
}
