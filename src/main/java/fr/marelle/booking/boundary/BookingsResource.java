package fr.marelle.booking.boundary;

import fr.marelle.identity.entity.Role;
import fr.marelle.identity.control.Acting;
import fr.marelle.booking.control.BookingDecision;
import fr.marelle.booking.control.Bookings;
import fr.marelle.booking.control.WaitingLists;
import fr.marelle.booking.control.ChildCalendar;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.identity.entity.Account;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Bookings of the signed-in parent's children (their own household), or of any household for
 * staff, who then name it and may give a reason to override deadline and capacity.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings", description = "Booking and cancelling sessions, a child's calendar and booking history (families; planning staff for any household)")
public class BookingsResource {

    public static class Item {
        public Long childId;
        public Long sessionId;
    }

    public static class BookingRequest {
        public List<Item> items;
        /** Staff only: the household booked for. */
        public Long householdId;
        /** Staff only: why the deadline or the capacity is overridden. */
        public String overrideReason;
    }

    public static class StandardWeekRequest {
        public Long childId;
        public Long activityId;
        public String from;
        public String to;
        /** MONDAY ... SUNDAY */
        public List<String> weekdays;
        public Long householdId;
    }

    public static class CancellationRequest {
        public List<Long> bookingIds;
        public Long householdId;
        public String overrideReason;
    }

    public record OutcomeJson(long childId, long sessionId, Long bookingId,
                              @Schema(enumeration = {"CONFIRMED", "WAITING", "ALREADY_BOOKED", "REFUSED", "CANCELLED"}) String result,
                              String message) {
    }

    public record CalendarEntryJson(long sessionId, long activityId, String activity, String site, LocalDate day,
                                    String start, String end,
                                    @Schema(description = "Booked (CONFIRMED, WAITING, CANCELLED), PAST with the attendance,"
                                            + " or not booked: BOOKABLE, WAITING_LIST_OPEN or CLOSED with the reason",
                                            enumeration = {"CONFIRMED", "WAITING", "CANCELLED", "PAST", "BOOKABLE",
                                                    "WAITING_LIST_OPEN", "CLOSED"}) String state,
                                    Long bookingId, String reason,
                                    int remaining, Integer priceCents, String priceExplanation,
                                    String bookUntil, String cancelUntil, Integer waitingPosition,
                                    @Schema(enumeration = {"PRESENT", "ABSENT_EXCUSED", "ABSENT_UNEXCUSED",
                                            "PRESENT_WITHOUT_BOOKING"}) String attendance) {
    }

    public record BookingJson(long bookingId, long sessionId, long activityId, String activity, LocalDate day,
                              String start, String end,
                              @Schema(enumeration = {"CONFIRMED", "WAITING", "CANCELLED"}) String status, Integer waitingPosition, String requestedAt,
                              String cancelledAt) {
    }

    @Schema(name = "BookingChangeJson")
    public record HistoryJson(String at, String who, String actorKind, String action, long bookingId, String reason) {
    }

    @Inject
    Acting acting;

    @Inject
    HouseholdAccess access;

    @Inject
    Bookings bookings;

    @Inject
    ChildCalendar calendar;

    @Inject
    WaitingLists waitingLists;

    @Context
    HttpHeaders headers;

