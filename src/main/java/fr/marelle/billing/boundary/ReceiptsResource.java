package fr.marelle.billing.boundary;

import fr.marelle.identity.entity.Role;
import fr.marelle.identity.control.Acting;
import fr.marelle.billing.control.ReceiptPdfs;
import fr.marelle.platform.boundary.ApiLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Receipts of payments, refunds and reversals: a parent their own household's (another's 404), finance staff any. */
@Path("receipts")
@RequestScoped
@Tag(name = "Invoices", description = "A family's invoices, credit notes and receipts with their PDFs; finance staff read any")
public class ReceiptsResource {

    @Inject
    Acting acting;

    @Inject
    ReceiptPdfs receipts;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{id}.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "receiptPdf", summary = "The receipt as a PDF: number, day, régie, household, means, amount, invoices settled, credit left")
    @APIResponse(responseCode = "404", description = "No such receipt for this account",
            content = @Content(mediaType = "application/problem+json"))
    public Response pdf(@PathParam("id") long id) {
        long actor = acting.requireRole(Role.PARENT, Role.FINANCE, Role.ADMIN).getId();
        byte[] pdf = receipts.of(actor, id, ApiLocale.of(headers));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"recu-" + receipts.numberOf(actor, id) + ".pdf\"").build();
    }
}
