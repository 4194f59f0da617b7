package fr.marelle.directdebit.boundary;

import fr.marelle.directdebit.control.DebitRejects;
import fr.marelle.directdebit.control.DebitRuns;
import fr.marelle.directdebit.control.Pain002Reader;
import fr.marelle.identity.control.Acting;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.SpreadsheetCsv;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** Finance staff: SEPA direct-debit runs, their pain.008 file, sending, and the bank's rejects. */
@Path("finance/direct-debit-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Direct-debit runs (finance)", description = "SEPA direct-debit runs of a régie: the debits, the pain.008 file, sending and the bank's rejects (finance staff)")
public class FinanceDebitRunsResource {

    /** status: DRAFT (not sent), SENT (debits pending until the due date) or SETTLED (due date passed). */
    public record DebitRunJson(long id, String regieCode, String regieName, LocalDate dueOn,
                          @Schema(enumeration = {"DRAFT", "SENT", "SETTLED"}) String status, String messageId, int debits,
                          long totalCents, OffsetDateTime createdAt, OffsetDateTime sentAt, OffsetDateTime settledAt) {
        static DebitRunJson of(DebitRuns.Run r) {
            return new DebitRunJson(r.id(), r.regieCode(), r.regieName(), r.dueOn(), r.status(), r.messageId(), r.debits(), r.totalCents(),
                    r.createdAt(), r.sentAt(), r.settledAt());
        }
    }

    public record DebitJson(long id, long invoiceId, String invoiceNumber, long householdId, String household, String rum,
                            long amountCents, @Schema(enumeration = {"FRST", "RCUR", "OOFF", "FNAL"}) String sequenceType,
                            String holder, String iban, String bic,
                            @Schema(enumeration = {"PLANNED", "PENDING", "PAID", "REJECTED"}) String status, Long paymentId,
                            String rejectCode) {
        static DebitJson of(DebitRuns.Debit d) {
            return new DebitJson(d.id(), d.invoiceId(), d.invoiceNumber(), d.householdId(), d.household(), d.rum(), d.amountCents(),
                    d.sequenceType(), d.holder(), d.iban(), d.bic(), d.status(), d.paymentId(), d.rejectCode());
        }
    }

    public record DebitRunDetailJson(DebitRunJson run, List<DebitJson> debits) {
    }

    public record DebitRunIn(String regieCode, LocalDate dueOn) {
    }

    /** A reject entered by hand: the EndToEndId (invoice number) and the ISO reason code (e.g. AM04). */
    public record DebitRejectIn(String endToEndId, String reasonCode) {
    }

    public record DebitRejectOutcomeJson(String invoiceNumber, String reasonCode, boolean changed, boolean mandateSuspended) {
    }

    @Inject
    Acting acting;

    @Inject
    DebitRuns runs;