    @POST
    @Path("bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book sessions for children (one or many)",
            description = "Each item gets its outcome: CONFIRMED, WAITING, ALREADY_BOOKED or REFUSED with the reason."
                    + " Deadlines and capacity are checked at the moment of the write. A request for a single session"
                    + " that is refused answers with a problem naming the rule (`rule`) and the deadline (`deadline`):"
                    + " 409 when the session is full, closed or its deadline passed, 422 when the child is not eligible"
                    + " (age, class, residence, registration), 404 for an unknown child or session.")
    @APIResponse(responseCode = "200", description = "the outcome of each item",
            content = @Content(schema = @Schema(implementation = OutcomeJson.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "409", description = "the single session asked for is full, closed or past its deadline",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = BookingRefusal.class)))
    @APIResponse(responseCode = "422", description = "the child is not eligible to the single session asked for",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = BookingRefusal.class)))
    @jakarta.transaction.Transactional // one transaction, so the signed-in account and household are read once
    public Response book(BookingRequest body) {
        Account actor = acting.requireRole(Role.PARENT, Role.AGENT, Role.ADMIN);
        BookingRequest request = body == null ? new BookingRequest() : body;
        List<Bookings.Request> items = request.items == null ? List.of() : request.items.stream()
                .map(i -> {
                    if (i == null || i.childId == null || i.sessionId == null) {
                        throw RuleViolationException.of("items", "booking.items.incomplete");
                    }
                    return new Bookings.Request(i.childId, i.sessionId);
                }).toList();
        return answer(bookings.book(actor.getId(), household(actor, request.householdId), items, request.overrideReason));
    }

    @POST
    @Path("bookings/standard-week")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Standard week: book a child on every session of an activity on the given weekdays of a period",
            description = "Each date gets its outcome; refused dates come with their reason.")
    public List<OutcomeJson> standardWeek(StandardWeekRequest body) {
        Account actor = acting.requireRole(Role.PARENT, Role.AGENT, Role.ADMIN);
        StandardWeekRequest request = body == null ? new StandardWeekRequest() : body;
        if (request.childId == null || request.activityId == null) {
            throw RuleViolationException.of(request.childId == null ? "childId" : "activityId", "booking.items.incomplete");
        }
        java.util.Set<java.time.DayOfWeek> weekdays = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
        for (String day : request.weekdays == null ? List.<String>of() : request.weekdays) {
            try {
                weekdays.add(java.time.DayOfWeek.valueOf(String.valueOf(day).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw RuleViolationException.of("weekdays", "booking.standardWeek.weekdays");
            }
        }
        return json(bookings.standardWeek(actor.getId(), household(actor, request.householdId), request.childId,
                request.activityId, day("from", request.from), day("to", request.to), weekdays));
    }

    @POST
    @Path("bookings/cancellations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelBookings", summary = "Cancel bookings or leave waiting lists (one or many)",
            description = "Each booking gets its outcome: CANCELLED or REFUSED with the reason (e.g. the cancelling"
                    + " deadline that passed).")
    public List<OutcomeJson> cancel(CancellationRequest body) {
        Account actor = acting.requireRole(Role.PARENT, Role.AGENT, Role.ADMIN);
        CancellationRequest request = body == null ? new CancellationRequest() : body;
        return json(bookings.cancel(actor.getId(), household(actor, request.householdId),
                request.bookingIds == null ? List.of() : request.bookingIds, request.overrideReason));
    }

    @DELETE
    @Path("bookings/{id}")
    @Operation(summary = "Cancel one booking or leave a waiting list",
            description = "Refused with a problem naming the rule and the deadline: 409 when the cancelling deadline"
                    + " passed or the booking is already cancelled, 404 for a booking of another household.")
    @APIResponse(responseCode = "200", description = "cancelled",
            content = @Content(schema = @Schema(implementation = OutcomeJson.class)))
    @APIResponse(responseCode = "409", description = "the cancelling deadline passed, or already cancelled",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = BookingRefusal.class)))
    public Response cancelOne(@PathParam("id") long bookingId, @QueryParam("householdId") Long householdId) {
        Account actor = acting.requireRole(Role.PARENT, Role.AGENT, Role.ADMIN);
        List<Bookings.Outcome> outcomes = bookings.cancel(actor.getId(), household(actor, householdId), List.of(bookingId), null);
        return refusalOfOne(outcomes).orElseGet(() -> Response.ok(json(outcomes).get(0)).build());
    }

    @GET
    @Path("children/{id}/bookings")
    @Operation(summary = "A child's bookings in this household over a period: confirmed, waiting (with the place in"
            + " the queue) and cancelled")
    public List<BookingJson> bookingsOf(@PathParam("id") long childId,
                                        @Parameter(description = "first day, yyyy-MM-dd") @QueryParam("from") String from,
                                        @Parameter(description = "last day, yyyy-MM-dd (at most 366 days)") @QueryParam("to") String to,
                                        @QueryParam("householdId") Long householdId) {
        Account actor = acting.requireRole(Role.PARENT, Role.AGENT, Role.ADMIN);
        List<ChildCalendar.Booked> booked = calendar.bookings(actor.getId(), household(actor, householdId), childId,
                day("from", from), day("to", to));
        var positions = waitingLists.positions(booked.stream().map(b -> b.booking().getId()).toList());
        return booked.stream().map(b -> new BookingJson(b.booking().getId(), b.session().getId(),
                b.session().getActivity().getId(), b.session().getActivity().getName(), b.session().getDay(),
                b.session().getStartTime().toString(), b.session().getEndTime().toString(), b.booking().getStatus().name(),
                positions.get(b.booking().getId()), b.booking().getRequestedAt().toString(),
                b.booking().getCancelledAt() == null ? null : b.booking().getCancelledAt().toString())).toList();
    }

    @GET
    @Path("children/{id}/calendar")
    @Operation(summary = "A child's sessions: booked, waiting (with the place in the queue), bookable (price, deadline)"
            + " or closed with the reason; past sessions with the attendance marked (PRESENT, ABSENT_EXCUSED,"
            + " ABSENT_UNEXCUSED, PRESENT_WITHOUT_BOOKING)")
    public List<CalendarEntryJson> calendar(@PathParam("id") long childId,
                                            @Parameter(description = "first day, yyyy-MM-dd") @QueryParam("from") String from,
                                            @Parameter(description = "last day, yyyy-MM-dd (at most 62 days)") @QueryParam("to") String to,
                                            @QueryParam("householdId") Long householdId) {
        Account actor = acting.requireRole(Role.PARENT, Role.AGENT, Role.ADMIN);
        Locale locale = locale();
        List<ChildCalendar.Entry> entries = calendar.of(actor.getId(), household(actor, householdId), childId,
                day("from", from), day("to", to));
        var positions = waitingLists.positions(entries.stream().filter(e -> e.booking() != null)
                .map(e -> e.booking().getId()).toList());
        return entries.stream().map(e -> {
                    Prices.Price price = e.price();
                    return new CalendarEntryJson(e.session().getId(), e.session().getActivity().getId(),
                            e.session().getActivity().getName(), e.session().getActivity().getSite().getName(),
                            e.session().getDay(), e.session().getStartTime().toString(), e.session().getEndTime().toString(),
                            e.state(), e.booking() == null ? null : e.booking().getId(),
                            e.booking() == null ? e.decision().text(locale) : null, e.session().remaining(),
                            price == null ? null : price.cents(), price == null ? null : price.explanation(locale),
                            e.bookUntil().toOffsetDateTime().toString(), e.cancelUntil().toOffsetDateTime().toString(),
                            e.booking() == null ? null : positions.get(e.booking().getId()),
                            e.attendance() == null ? null : e.attendance().name());
                }).toList();
    }

    @GET
    @Path("children/{id}/bookings/history")
    @Operation(operationId = "childBookingHistory", summary = "Every change of the child's bookings in this household: who, when, what")
    public List<HistoryJson> history(@PathParam("id") long childId, @QueryParam("householdId") Long householdId) {
        Account actor = acting.requireRole(Role.PARENT, Role.AGENT, Role.ADMIN);
        return calendar.history(actor.getId(), household(actor, householdId), childId).stream()
                .map(c -> new HistoryJson(c.getAt().toString(), c.getActorName(), c.getActorKind().name(),
                        c.getAction().name(), c.getBookingId(), c.getReason()))
                .toList();
    }

    /** A parent acts for their own household; staff name the household. */
    private long household(Account actor, Long householdId) {
        if (access.isPlanningStaff(actor.getId())) {
            if (householdId == null) {
                throw RuleViolationException.of("householdId", "booking.household.required");
            }
            return householdId;
        }
        return access.ownHousehold(actor.getId()).orElseThrow(() -> new UnknownRecordException("household", "mine"));
    }

    /** The outcomes, or the refusal as a problem when a single session was asked for. */
    private Response answer(List<Bookings.Outcome> outcomes) {
        return refusalOfOne(outcomes).orElseGet(() -> Response.ok(json(outcomes)).build());
    }

    private java.util.Optional<Response> refusalOfOne(List<Bookings.Outcome> outcomes) {
        if (outcomes.size() == 1 && outcomes.get(0).decision().result() == BookingDecision.Result.REFUSED) {
            return java.util.Optional.of(BookingRefusal.response(outcomes.get(0).decision(), locale()));
        }
        return java.util.Optional.empty();
    }

    private List<OutcomeJson> json(List<Bookings.Outcome> outcomes) {
        Locale locale = locale();
        return outcomes.stream().map(o -> new OutcomeJson(o.childId(), o.sessionId(), o.bookingId(),
                o.decision().result().name(), o.decision().text(locale))).toList();
    }

    private static LocalDate day(String field, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw RuleViolationException.of(field, "calendar.date.invalid");
        }
    }

    private Locale locale() {
        return ApiLocale.of(headers);
    }
}
