package fr.marelle.booking.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.booking.control.WaitingLists;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Planning staff work the waiting lists: see the queues, give a place, take a child off with a message. */
@Path("/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings (staff)", description = "Waiting lists: promoting and removing bookings (planning staff)")
public class StaffBookingsResource {

    public static class PromotionRequest {
        /** Needed past the booking deadline or beyond the capacity. */
        public String reason;
    }

    public static class RemovalRequest {
        /** Mailed to the family and kept in the child's history. */
        public String message;
    }

    public record WaitingJson(long bookingId, int position, long childId, String child, long householdId,
                              String household, String requestedAt) {
    }

    public record QueueJson(long sessionId, long activityId, String activity, LocalDate day, String start,
                            int capacity, int confirmed, List<WaitingJson> waiting) {
    }

    @Inject
    Acting acting;

    @Inject
    WaitingLists waitingLists;

    @Inject
    Clock clock;

    @GET
    @Path("waiting-lists")
    @Operation(summary = "Sessions with children waiting, from a day on (today by default), each with its queue in order")
    public List<QueueJson> waitingLists(@Parameter(description = "first day, yyyy-MM-dd") @QueryParam("from") String from,
                                        @QueryParam("activityId") Long activityId) {
        long actor = acting.require().getId();
        return waitingLists.from(actor, from == null ? LocalDate.now(clock) : day(from), activityId).stream()
                .map(q -> new QueueJson(q.session().getId(), q.session().getActivity().getId(),
                        q.session().getActivity().getName(), q.session().getDay(), q.session().getStartTime().toString(),
                        q.session().getCapacity(), q.session().getConfirmed(), q.waiting().stream()
                        .map(w -> new WaitingJson(w.booking().getId(), w.position(), w.child().getId(),
                                w.child().getFirstName() + " " + w.child().getLastName(), w.household().getId(),
                                w.household().getName(), w.booking().getRequestedAt().toString())).toList()))
                .toList();
    }

    @POST
    @Path("bookings/{id}/promotion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the place to a child waiting (a written reason is needed past the deadline or the capacity)")
    public void promote(@PathParam("id") long bookingId, PromotionRequest body) {
        waitingLists.promote(acting.require().getId(), bookingId, body == null ? null : body.reason);
    }

    @POST
    @Path("bookings/{id}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a child off a waiting list with a message to the family")
    public void remove(@PathParam("id") long bookingId, RemovalRequest body) {
        waitingLists.remove(acting.require().getId(), bookingId, body == null ? null : body.message);
    }

    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw RuleViolationException.of("from", "calendar.date.invalid");
        }
    }
}
