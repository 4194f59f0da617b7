package fr.marelle.rooms.boundary;

import fr.marelle.family.control.ProofFiles;
import fr.marelle.identity.control.Acting;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.rooms.control.RoomHires;
import fr.marelle.rooms.control.Rooms;
import fr.marelle.rooms.entity.DepositStatus;
import fr.marelle.rooms.entity.HireStatus;
import fr.marelle.rooms.entity.Room;
import fr.marelle.rooms.entity.RoomPrice;
import fr.marelle.rooms.entity.PriceCategory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Planning staff: the rooms, the queue of hires and their decisions, the deposits after the event. */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Room hire (staff)", description = "Rooms kept by planning staff, decisions on hire requests, deposits")
public class StaffRoomHiresResource {

    private static final String PROBLEM = "application/problem+json";

    /** Body of POST /staff/rooms and PUT /staff/rooms/{id}. */
    @Schema(name = "RoomForm")
    public static class RoomIn {
        public Long siteId;
        public String name;
        public Integer capacity;
        public String equipment;
        @Schema(example = "08:00")
        public String opensAt;
        @Schema(example = "23:00")
        public String closesAt;
        @Schema(description = "Days before the hire a request must come (default 7)")
        public Integer minNoticeDays;
        @Schema(description = "Days ahead a request may come at most (default 365)")
        public Integer maxAdvanceDays;
        public Integer depositCents;
        public Boolean active;
        @Schema(description = "Every hire of the room needs an insurance certificate before it is accepted (default false)")
        public Boolean insuranceRequired;
        @Schema(description = "One grid per category; STANDARD is required. A grid of zeros is free hire")
        public List<RoomJson.Price> prices;
    }

    /** Body of POST /staff/room-hires/{id}/decision. */
    @Schema(name = "RoomHireDecision")
    public static class DecisionIn {
        @Schema(enumeration = {"ACCEPT", "REFUSE", "PROPOSE", "REQUIRE_INSURANCE"})
        public String decision;
        @Schema(description = "Required to refuse (stated in the mail with the appeal routes); a note to a proposal")
        public String reason;
        @Schema(description = "PROPOSE: the other slot's start, Paris time", example = "2027-02-07T14:00")
        public String start;
        @Schema(description = "PROPOSE: its end", example = "2027-02-07T18:00")
        public String end;
    }

    /** Body of POST /staff/room-hires/{id}/deposit. */
    @Schema(name = "RoomHireDepositOutcome")
    public static class DepositIn {
        @Schema(enumeration = {"RETURNED", "KEPT"})
        public String outcome;
        @Schema(description = "Required to keep it")
        public String reason;
    }

    @Inject
    RoomHireAnswers answers;

    @Inject
    RoomAnswers roomAnswers;

    @Inject
    Acting acting;

    @Inject
    Rooms rooms;

    @Inject
    RoomHires hires;

