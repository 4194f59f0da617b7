package fr.marelle.billing.boundary;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import fr.marelle.platform.boundary.ApiPaging;
import fr.marelle.platform.control.PageRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.marelle.identity.control.Acting;
import fr.marelle.billing.control.BillingExports;
import fr.marelle.billing.control.BillingTexts;
import fr.marelle.billing.control.CreditNotes;
import fr.marelle.billing.control.CreditRules;
import fr.marelle.billing.control.FinanceAccess;
import fr.marelle.billing.control.InvoiceRuns;
import fr.marelle.billing.control.Invoices;
import fr.marelle.billing.control.Reminders;
import fr.marelle.billing.control.TreasuryTransfers;
import fr.marelle.billing.entity.CreditNote;
import fr.marelle.billing.entity.Invoice;
import fr.marelle.billing.entity.InvoiceRun;
import fr.marelle.billing.entity.InvoiceStatus;
import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Finance staff (FINANCE, ADMIN): invoicing runs (draft, preview, validation), any invoice, and
 * credit notes. Others get 403.
 */
@Path("finance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Billing (finance)", description = "Invoicing runs, invoices, credit notes, reminders and households' statements (finance staff)")
public class FinanceBillingResource {

    public static class RunRequest {
        public String regieCode;
        /** yyyy-MM, a finished month */
        public String month;
    }

    public static class ValidationRequest {
        /** Bill sessions whose attendance is not marked as booked (needed when there are some). */
        public Boolean confirmUnmarked;
    }

    public static class TreasuryRequest {
        public List<Long> invoiceIds;
        /** The treasury's reference of the batch (bordereau), optional. */
        public String reference;
    }

    public record SentJson(int sent) {
    }

    public static class CreditLineRequest {
        public Long invoiceLineId;
        public Integer amountCents;
    }

    public static class CreditNoteRequest {
        public Long invoiceId;
        public String reason;
        public List<CreditLineRequest> lines;
    }

    public record RunJson(long id, String regieCode, String month, String status, Integer invoices, Long totalCents) {
        static RunJson of(InvoiceRun r) {
            return new RunJson(r.getId(), r.getRegieCode(), r.getYearMonth().toString(), r.getStatus().name(),
                    r.getInvoices(), r.getTotalCents());
        }
    }

    public record PreviewLineJson(long childId, String child, long sessionId, String activity, LocalDate day, String charge,
                                  int amountCents, boolean adjustment, String explanation) {
    }

    public record HouseholdJson(long householdId, String household, long totalCents, List<PreviewLineJson> lines) {
    }

    /** kind: MISSING_QUOTIENT, ATTENDANCE_NOT_MARKED or NO_PRICE_GRID. */
    public record AnomalyJson(String kind, long householdId, Long childId, Long sessionId, LocalDate day, String message) {
    }

    public record PreviewJson(RunJson run, String regie, long totalCents, List<HouseholdJson> households,
                              List<AnomalyJson> anomalies) {
    }

    public record IssuedJson(long id, String number, long householdId, long totalCents, LocalDate dueOn) {
    }

    public record ValidatedJson(RunJson run, List<IssuedJson> invoices) {
    }

    @Schema(name = "IssuedCreditNoteJson")
    public record CreditNoteJson(long id, String number, long invoiceId, long totalCents, LocalDate issuedOn) {
    }

    @Inject
    Acting acting;

    @Inject
    InvoiceRuns runs;

    @Inject
    CreditNotes creditNotes;

    @Inject
    Invoices invoices;

    @Inject
    FinanceAccess finance;

    @Inject
    BillingExports exports;

    @Inject
    Clock clock;

    @Inject
    TreasuryTransfers treasury;

    @Inject
    Reminders reminders;

    @PersistenceContext
    EntityManager em;

    @Context
    HttpHeaders headers;

    @GET
    @Path("runs")
    @Operation(summary = "The latest invoicing runs, newest first")
    public List<RunJson> recent() {
        return runs.recent(acting.require().getId(), 100).stream().map(RunJson::of).toList();
    }

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createBillingRun", summary = "A draft invoicing run for a régie and a finished month (the existing draft if there is one), with its preview")
    @APIResponse(responseCode = "201", description = "The draft and what it would invoice", content = @Content(schema = @Schema(implementation = PreviewJson.class)))
    public Response create(RunRequest request) {
        long actor = acting.require().getId();
        if (request == null) {
            throw RuleViolationException.of("regieCode", "billing.run.unknownRegie");
        }
        InvoiceRun run = runs.create(actor, request.regieCode, month(request.month));
        return Response.created(URI.create("finance/runs/" + run.getId())).entity(preview(actor, run.getId())).build();
    }

