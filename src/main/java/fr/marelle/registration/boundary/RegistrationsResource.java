package fr.marelle.registration.boundary;

import fr.marelle.identity.control.Acting;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.identity.entity.Account;
import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.registration.boundary.RegistrationJson.MessageIn;
import fr.marelle.registration.boundary.RegistrationJson.RegistrationOut;
import fr.marelle.registration.boundary.RegistrationJson.RequestIn;
import fr.marelle.registration.control.Registrations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** The signed-in parent's registration requests (yearly registrations to activities that need one). */
@Path("registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations", description = "A family's registration requests to the activities that need one")
public class RegistrationsResource {

    @Inject
    Acting acting;

    @Inject
    HouseholdAccess access;

    @Inject
    Registrations registrations;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listRegistrations", summary = "The requests for the household's children, newest first, with their messages")
    public List<RegistrationOut> list() {
        Account actor = acting.require();
        return registrations.ofHousehold(actor.getId(), household(actor)).stream()
                .map(v -> RegistrationOut.of(v, ApiLocale.of(headers))).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a child's registration to an activity",
            description = "For the school year (1 September - 31 August) of the activity's next session. Refused when"
                    + " the activity needs no registration, the child is not eligible (age, class, residence) or a"
                    + " request is already open or accepted for that school year. The guardians get an acknowledgement.")
    @APIResponse(responseCode = "201", description = "The request, submitted", content = @Content(schema = @Schema(implementation = RegistrationOut.class)))
    @APIResponse(responseCode = "400", description = "Refused, with the reason per field")
    public Response submit(RequestIn body) {
        Account actor = acting.require();
        RequestIn request = body == null ? new RequestIn() : body;
        long household = household(actor);
        long id = registrations.submit(actor.getId(), household, request.childId, request.activityId, request.message).getId();
        return Response.created(UriBuilder.fromPath("registrations/{id}").build(id))
                .entity(RegistrationOut.of(registrations.get(actor.getId(), household, id), ApiLocale.of(headers))).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRegistration", summary = "One request with its messages")
    @APIResponse(responseCode = "404", description = "No such request for this household")
    public RegistrationOut get(@PathParam("id") long id) {
        Account actor = acting.require();
        return RegistrationOut.of(registrations.get(actor.getId(), household(actor), id), ApiLocale.of(headers));
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "messageRegistration", summary = "Write to the agents on a request (at most 2000 characters)")
    @APIResponse(responseCode = "404", description = "No such request for this household")
    public RegistrationOut message(@PathParam("id") long id, MessageIn body) {
        Account actor = acting.require();
        long household = household(actor);
        registrations.familyMessage(actor.getId(), household, id, body == null ? null : body.text);
        return RegistrationOut.of(registrations.get(actor.getId(), household, id), ApiLocale.of(headers));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw a request no agent has decided yet (it is closed by the family)")
    @APIResponse(responseCode = "404", description = "No such request for this household")
    public RegistrationOut withdraw(@PathParam("id") long id) {
        Account actor = acting.require();
        long household = household(actor);
        registrations.withdraw(actor.getId(), household, id);
        return RegistrationOut.of(registrations.get(actor.getId(), household, id), ApiLocale.of(headers));
    }

    private long household(Account actor) {
        return access.ownHousehold(actor.getId()).orElseThrow(() -> new UnknownRecordException("household", "mine"));
    }
}