    @Inject
    DebitRejects rejects;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listDirectDebitRuns", summary = "The direct-debit runs, latest due date first",
            description = "Reading changes nothing: the night of a run's due date (01:00, Paris) a job makes its pending debits"
                    + " payments and settles the run.")
    @APIResponse(responseCode = "200", description = "The runs", content = @Content(schema = @Schema(implementation = DebitRunJson.class, type = SchemaType.ARRAY)))
    public List<DebitRunJson> all() {
        acting.requireFinanceStaff();
        return runs.all().stream().map(DebitRunJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createDirectDebitRun", summary = "Make a run for a régie and a due date",
            description = "The due date is a TARGET business day at least 14 days ahead; each family in the run is mailed the"
                    + " amount, the due date, its mandate's RUM and the creditor's ICS, and reads it on its invoice. The"
                    + " run lists what remains of every unpaid invoice of the régie whose household has an active mandate signed for"
                    + " the régie's creditor identifier, except"
                    + " invoices handed to the public treasury or already in another run's debit.")
    @APIResponse(responseCode = "201", description = "The run and its debits", content = @Content(schema = @Schema(implementation = DebitRunDetailJson.class)))
    @APIResponse(responseCode = "400", description = "Unknown régie, due date missing, not a business day or too soon, or the town's"
            + " creditor account not set", content = @Content(mediaType = "application/problem+json"))
    public Response create(DebitRunIn body) {
        long actor = acting.requireFinanceStaff().getId();
        DebitRunIn in = body == null ? new DebitRunIn(null, null) : body;
        DebitRuns.Run run = runs.create(actor, in.regieCode(), in.dueOn());
        return Response.created(UriBuilder.fromPath("finance/direct-debit-runs/{id}").build(run.id())).entity(detail(run.id())).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDirectDebitRun", summary = "One run with its debits (full IBANs)")
    @APIResponse(responseCode = "200", description = "The run", content = @Content(schema = @Schema(implementation = DebitRunDetailJson.class)))
    @APIResponse(responseCode = "404", description = "No such run", content = @Content(mediaType = "application/problem+json"))
    public DebitRunDetailJson one(@PathParam("id") long id) {
        acting.requireFinanceStaff();
        return detail(id);
    }

    @GET
    @Path("{id}/pain008.xml")
    @Produces({"application/xml", "application/problem+json"})
    @Operation(operationId = "directDebitRunPain008", summary = "The run's SEPA file for the bank (pain.008.001.02, UTF-8)",
            description = "One PmtInf per sequence type (FRST, RCUR) on the due date; EndToEndId = invoice number; amendments"
                    + " announced (former IBAN, or SMNDA for a new bank); CtrlSum and NbOfTxs exact; rejected debits left out.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/xml"))
    @APIResponse(responseCode = "400", description = "The run has no debit or the creditor account is not set",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such run", content = @Content(mediaType = "application/problem+json"))
    public Response pain008(@PathParam("id") long id) {
        acting.requireFinanceStaff();
        byte[] xml = runs.pain008(id);
        return Response.ok(xml, "application/xml; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"prelevements-" + id + ".xml\"").build();
    }

    @GET
    @Path("{id}/debits.csv")
    @Produces({"text/csv", "application/problem+json"})
    @Operation(operationId = "directDebitRunCsv", summary = "The run's debits as CSV (invoice, household, RUM, amount, sequence, status)")
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "404", description = "No such run", content = @Content(mediaType = "application/problem+json"))
    public Response csv(@PathParam("id") long id) {
        acting.requireFinanceStaff();
        DebitRuns.Detail d = runs.get(id);
        String csv = SpreadsheetCsv.of(List.of("invoice", "household", "rum", "amount", "sequence", "iban", "status", "rejectCode"),
                d.debits().stream().map(x -> Arrays.<Object>asList(SpreadsheetCsv.text(x.invoiceNumber()), x.household(),
                        SpreadsheetCsv.text(x.rum()), BigDecimal.valueOf(x.amountCents(), 2).toPlainString(), x.sequenceType(),
                        SpreadsheetCsv.text(x.iban()), x.status(), x.rejectCode() == null ? "" : x.rejectCode())).toList());
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"prelevements-" + id + ".csv\"").build();
    }

    @POST
    @Path("{id}/sending")
    @Operation(operationId = "sendDirectDebitRun", summary = "Record that the file was sent to the bank",
            description = "By D-1 at the latest (the TARGET business day before the due date, by the portal's clock). The debits"
                    + " become pending; the night of the due date they are paid in the ledger unless the bank rejects them.")
    @APIResponse(responseCode = "200", description = "The sent run", content = @Content(schema = @Schema(implementation = DebitRunDetailJson.class)))
    @APIResponse(responseCode = "400", description = "Already sent, empty, or too late for its due date",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such run", content = @Content(mediaType = "application/problem+json"))
    public DebitRunDetailJson send(@PathParam("id") long id) {
        runs.send(acting.requireFinanceStaff().getId(), id);
        return detail(id);
    }

    @POST
    @Path("{id}/rejects")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @RequestBody(description = "The bank's pain.002 (XML), or a JSON list of rejects entered by hand",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DebitRejectIn.class, type = SchemaType.ARRAY)),
                    @Content(mediaType = MediaType.APPLICATION_XML)})
    @Operation(operationId = "importDirectDebitRejects", summary = "The bank's rejects of the run's debits",
            description = "Each rejected debit: its payment reversed (or never made before the due date), the invoice unpaid again,"
                    + " the family mailed with the other ways to pay; the mandate suspended at once on AC01, AC04, AC06, AG01, MD01,"
                    + " MD07, BE05 and after the set number of rejects in a row. All or nothing; a reject read again changes nothing.")
    @APIResponse(responseCode = "200", description = "What became of each reject",
            content = @Content(schema = @Schema(implementation = DebitRejectOutcomeJson.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Not a pain.002 nor a list, an unknown EndToEndId, a bad reason code, or the run"
            + " not sent; nothing changed", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such run", content = @Content(mediaType = "application/problem+json"))
    public List<DebitRejectOutcomeJson> reject(@PathParam("id") long id, byte[] body) {
        long actor = acting.requireFinanceStaff().getId();
        byte[] content = body == null ? new byte[0] : body;
        if (content.length > 1024 * 1024) {
            throw RuleViolationException.of("file", "directDebit.reject.tooLarge");
        }
        List<DebitRejects.Reject> list;
        MediaType type = headers.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            try (var jsonb = JsonbBuilder.create()) {
                DebitRejectIn[] in = jsonb.fromJson(new String(content, StandardCharsets.UTF_8), DebitRejectIn[].class);
                list = in == null ? List.of() : Arrays.stream(in).map(r -> new DebitRejects.Reject(r.endToEndId(), r.reasonCode())).toList();
            } catch (JsonbException e) {
                throw RuleViolationException.of("rejects", "directDebit.reject.notJson");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        } else {
            list = Pain002Reader.rejects(content);
        }
        return rejects.apply(actor, id, list).stream()
                .map(o -> new DebitRejectOutcomeJson(o.invoiceNumber(), o.reasonCode(), o.changed(), o.mandateSuspended())).toList();
    }

    private DebitRunDetailJson detail(long id) {
        DebitRuns.Detail d = runs.get(id);
        return new DebitRunDetailJson(DebitRunJson.of(d.run()), d.debits().stream().map(DebitJson::of).toList());
    }
}