    @GET
    @Path("rooms")
    @Operation(operationId = "listRoomsForStaff", summary = "Every room, the inactive ones too")
    @APIResponse(responseCode = "200", description = "The rooms", content = @Content(schema = @Schema(implementation = RoomJson.Out.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not planning staff", content = @Content(mediaType = "application/problem+json"))
    public List<RoomJson.Out> rooms() {
        acting.requirePlanningStaff();
        return rooms.list(true).stream().map(roomAnswers::of).toList();
    }

    @POST
    @Path("rooms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRoom", summary = "Add a room for hire (audited)")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = RoomJson.Out.class)))
    @APIResponse(responseCode = "400", description = "One entry per invalid field", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not planning staff", content = @Content(mediaType = "application/problem+json"))
    public Response createRoom(RoomIn body) {
        acting.requirePlanningStaff();
        Room room = rooms.create(form(body));
        return Response.created(UriBuilder.fromPath("rooms/{id}").build(room.getId()))
                .entity(roomAnswers.of(room)).build();
    }

    @PUT
    @Path("rooms/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateRoom", summary = "Change a room (audited); hires already asked keep their price")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = RoomJson.Out.class)))
    @APIResponse(responseCode = "400", description = "One entry per invalid field", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not planning staff", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such room", content = @Content(mediaType = "application/problem+json"))
    public RoomJson.Out updateRoom(@PathParam("id") long id, RoomIn body) {
        acting.requirePlanningStaff();
        Room room = rooms.update(id, form(body));
        return roomAnswers.of(room);
    }

    @GET
    @Path("room-hires")
    @Operation(operationId = "listRoomHiresForStaff", summary = "The hires in the states asked, soonest first",
            description = "By default those waiting for a decision (REQUESTED). Staff see who hired.")
    @APIResponse(responseCode = "200", description = "The hires", content = @Content(schema = @Schema(implementation = RoomJson.Hire.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Unknown state", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not planning staff", content = @Content(mediaType = "application/problem+json"))
    public List<RoomJson.Hire> queue(@Parameter(description = "states, comma-separated: REQUESTED, PROPOSED, ACCEPTED, REFUSED, WITHDRAWN")
                                     @QueryParam("state") String state) {
        acting.requirePlanningStaff();
        List<HireStatus> states = new ArrayList<>();
        if (state != null) {
            for (String part : state.split(",")) {
                if (!part.isBlank()) {
                    states.add(parse(HireStatus.class, part, "state", "roomHire.state.unknown"));
                }
            }
        }
        return hires.queue(states).stream().map(answers::of).toList();
    }

    @GET
    @Path("room-hires/{id}")
    @Operation(operationId = "getRoomHireForStaff", summary = "One hire")
    @APIResponse(responseCode = "200", description = "The hire", content = @Content(schema = @Schema(implementation = RoomJson.Hire.class)))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not planning staff", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such hire", content = @Content(mediaType = "application/problem+json"))
    public RoomJson.Hire get(@PathParam("id") long id) {
        return answers.of(hires.get(acting.requirePlanningStaff().getId(), id));
    }

    @GET
    @Path("room-hires/{id}/insurance")
    @Produces({"application/pdf", "image/png", "image/jpeg", PROBLEM})
    @Operation(operationId = "getRoomHireInsuranceForStaff", summary = "The insurance certificate the hirer uploaded",
            description = "PDF, PNG or JPEG, as uploaded (its type read from its content).")
    @APIResponse(responseCode = "200", description = "The certificate", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not planning staff", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such hire, or no certificate uploaded", content = @Content(mediaType = PROBLEM))
    public Response insurance(@PathParam("id") long id) {
        acting.requirePlanningStaff();
        RoomHires.Certificate found = hires.insurance(id).orElseThrow(NotFoundException::new);
        return Response.ok(found.content(), found.type())
                .header("Content-Disposition", "attachment; filename=\"assurance-location-" + id + "."
                        + ProofFiles.extension(found.type()) + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("room-hires/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideRoomHire", summary = "Accept, refuse, propose another slot, or ask for the insurance certificate",
            description = "Only on a REQUESTED hire. ACCEPT invoices rent and cleaning at once in the room-hire régie (none"
                    + " when free) and holds the deposit; it is refused while an insurance certificate asked for is missing."
                    + " REFUSE needs a reason, mailed with the appeal routes. PROPOSE moves the hire to another slot the"
                    + " household takes or declines. Mailed, audited, in the household's history.")
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(schema = @Schema(implementation = RoomJson.Hire.class)))
    @APIResponse(responseCode = "400", description = "Unknown decision, wrong state, reason or slot missing or invalid",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not planning staff", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such hire", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The slot proposed is taken", content = @Content(mediaType = "application/problem+json"))
    public RoomJson.Hire decide(@PathParam("id") long id, DecisionIn body) {
        acting.requirePlanningStaff();
        DecisionIn in = body == null ? new DecisionIn() : body;
        RoomHires.Decision decision = in.decision == null ? null
                : parse(RoomHires.Decision.class, in.decision, "decision", "roomHire.decision.unknown");
        return answers.of(hires.decide(id, decision, in.reason, RoomsResource.dateTime("start", in.start),
                RoomsResource.dateTime("end", in.end)));
    }

    @POST
    @Path("room-hires/{id}/deposit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "settleRoomHireDeposit", summary = "After the event, return the deposit or keep it with a reason")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = RoomJson.Hire.class)))
    @APIResponse(responseCode = "400", description = "No deposit held, event not over, outcome unknown or reason missing",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not planning staff", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such hire", content = @Content(mediaType = "application/problem+json"))
    public RoomJson.Hire deposit(@PathParam("id") long id, DepositIn body) {
        acting.requirePlanningStaff();
        DepositIn in = body == null ? new DepositIn() : body;
        DepositStatus outcome = in.outcome == null ? null
                : parse(DepositStatus.class, in.outcome, "outcome", "roomHire.deposit.outcome");
        return answers.of(hires.settleDeposit(id, outcome, in.reason));
    }


    private static Rooms.RoomForm form(RoomIn body) {
        RoomIn in = body == null ? new RoomIn() : body;
        List<RoomPrice> prices = new ArrayList<>();
        if (in.prices != null) {
            for (RoomJson.Price p : in.prices) {
                prices.add(new RoomPrice(p == null || p.category() == null ? null
                        : parse(PriceCategory.class, p.category(), "prices", "room.prices.category"),
                        p == null ? null : p.hourCents(), p == null ? null : p.halfDayCents(), p == null ? null : p.dayCents(),
                        p == null ? 0 : p.cleaningCents()));
            }
        }
        return new Rooms.RoomForm(in.siteId, in.name, in.capacity, in.equipment, time("opensAt", in.opensAt),
                time("closesAt", in.closesAt), in.minNoticeDays, in.maxAdvanceDays, in.depositCents, in.active, in.insuranceRequired, prices);
    }

    private static LocalTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolationException.of(field, "room.hours.invalid");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String key) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolationException.of(field, key);
        }
    }
}
