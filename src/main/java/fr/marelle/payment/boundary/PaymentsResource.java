package fr.marelle.payment.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.marelle.identity.entity.Role;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.boundary.OpenOperation;
import fr.marelle.payment.control.OnlinePayments;
import fr.marelle.payment.entity.PaymentAttempt;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Online payment of invoices: the family starts a payment and is sent to the provider; the
 * provider's notification only triggers a server-side check.
 */
@Path("payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "A family's online payments (PayFiP) and the provider's notifications")
public class PaymentsResource {

    @Schema(name = "OnlinePaymentRequest")
    public static class PaymentRequest {
        /** The invoices to pay, all of one régie, each for what remains to pay on it. */
        public List<Long> invoiceIds;
    }

    /** status: NEW, PENDING, PAID, REFUSED, ABANDONED, EXPIRED or ERROR. */
    @Schema(name = "OnlinePaymentJson")
    public record PaymentJson(long id, String reference, String regieCode, long amountCents, String status,
                              OffsetDateTime createdAt, OffsetDateTime resolvedAt, String redirectUrl) {
        static PaymentJson of(PaymentAttempt a, String redirectUrl) {
            return new PaymentJson(a.getId(), a.getReference(), a.getRegieCode(), a.getAmountCents(), a.getStatus().name(),
                    a.getCreatedAt(), a.getResolvedAt(), redirectUrl);
        }
    }

    @Inject
    Acting acting;

    @Inject
    OnlinePayments payments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start paying invoices online",
            description = "Stores a payment attempt for what remains to pay on the invoices (own household, one régie,"
                    + " not handed to the treasury, 1 € at least) and creates it at the provider. Send the family's"
                    + " browser to `redirectUrl`. A new attempt for one of the same invoices gives the previous one up.")
    @APIResponse(responseCode = "201", description = "the attempt, with where to send the browser", content = @Content(schema = @Schema(implementation = PaymentJson.class)))
    @APIResponse(responseCode = "400", description = "empty selection, unknown or foreign invoice, nothing left to pay,"
            + " several régies, below the provider's minimum", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "the payment provider could not be reached; nothing was paid",
            content = @Content(mediaType = "application/problem+json"))
    public Response start(PaymentRequest body) {
        long actor = acting.requireRole(Role.PARENT).getId();
        OnlinePayments.Started started = payments.start(actor, body == null ? null : body.invoiceIds);
        PaymentAttempt attempt = payments.mine(actor, started.attemptId());
        return Response.created(UriBuilder.fromPath("/api/v1/payments/{id}").build(started.attemptId()))
                .entity(PaymentJson.of(attempt, started.redirectUrl().toString())).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPayment", summary = "Where an online payment stands",
            description = "While it is open (NEW, PENDING) the provider is asked again first; the status comes only"
                    + " from that server-side check.")
    @APIResponse(responseCode = "404", description = "No such payment for this account",
            content = @Content(mediaType = "application/problem+json"))
    public PaymentJson one(@PathParam("id") long id) {
        return PaymentJson.of(payments.checkMine(acting.requireRole(Role.PARENT).getId(), id, false), null);
    }

    @OpenOperation
    @POST
    @Path("notifications")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "The provider's notification (server to server, no sign-in)",
            description = "Carries only the operation id (`idop` or `idOp`, form or query). It is never trusted: it only"
                    + " triggers a check with the provider. Always answers 204, whether the operation is known or not.")
    @APIResponse(responseCode = "204", description = "received")
    public Response notifyForm(@FormParam("idop") String idop, @FormParam("idOp") String idOp,
                               @QueryParam("idop") String queryIdop, @QueryParam("idOp") String queryIdOp) {
        payments.notified(first(idop, idOp, queryIdop, queryIdOp));
        return Response.noContent().build();
    }

    @OpenOperation
    @GET
    @Path("notifications")
    @Operation(summary = "The provider's notification, as a GET with the operation id in the query")
    @APIResponse(responseCode = "204", description = "received")
    public Response notifyQuery(@QueryParam("idop") String idop, @QueryParam("idOp") String idOp) {
        payments.notified(first(idop, idOp));
        return Response.noContent().build();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
