package fr.marelle.rooms.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.rooms.control.RoomHires;
import fr.marelle.rooms.control.RoomPhotos;
import fr.marelle.rooms.control.Rooms;
import fr.marelle.rooms.entity.RoomPhoto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Rooms for hire and their calendar, for anyone signed in. */
@Path("rooms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rooms", description = "Rooms for hire: their prices, their calendar of free and taken slots, the price of a slot")
public class RoomsResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    Acting acting;

    @Inject
    Rooms rooms;

    @Inject
    RoomHires hires;

    @Inject
    RoomAnswers answers;

    @Inject
    RoomPhotos photos;

    @GET
    @Path("{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", PROBLEM})
    @Operation(operationId = "getRoomPhoto", summary = "A photo of a room (its text alternative is in the room's photos)")
    @APIResponse(responseCode = "200", description = "The photo", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such room open for hire, or no such photo of it", content = @Content(mediaType = PROBLEM))
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        acting.require();
        RoomPhoto photo = photos.get(id, photoId);
        return Response.ok(photo.getContent(), photo.getMediaType()).header("Cache-Control", "private, max-age=3600").build();
    }

    @GET
    @Operation(operationId = "listRooms", summary = "The rooms open for hire, with their grids and opening hours")
    @APIResponse(responseCode = "200", description = "The rooms, by name",
            content = @Content(schema = @Schema(implementation = RoomJson.Out.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    public List<RoomJson.Out> list() {
        acting.require();
        return rooms.list(false).stream().map(answers::of).toList();
    }

    @GET
    @Path("{id}/availability")
    @Operation(operationId = "getRoomAvailability", summary = "A room's days from one date to another (42 days at most)",
            description = "Each day is closed (its site is closed) or cut into taken and free slots within the opening"
                    + " hours, Paris time. It never says who took a slot.")
    @APIResponse(responseCode = "200", description = "The days, in order",
            content = @Content(schema = @Schema(implementation = RoomJson.Day.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Dates missing, unreadable, in the wrong order or too far apart",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such room", content = @Content(mediaType = "application/problem+json"))
    public List<RoomJson.Day> availability(@PathParam("id") long id,
                                           @Parameter(description = "First day, YYYY-MM-DD", required = true) @QueryParam("from") String from,
                                           @Parameter(description = "Last day, YYYY-MM-DD", required = true) @QueryParam("to") String to) {
        acting.require();
        return rooms.availability(id, date("from", from), date("to", to)).stream().map(RoomJson.Day::of).toList();
    }

    @GET
    @Path("{id}/quote")
    @Operation(operationId = "quoteRoomHire", summary = "What a slot would cost the signed-in household, before asking",
            description = "The same rules as a request (opening hours, closures, notice and advance); the cheapest of the"
                    + " hourly, half-day and day prices of the household's grid (association, resident or standard).")
    @APIResponse(responseCode = "200", description = "The price", content = @Content(schema = @Schema(implementation = RoomJson.Quote.class)))
    @APIResponse(responseCode = "400", description = "The slot breaks a rule, or the account has no household file yet",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such room", content = @Content(mediaType = "application/problem+json"))
    public RoomJson.Quote quote(@PathParam("id") long id,
                                @Parameter(description = "Start, YYYY-MM-DDTHH:MM (Paris)", required = true) @QueryParam("start") String start,
                                @Parameter(description = "End, YYYY-MM-DDTHH:MM (Paris)", required = true) @QueryParam("end") String end) {
        return RoomJson.Quote.of(hires.quote(acting.require().getId(), id, dateTime("start", start), dateTime("end", end)));
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw RuleViolationException.of(field, "room.calendar.dateRequired");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolationException.of(field, "room.calendar.dateInvalid");
        }
    }

    static LocalDateTime dateTime(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolationException.of(field, "roomHire.slot.unreadable");
        }
    }

    /** An instant as the Paris wall-clock time the hirer typed, e.g. 2027-02-06T14:00. */
    static String paris(OffsetDateTime instant) {
        return instant.atZoneSameInstant(ClockProducer.PARIS).toLocalDateTime().toString();
    }
}
