package fr.marelle.directdebit.boundary;

import fr.marelle.directdebit.control.SepaMandates;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Role;
import fr.marelle.platform.boundary.ApiLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The signed-in parent's SEPA mandates: ask for direct debit, get the form to sign, change the account, revoke. */
@Path("household/sepa-mandates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Direct debit (family)", description = "A family's SEPA direct-debit mandates: request, form to sign, change of account, revocation")
public class HouseholdMandatesResource {

    @Inject
    Acting acting;

    @Inject
    SepaMandates mandates;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listMySepaMandates", summary = "The household's SEPA mandates, newest first (IBAN masked)")
    @APIResponse(responseCode = "200", description = "The mandates",
            content = @Content(schema = @Schema(implementation = MandateJson.class, type = SchemaType.ARRAY)))
    public List<MandateJson> mine() {
        return mandates.mine(acting.requireRole(Role.PARENT).getId()).stream().map(m -> MandateJson.of(m, false)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestSepaMandate", summary = "Ask to pay by direct debit",
            description = "The account holder (SEPA characters, accents transliterated), the IBAN (its mod-97 key and national"
                    + " format checked) and, optionally, the BIC. The portal gives the mandate a RUM never used before and the"
                    + " form to sign (…/{id}/pdf); finance staff activate it once signed. One mandate per household at a time.")
    @APIResponse(responseCode = "201", description = "The mandate, waiting for its signature",
            content = @Content(schema = @Schema(implementation = MandateJson.class)))
    @APIResponse(responseCode = "400", description = "An account detail is wrong, the household already has a mandate, or the"
            + " town offers no direct debit", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "The account has no household", content = @Content(mediaType = "application/problem+json"))
    public Response request(MandateJson.MandateAccountIn body) {
        long parent = acting.requireRole(Role.PARENT).getId();
        MandateJson.MandateAccountIn in = body == null ? new MandateJson.MandateAccountIn(null, null, null) : body;
        var mandate = mandates.request(parent, in.holder(), in.iban(), in.bic());
        return Response.created(UriBuilder.fromPath("household/sepa-mandates/{id}").build(mandate.getId()))
                .entity(MandateJson.of(mandate, false)).build();
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(operationId = "mySepaMandatePdf", summary = "The mandate form to print and sign (tagged PDF)")
    @APIResponse(responseCode = "200", description = "The form", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "No such mandate in this household", content = @Content(mediaType = "application/problem+json"))
    public Response pdf(@PathParam("id") long id) {
        byte[] pdf = mandates.pdf(acting.requireRole(Role.PARENT).getId(), id, ApiLocale.of(headers));
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"mandat-sepa-" + id + ".pdf\"").build();
    }

    @PUT
    @Path("{id}/account")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "amendMySepaMandate", summary = "Change the account to debit (amendment of the mandate)",
            description = "Same RUM; at the same bank the next debit names the former IBAN, at another bank it announces a new"
                    + " bank (SMNDA) and is a first debit (FRST) again.")
    @APIResponse(responseCode = "200", description = "The amended mandate", content = @Content(schema = @Schema(implementation = MandateJson.class)))
    @APIResponse(responseCode = "400", description = "An account detail is wrong, or the mandate has ended",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such mandate in this household", content = @Content(mediaType = "application/problem+json"))
    public MandateJson amend(@PathParam("id") long id, MandateJson.MandateAccountIn body) {
        MandateJson.MandateAccountIn in = body == null ? new MandateJson.MandateAccountIn(null, null, null) : body;
        return MandateJson.of(mandates.amend(acting.requireRole(Role.PARENT).getId(), id, in.holder(), in.iban(), in.bic()), false);
    }

    @POST
    @Path("{id}/revocation")
    @Operation(operationId = "revokeMySepaMandate", summary = "Stop paying by direct debit (revoke the mandate)")
    @APIResponse(responseCode = "200", description = "The revoked mandate", content = @Content(schema = @Schema(implementation = MandateJson.class)))
    @APIResponse(responseCode = "400", description = "The mandate has already ended", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such mandate in this household", content = @Content(mediaType = "application/problem+json"))
    public MandateJson revoke(@PathParam("id") long id) {
        return MandateJson.of(mandates.revokeMine(acting.requireRole(Role.PARENT).getId(), id), false);
    }
}