    @GET
    @Path("runs/{id}")
    @Operation(summary = "What the run invoices: per household, lines and totals, and the anomalies to look at")
    @APIResponse(responseCode = "404", description = "No such run", content = @Content(mediaType = "application/problem+json"))
    public PreviewJson preview(@PathParam("id") long id) {
        return preview(acting.require().getId(), id);
    }

    @POST
    @Path("runs/{id}/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Validate the draft: invoices numbered without gaps, published and mailed; the attendance month locked",
            description = "Refused (400) when the run is already validated, or when attendance is not marked everywhere"
                    + " and `confirmUnmarked` is not true.")
    public ValidatedJson validate(@PathParam("id") long id, ValidationRequest request) {
        long actor = acting.require().getId();
        InvoiceRun run = runs.validate(actor, id, request != null && Boolean.TRUE.equals(request.confirmUnmarked));
        List<IssuedJson> issued = em.createQuery("select i from Invoice i where i.runId = :r order by i.number", Invoice.class)
                .setParameter("r", run.getId()).getResultList().stream()
                .map(i -> new IssuedJson(i.getId(), i.getNumber(), i.getHouseholdId(), i.getTotalCents(), i.getDueOn())).toList();
        return new ValidatedJson(RunJson.of(run), issued);
    }

    public record FoundJson(InvoicesResource.InvoiceJson invoice, long householdId, String household, long daysOverdue) {
    }

    @GET
    @Path("invoices")
    @Operation(operationId = "searchInvoices", summary = "Search invoices by number, household name, month (yyyy-MM), régie and status (at most 200 a page, newest first)",
            description = "status: UNPAID, PARTLY_PAID, PAID or SENT_TO_TREASURY; daysOverdue counts the days past the due date"
                    + " of an invoice not settled. The next page starts at offset + limit.")
    @APIResponse(responseCode = "200", description = "One page of the matching invoices")
    @APIResponse(responseCode = "400", description = "A bad month, status, offset or limit", content = @Content(mediaType = "application/problem+json"))
    public List<FoundJson> search(@QueryParam("number") String number, @QueryParam("household") String household,
                                  @QueryParam("month") String month, @QueryParam("regieCode") String regieCode,
                                  @QueryParam("status") String status,
                                  @Parameter(description = "rows to skip, 0 by default") @QueryParam("offset") String offset,
                                  @Parameter(description = "rows of the page, 1 to 200, 200 by default") @QueryParam("limit") String limit) {
        long actor = acting.require().getId();
        PageRequest page = ApiPaging.of(offset, limit, Invoices.SEARCH_LIMIT);
        return invoices.search(actor, criteria(number, household, month, regieCode, status), LocalDate.now(clock), page).stream()
                .map(f -> new FoundJson(InvoicesResource.InvoiceJson.of(f.summary()), f.summary().invoice().getHouseholdId(),
                        f.summary().invoice().getHouseholdName(), f.daysOverdue())).toList();
    }

    /** The search criteria from text parameters (page or API); a bad month or status is refused. */
    public static Invoices.Search criteria(String number, String household, String month,
                                                                     String regieCode, String status) {
        YearMonth m = month == null || month.isBlank() ? null : month(month);
        InvoiceStatus st = null;
        if (status != null && !status.isBlank()) {
            try {
                st = InvoiceStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw RuleViolationException.of("status", "billing.search.status");
            }
        }
        return new Invoices.Search(number, household, m, regieCode, st);
    }

    @GET
    @Path("invoices/{id}")
    @Operation(summary = "Any household's invoice with its lines and credit notes")
    public InvoicesResource.InvoiceDetailJson invoice(@PathParam("id") long id) {
        long actor = acting.require().getId();
        finance.require(actor);
        return InvoicesResource.detail(invoices.get(actor, id), ApiLocale.of(headers));
    }

    @POST
    @Path("credit-notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A credit note taking amounts off lines of one invoice (never more than remains of a line)")
    @APIResponse(responseCode = "201", description = "The credit note, numbered", content = @Content(schema = @Schema(implementation = CreditNoteJson.class)))
    public Response creditNote(CreditNoteRequest request) {
        long actor = acting.require().getId();
        if (request == null) {
            throw RuleViolationException.of("invoiceId", "billing.credit.invoiceRequired");
        }
        List<CreditRules.Item> items = request.lines == null ? List.of()
                : request.lines.stream().map(l -> l == null ? new CreditRules.Item(null, null)
                        : new CreditRules.Item(l.invoiceLineId, l.amountCents)).toList();
        CreditNote note = creditNotes.issue(actor, request.invoiceId, request.reason, items);
        return Response.created(URI.create("finance/credit-notes/" + note.getId()))
                .entity(new CreditNoteJson(note.getId(), note.getNumber(), note.getInvoiceId(), note.getTotalCents(),
                        note.getIssuedOn())).build();
    }

