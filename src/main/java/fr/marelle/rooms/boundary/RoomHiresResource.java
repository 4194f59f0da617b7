package fr.marelle.rooms.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.rooms.control.RoomHires;
import fr.marelle.rooms.entity.RoomHire;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A household's room hires: ask for a slot, follow the decision, upload the insurance certificate. */
@Path("room-hires")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Room hires", description = "A household's (family, association or company) requests to hire a room and their outcome")
public class RoomHiresResource {

    /** Body of POST /room-hires. */
    @Schema(name = "RoomHireRequest")
    public static class RequestIn {
        public Long roomId;
        @Schema(description = "Start, Paris time", example = "2027-02-06T14:00")
        public String start;
        @Schema(description = "End, Paris time, the same day", example = "2027-02-06T18:00")
        public String end;
        @Schema(description = "What the room is hired for (500 characters at most)")
        public String purpose;
        @Schema(description = "How many people are expected (at most the room's capacity)")
        public Integer attendance;
    }

    /** Body of POST /room-hires/{id}/proposal-answer. */
    @Schema(name = "RoomHireProposalAnswer")
    public static class ProposalAnswerIn {
        @Schema(description = "true: take the slot proposed (the request goes back to the agents); false: withdraw")
        public Boolean accept;
    }

    @Inject
    RoomHireAnswers answers;

    @Inject
    Acting acting;

    @Inject
    RoomHires hires;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestRoomHire", summary = "Ask to hire a room for a slot",
            description = "The slot is held at once (nobody else can ask for it) at the price quoted (GET /rooms/{id}/quote)"
                    + " until an agent decides. The household's members are mailed.")
    @APIResponse(responseCode = "201", description = "Asked", content = @Content(schema = @Schema(implementation = RoomJson.Hire.class)))
    @APIResponse(responseCode = "400", description = "One entry per broken rule (slot, purpose, attendance), or no household file yet",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not acting as a family", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such room", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The slot overlaps one already held: choose another",
            content = @Content(mediaType = "application/problem+json"))
    public Response request(RequestIn body) {
        RequestIn in = body == null ? new RequestIn() : body;
        if (in.roomId == null) {
            throw fr.marelle.platform.control.RuleViolationException.of("roomId", "roomHire.room.required");
        }
        RoomHire hire = hires.request(acting.require().getId(), in.roomId, RoomsResource.dateTime("start", in.start),
                RoomsResource.dateTime("end", in.end), in.purpose, in.attendance);
        return Response.created(UriBuilder.fromPath("room-hires/{id}").build(hire.getId())).entity(answers.of(hire)).build();
    }

    @GET
    @Operation(operationId = "listMyRoomHires", summary = "The household's hires, latest slot first")
    @APIResponse(responseCode = "200", description = "The hires", content = @Content(schema = @Schema(implementation = RoomJson.Hire.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "No household file yet", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not acting as a family", content = @Content(mediaType = "application/problem+json"))
    public List<RoomJson.Hire> mine() {
        return hires.mine(acting.require().getId()).stream().map(answers::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRoomHire", summary = "One of the household's hires")
    @APIResponse(responseCode = "200", description = "The hire", content = @Content(schema = @Schema(implementation = RoomJson.Hire.class)))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not acting as a family", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such hire in this household", content = @Content(mediaType = "application/problem+json"))
    public RoomJson.Hire get(@PathParam("id") long id) {
        return answers.of(hires.get(acting.require().getId(), id));
    }

    @POST
    @Path("{id}/insurance")
    @Consumes({"application/pdf", "image/jpeg", "image/png"})
    @Operation(operationId = "uploadRoomHireInsurance", summary = "Upload the insurance certificate of a hire",
            description = "PDF, JPEG or PNG of 5 MB at most, checked by its content. Replaces an earlier one until accepted.")
    @RequestBody(content = {@Content(mediaType = "application/pdf", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Uploaded", content = @Content(schema = @Schema(implementation = RoomJson.Hire.class)))
    @APIResponse(responseCode = "400", description = "Empty, too large, not a PDF/JPEG/PNG, or the hire is closed",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not acting as a family", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such hire in this household", content = @Content(mediaType = "application/problem+json"))
    public RoomJson.Hire insurance(@PathParam("id") long id, byte[] content) {
        return answers.of(hires.uploadInsurance(acting.require().getId(), id, content));
    }

    @POST
    @Path("{id}/proposal-answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerRoomHireProposal", summary = "Take or decline the slot an agent proposed")
    @APIResponse(responseCode = "200", description = "Answered", content = @Content(schema = @Schema(implementation = RoomJson.Hire.class)))
    @APIResponse(responseCode = "400", description = "No proposal to answer, or accept missing", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not acting as a family", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such hire in this household", content = @Content(mediaType = "application/problem+json"))
    public RoomJson.Hire answer(@PathParam("id") long id, ProposalAnswerIn body) {
        if (body == null || body.accept == null) {
            throw fr.marelle.platform.control.RuleViolationException.of("accept", "roomHire.answer.required");
        }
        return answers.of(hires.answerProposal(acting.require().getId(), id, body.accept));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(operationId = "withdrawRoomHire", summary = "Withdraw a request or a proposal (frees the slot)")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = RoomJson.Hire.class)))
    @APIResponse(responseCode = "400", description = "Already decided", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid credentials", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not acting as a family", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such hire in this household", content = @Content(mediaType = "application/problem+json"))
    public RoomJson.Hire withdraw(@PathParam("id") long id) {
        return answers.of(hires.withdraw(acting.require().getId(), id));
    }

}
