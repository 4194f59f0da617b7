package fr.marelle.family.boundary;

import fr.marelle.identity.control.Acting;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import fr.marelle.family.boundary.GuardianJson.MessageIn;
import fr.marelle.family.boundary.GuardianJson.MessageOut;
import fr.marelle.family.boundary.GuardianJson.RequestIn;
import fr.marelle.family.boundary.GuardianJson.RequestOut;
import fr.marelle.family.control.HouseholdRequests;
import fr.marelle.family.control.Households;
import fr.marelle.family.control.ProofFiles;
import fr.marelle.family.entity.HouseholdRequest;
import fr.marelle.family.entity.RequestType;
import fr.marelle.identity.entity.Role;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The signed-in parent's requests that an agent validates (custody link, person not allowed to
 * pick a child up). Another household's request answers 404.
 */
@Path("household/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Household requests", description = "Requests to change what the family cannot change itself, with proof and messages")
public class HouseholdRequestsResource {

    /** The parts of a request with its proof (multipart/form-data), for the API's description. */
    public static class RequestWithProofParts extends GuardianJson.RequestIn {
        @Schema(description = "PDF, JPEG or PNG, at most 5 MB")
        public byte[] proof;
    }

    @Inject
    Acting acting;

    @Inject
    Households households;

    @Inject
    HouseholdRequests requests;

    RequestOut out(HouseholdRequest r) {
        return RequestOut.of(r, requests.childName(r), requests.messages(r.getId()));
    }

    @GET
    @Operation(operationId = "listHouseholdRequests", summary = "The household's requests, newest first, with their messages")
    public List<RequestOut> list() {
        long parent = acting.requireRole(Role.PARENT).getId();
        return requests.of(parent, households.requireMine(parent).getId()).stream().map(this::out).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getHouseholdRequest", summary = "One request of the household")
    @APIResponse(responseCode = "404", description = "No such request in this household", content = @Content(mediaType = "application/problem+json"))
    public RequestOut get(@PathParam("id") long id) {
        long parent = acting.requireRole(Role.PARENT).getId();
        return out(requests.ofHousehold(parent, households.requireMine(parent).getId(), id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a request for an agent's validation",
            description = "CUSTODY_LINK: childId (a child of the household to link to the other parent's household) or"
                    + " childFirstName, childLastName, childBirthDate (a child of another household to link to this one),"
                    + " with otherParentName and, if known, otherParentEmail. NOT_ALLOWED_PERSON: childId, firstName,"
                    + " lastName, relation. A proof can be joined with the multipart/form-data variant.")
    @APIResponse(responseCode = "201", description = "The submitted request", content = @Content(schema = @Schema(implementation = RequestOut.class)))
    @APIResponse(responseCode = "400", description = "One entry per invalid field", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "The child is not of this household", content = @Content(mediaType = "application/problem+json"))
    public Response submit(RequestIn body) {
        long parent = acting.requireRole(Role.PARENT).getId();
        RequestIn in = body == null ? new RequestIn() : body;
        var request = requests.submit(parent, households.requireMine(parent).getId(), in.form(), null);
        return Response.created(UriBuilder.fromPath("household/requests/{id}").build(request.getId()))
                .entity(out(request)).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = RequestWithProofParts.class)))
    @Operation(summary = "Submit a request with a proof",
            description = "The same fields as text parts, and the part proof: PDF, JPEG or PNG, at most 5 MB,"
                    + " recognised by its content (e.g. the court decision).")
    @APIResponse(responseCode = "201", description = "The submitted request", content = @Content(schema = @Schema(implementation = RequestOut.class)))
    @APIResponse(responseCode = "400", description = "One entry per invalid field", content = @Content(mediaType = "application/problem+json"))
    public Response submitWithProof(List<EntityPart> parts) {
        long parent = acting.requireRole(Role.PARENT).getId();
        long household = households.requireMine(parent).getId();
        List<Violation> violations = new ArrayList<>();
        RequestIn in = new RequestIn();
        byte[] proof = null;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            switch (part.getName()) {
                case "type" -> in.type = type(text(part), violations);
                case "childId" -> in.childId = id("childId", text(part), violations);
                case "firstName" -> in.firstName = text(part);
                case "lastName" -> in.lastName = text(part);
                case "relation" -> in.relation = text(part);
                case "otherParentName" -> in.otherParentName = text(part);
                case "otherParentEmail" -> in.otherParentEmail = text(part);
                case "childFirstName" -> in.childFirstName = text(part);
                case "childLastName" -> in.childLastName = text(part);
                case "childBirthDate" -> in.childBirthDate = date(text(part), violations);
                case "note" -> in.note = text(part);
                case "proof" -> proof = bytes(part);
                default -> violations.add(Violation.of(part.getName(), "request.part.unknown"));
            }
        }
        RuleViolationException.throwIfAny(violations);
        var request = requests.submit(parent, household, in.form(), proof);
        return Response.created(UriBuilder.fromPath("household/requests/{id}").build(request.getId()))
                .entity(out(request)).build();
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "messageHouseholdRequest", summary = "Write to the agents about an open request")
    @APIResponse(responseCode = "201", description = "The message", content = @Content(schema = @Schema(implementation = MessageOut.class)))
    @APIResponse(responseCode = "404", description = "No such request in this household", content = @Content(mediaType = "application/problem+json"))
    public Response message(@PathParam("id") long id, MessageIn body) {
        long parent = acting.requireRole(Role.PARENT).getId();
        HouseholdRequest request = requests.ofHousehold(parent, households.requireMine(parent).getId(), id);
        var message = requests.post(parent, request, body == null ? null : body.body);
        return Response.created(UriBuilder.fromPath("household/requests/{id}").fragment("message-" + message.getId())
                .build(id)).entity(MessageOut.of(message)).build();
    }

    static String text(EntityPart part) {
        try {
            return part.getContent(String.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(EntityPart part) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes(ProofFiles.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RequestType type(String value, List<Violation> violations) {
        try {
            return value == null || value.isBlank() ? null : RequestType.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of("type", "request.type.required"));
            return null;
        }
    }

    private static Long id(String field, String value, List<Violation> violations) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            violations.add(Violation.of(field, "request.child.required"));
            return null;
        }
    }

    private static LocalDate date(String value, List<Violation> violations) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(Violation.of("childBirthDate", "date.invalid"));
            return null;
        }
    }
}
