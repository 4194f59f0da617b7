package fr.marelle.family.boundary;

import fr.marelle.identity.control.Acting;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import fr.marelle.family.boundary.GuardianJson.DepartureOut;
import fr.marelle.family.boundary.GuardianJson.GuardiansOut;
import fr.marelle.family.boundary.GuardianJson.InvitationIn;
import fr.marelle.family.boundary.GuardianJson.InvitationOut;
import fr.marelle.family.boundary.GuardianJson.OfferOut;
import fr.marelle.family.control.GuardianInvitations;
import fr.marelle.family.control.Households;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** The guardians of the signed-in parent's household: invitations, joining and leaving. */
@Path("household/guardians")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guardians", description = "The guardians of a household and the invitations between them")
public class GuardiansResource {

    @Inject
    Acting acting;

    @Inject
    Households households;

    @Inject
    GuardianInvitations invitations;

    @GET
    @Operation(summary = "The guardians of the household, the billing contact and the invitations still pending")
    @APIResponse(responseCode = "404", description = "No household yet", content = @Content(mediaType = "application/problem+json"))
    public GuardiansOut guardians() {
        long parent = acting.requireRole(Role.PARENT).getId();
        Household household = households.requireMine(parent);
        var civilities = households.civilities(household.getId());
        return new GuardiansOut(households.guardians(household.getId()).stream()
                .map(a -> FamilyJson.GuardianOut.of(a, civilities)).toList(),
                household.getBillingAccountId(),
                invitations.pendingOf(parent, household.getId()).stream().map(InvitationOut::of).toList());
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite another adult to become guardian of the household",
            description = "The person is e-mailed a link valid 7 days: a new e-mail chooses its password there; an"
                    + " existing account without household accepts after signing in. Refused (400, field email) for a"
                    + " person already guardian of a household, and beyond 4 guardians (pending invitations included).")
    @APIResponse(responseCode = "201", description = "The pending invitation", content = @Content(schema = @Schema(implementation = InvitationOut.class)))
    @APIResponse(responseCode = "400", description = "One entry per invalid field", content = @Content(mediaType = "application/problem+json"))
    public Response invite(InvitationIn body) {
        long parent = acting.requireRole(Role.PARENT).getId();
        InvitationIn in = body == null ? new InvitationIn() : body;
        var invitation = invitations.invite(parent, in.firstName, in.lastName, in.email);
        var pending = invitations.pendingOf(parent, invitation.getHouseholdId()).stream()
                .filter(p -> p.invitation().getId().equals(invitation.getId())).findFirst().orElseThrow();
        return Response.created(UriBuilder.fromPath("household/guardians/invitations/{id}")
                .build(invitation.getId())).entity(InvitationOut.of(pending)).build();
    }

    @DELETE
    @Path("invitations/{id}")
    @Operation(operationId = "cancelGuardianInvitation", summary = "Withdraw a pending invitation: its link stops working")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such invitation of this household", content = @Content(mediaType = "application/problem+json"))
    public Response cancel(@PathParam("id") long id) {
        invitations.cancel(acting.requireRole(Role.PARENT).getId(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("invitations/received")
    @Operation(summary = "The invitations addressed to the signed-in person (an account without household)")
    public List<OfferOut> received() {
        return invitations.offersFor(acting.requireRole(Role.PARENT).getId()).stream().map(OfferOut::of).toList();
    }

    @POST
    @Path("invitations/received/{id}/accept")
    @Operation(operationId = "acceptGuardianInvitation", summary = "Join the household that invited the signed-in person")
    @APIResponse(responseCode = "204", description = "Joined")
    @APIResponse(responseCode = "400", description = "Expired, or already guardian of a household", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such invitation for this person", content = @Content(mediaType = "application/problem+json"))
    public Response accept(@PathParam("id") long id) {
        invitations.accept(acting.requireRole(Role.PARENT).getId(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("invitations/received/{id}/decline")
    @Operation(summary = "Decline an invitation")
    @APIResponse(responseCode = "204", description = "Declined")
    public Response decline(@PathParam("id") long id) {
        invitations.decline(acting.requireRole(Role.PARENT).getId(), id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("me")
    @Operation(summary = "Leave the household",
            description = "Refused (400) for the last guardian. When the leaver received the invoices, another guardian"
                    + " does from now on (given in the answer). The other guardians are e-mailed.")
    @APIResponse(responseCode = "200", description = "Left")
    @APIResponse(responseCode = "400", description = "The last guardian cannot leave", content = @Content(mediaType = "application/problem+json"))
    public DepartureOut leave() {
        return DepartureOut.of(households.leave(acting.requireRole(Role.PARENT).getId()).newBillingContact());
    }
}
