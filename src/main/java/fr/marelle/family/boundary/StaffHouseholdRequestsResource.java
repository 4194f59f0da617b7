package fr.marelle.family.boundary;

import fr.marelle.identity.control.Acting;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import fr.marelle.family.boundary.GuardianJson.DecisionIn;
import fr.marelle.family.boundary.GuardianJson.MessageIn;
import fr.marelle.family.boundary.GuardianJson.MessageOut;
import fr.marelle.family.boundary.GuardianJson.RequestOut;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.HouseholdRequests;
import fr.marelle.family.entity.HouseholdRequest;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** Agents: the families' requests to validate (besides the quotients), their messages and the decision. */
@Path("staff/household-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Household requests (staff)", description = "The validation queue of household requests (planning staff)")
public class StaffHouseholdRequestsResource {

    @Inject
    Acting acting;

    @Inject
    HouseholdAccess access;

    @Inject
    HouseholdRequests requests;

    private RequestOut out(HouseholdRequest r) {
        return RequestOut.of(r, requests.childName(r), requests.messages(r.getId()));
    }

    @GET
    @Operation(operationId = "pendingHouseholdRequests", summary = "The validation queue: submitted requests, oldest first")
    @APIResponse(responseCode = "403", description = "Not staff")
    public List<RequestOut> pending() {
        return requests.pending(acting.requirePlanningStaff().getId()).stream().map(p -> out(p.request())).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getHouseholdRequestForStaff", summary = "One request with its messages")
    @APIResponse(responseCode = "404", description = "No such request", content = @Content(mediaType = "application/problem+json"))
    public RequestOut get(@PathParam("id") long id) {
        return out(requests.get(acting.requirePlanningStaff().getId(), id));
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "staffMessageHouseholdRequest", summary = "Write to the family about an open request (the guardians are e-mailed)")
    @APIResponse(responseCode = "201", description = "The message", content = @Content(schema = @Schema(implementation = MessageOut.class)))
    public Response message(@PathParam("id") long id, MessageIn body) {
        long staff = acting.requirePlanningStaff().getId();
        var message = requests.post(staff, requests.get(staff, id), body == null ? null : body.body);
        return Response.created(UriBuilder.fromPath("staff/household-requests/{id}").fragment("message-" + message.getId())
                .build(id)).entity(MessageOut.of(message)).build();
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideHouseholdRequest", summary = "Accept or refuse a request",
            description = "Accepting applies the change as the agent (the person not allowed is added to the child; the"
                    + " child is linked to the second household) and records it in the household's history. Refusing"
                    + " needs a message. The guardians are e-mailed; the proof is deleted.")
    @APIResponse(responseCode = "200", description = "The decided request")
    @APIResponse(responseCode = "400", description = "Already decided, message missing, or the change is refused", content = @Content(mediaType = "application/problem+json"))
    public RequestOut decide(@PathParam("id") long id, DecisionIn body) {
        DecisionIn in = body == null ? new DecisionIn() : body;
        return out(requests.decide(acting.requirePlanningStaff().getId(), id,
                new HouseholdRequests.Decision(in.decision, in.message, in.householdId, in.childId)));
    }

    @GET
    @Path("{id}/proof")
    @Produces({"application/pdf", "image/png", "image/jpeg", "application/problem+json"})
    @Operation(operationId = "householdRequestProof", summary = "The proof joined to an open request (deleted once decided)")
    public Response proof(@PathParam("id") long id) {
        return HouseholdResource.proofResponse(requests.proof(acting.requirePlanningStaff().getId(), id));
    }
}