    /** kind: INVOICE (amount owed) or CREDIT_NOTE (negative amount). */
    public record EntryJson(LocalDate day, String kind, Long documentId, String number, String label, long amountCents,
                            long balanceCents) {
    }

    public record StatementJson(long householdId, long balanceCents, List<EntryJson> entries) {
    }

    @GET
    @Path("households/{id}/statement")
    @Operation(operationId = "householdStatement", summary = "A household's account: invoices and credit notes in date order with the balance after each")
    public StatementJson statement(@PathParam("id") long householdId) {
        long actor = acting.require().getId();
        finance.require(actor);
        var statement = invoices.statement(actor, householdId);
        return new StatementJson(householdId, statement.balanceCents(), statement.entries().stream()
                .map(e -> new EntryJson(e.day(), e.kind().name(), e.documentId(), e.number(), e.label(), e.amountCents(),
                        e.balanceCents())).toList());
    }

    @POST
    @Path("treasury-transfers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand unpaid invoices to the public treasury (all or none); they can no longer be paid on the portal",
            description = "Only once `billing.treasury-days` days (setting, 60 by default) have passed since the due date.")
    public SentJson treasury(TreasuryRequest request) {
        long actor = acting.require().getId();
        return new SentJson(treasury.send(actor, request == null ? null : request.invoiceIds,
                request == null ? null : request.reference));
    }

    @POST
    @Path("reminders")
    @Operation(summary = "Send now the reminders of unpaid invoices that are due (the job also does it every few hours)",
            description = "First reminder `billing.reminder1-days` (7) days after the due date, second `billing.reminder2-days`"
                    + " (21); each is sent once and its date recorded.")
    public SentJson reminders() {
        return new SentJson(reminders.sendDueNow(acting.require().getId()).size());
    }

    @GET
    @Path("exports/invoices.csv")
    @Produces("text/csv")
    @Operation(summary = "The invoices issued in a period (at most a year), optionally of one régie, for the accounting software",
            description = "UTF-8 with a byte order mark, ';' between values, amounts in euros with a decimal comma.")
    public Response invoicesCsv(@QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("regieCode") String regieCode) {
        long actor = acting.require().getId();
        String csv = exports.invoices(actor, date("from", from), date("to", to), regieCode);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"factures-" + from + "-" + to + ".csv\"").build();
    }

    @GET
    @Path("exports/credit-notes.csv")
    @Produces("text/csv")
    @Operation(summary = "The credit notes issued in a period (at most a year), optionally of one régie, for the accounting software")
    public Response creditNotesCsv(@QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("regieCode") String regieCode) {
        long actor = acting.require().getId();
        String csv = exports.creditNotes(actor, date("from", from), date("to", to), regieCode);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"avoirs-" + from + "-" + to + ".csv\"").build();
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolationException.of(field, "date.invalid");
        }
    }

    private PreviewJson preview(long actor, long runId) {
        Locale locale = ApiLocale.of(headers);
        InvoiceRuns.Preview p = runs.preview(actor, runId);
        return new PreviewJson(RunJson.of(p.run()), p.regieName(), p.totalCents(),
                p.households().stream().map(h -> new HouseholdJson(h.householdId(), h.householdName(), h.totalCents(),
                        h.lines().stream().map(b -> {
                            var s = b.charge().source();
                            return new PreviewLineJson(s.childId(), s.childName(), s.sessionId(), s.activityName(), s.day(),
                                    b.charge().kind().name(), b.amountCents(), b.adjustment(),
                                    BillingTexts.explanation(b.charge(), locale));
                        }).toList())).toList(),
                p.anomalies().stream().map(a -> new AnomalyJson(a.kind().name(), a.householdId(), a.childId(), a.sessionId(),
                        a.day(), BillingTexts.anomaly(a, p.householdNames().getOrDefault(a.householdId(), ""), locale))).toList());
    }

    private static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            throw RuleViolationException.of("month", "billing.run.monthRequired");
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolationException.of("month", "billing.run.monthFormat");
        }
    }
}
