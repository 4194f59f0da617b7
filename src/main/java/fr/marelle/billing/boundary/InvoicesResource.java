package fr.marelle.billing.boundary;

import fr.marelle.identity.entity.Role;
import fr.marelle.identity.control.Acting;
import fr.marelle.billing.control.BillingTexts;
import fr.marelle.billing.control.InvoicePdfs;
import fr.marelle.billing.control.Invoices;
import fr.marelle.billing.control.Payments;
import fr.marelle.platform.boundary.ApiLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A family's invoices: only its own household's (another household's id answers 404, like an unknown one). */
@Path("invoices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices", description = "A family's invoices, credit notes and receipts with their PDFs; finance staff read any")
public class InvoicesResource {

    /** status: UNPAID, PARTLY_PAID, PAID or SENT_TO_TREASURY (derived from credit notes and payments). */
    public record InvoiceJson(long id, String number, String regieCode, String month, LocalDate issuedOn, LocalDate dueOn,
                              long totalCents, long creditedCents, long paidCents, long remainingCents,
                              @Schema(enumeration = {"UNPAID", "PARTLY_PAID", "PAID", "SENT_TO_TREASURY"}) String status) {
        static InvoiceJson of(Invoices.Summary s) {
            var i = s.invoice();
            return new InvoiceJson(i.getId(), i.getNumber(), i.getRegieCode(), i.getYearMonth().toString(), i.getIssuedOn(),
                    i.getDueOn(), i.getTotalCents(), s.creditedCents(), s.paidCents(), s.remainingCents(), s.status().name());
        }
    }

    /** charge: BOOKED, UNEXCUSED_ABSENCE, EXCUSED_ABSENCE or UNBOOKED_PRESENCE. */
    public record LineJson(long id, int position, @Schema(description = "Absent on a room hire's line") Long childId,
                           @Schema(description = "Absent on a room hire's line") String child,
                           @Schema(description = "Absent on a room hire's line") Long sessionId,
                           @Schema(description = "The activity; on a room hire's line, the room and its hours (its date in day)") String activity,
                           LocalDate day,
                           @Schema(enumeration = {"BOOKED", "UNEXCUSED_ABSENCE", "EXCUSED_ABSENCE", "UNBOOKED_PRESENCE"}) String charge, int amountCents, long creditedCents, String explanation,
                           @Schema(description = "The room hire a line charges (GET /room-hires/{id}); absent otherwise") Long roomHireId) {
    }

    public record CreditNoteJson(long id, String number, LocalDate issuedOn, long totalCents, String reason) {
    }

    public record InvoiceDetailJson(InvoiceJson invoice, String household, List<LineJson> lines,
                                    List<CreditNoteJson> creditNotes) {
    }

    @Inject
    Acting acting;

    @Inject
    Invoices invoices;

    @Inject
    InvoicePdfs pdfs;

    @Inject
    Payments payments;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The invoices of the signed-in parent's household, newest first")
    public List<InvoiceJson> mine() {
        return invoices.mine(acting.requireRole(Role.PARENT).getId()).stream().map(InvoiceJson::of).toList();
    }

    @GET
    @Path("payments")
    @Operation(summary = "The household's payments, refunds and reversals (newest first, each with its receipt) and its"
            + " credit per régie")
    public PaymentJson.HistoryJson payments() {
        long actor = acting.requireRole(Role.PARENT).getId();
        return PaymentJson.HistoryJson.of(payments.myCredits(actor), payments.mine(actor));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getInvoice", summary = "One invoice with its lines (child, activity, day, price and how it was found) and credit notes")
    @APIResponse(responseCode = "404", description = "No such invoice for this account",
            content = @Content(mediaType = "application/problem+json"))
    public InvoiceDetailJson one(@PathParam("id") long id) {
        Locale locale = ApiLocale.of(headers);
        return detail(invoices.get(acting.requireRole(Role.PARENT, Role.FINANCE, Role.ADMIN).getId(), id), locale);
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(operationId = "invoicePdf", summary = "The invoice as a PDF (household, billing contact, lines, totals, credit notes, due date, how to pay)")
    @APIResponse(responseCode = "404", description = "No such invoice for this account",
            content = @Content(mediaType = "application/problem+json"))
    public Response pdf(@PathParam("id") long id) {
        long actor = acting.requireRole(Role.PARENT, Role.FINANCE, Role.ADMIN).getId();
        byte[] pdf = pdfs.of(actor, id, ApiLocale.of(headers));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"facture-" + id + ".pdf\"").build();
    }

    @GET
    @Path("{id}/credit-notes/{creditNoteId}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "A credit note of the invoice as a PDF (the corrected lines and the amounts taken off)")
    @APIResponse(responseCode = "404", description = "No such credit note for this account",
            content = @Content(mediaType = "application/problem+json"))
    public Response creditNotePdf(@PathParam("id") long id, @PathParam("creditNoteId") long creditNoteId) {
        long actor = acting.requireRole(Role.PARENT, Role.FINANCE, Role.ADMIN).getId();
        byte[] pdf = pdfs.ofCreditNote(actor, id, creditNoteId, ApiLocale.of(headers));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"avoir-" + creditNoteId + ".pdf\"").build();
    }

    static InvoiceDetailJson detail(Invoices.Detail d, Locale locale) {
        return new InvoiceDetailJson(InvoiceJson.of(d.summary()), d.summary().invoice().getHouseholdName(),
                d.lines().stream().map(l -> new LineJson(l.line().getId(), l.line().getPosition(), l.line().getChildId(),
                        l.line().getRoomHireId() != null ? null : l.line().getChildName(), l.line().getSessionId(),
                        l.line().getActivityName(), l.line().getDay(), l.line().getCharge().name(), l.line().getAmountCents(),
                        l.creditedCents(), BillingTexts.explanation(l.line(), locale), l.line().getRoomHireId())).toList(),
                d.creditNotes().stream().map(c -> new CreditNoteJson(c.getId(), c.getNumber(), c.getIssuedOn(),
                        c.getTotalCents(), c.getReason())).toList());
    }
}
