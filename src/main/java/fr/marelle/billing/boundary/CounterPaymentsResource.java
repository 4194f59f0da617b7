package fr.marelle.billing.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.marelle.identity.control.Acting;
import fr.marelle.billing.control.BillingExports;
import fr.marelle.billing.control.CounterPayments;
import fr.marelle.billing.control.CounterRules;
import fr.marelle.billing.control.Docket;
import fr.marelle.billing.control.Dockets;
import fr.marelle.billing.control.FinanceAccess;
import fr.marelle.billing.control.LedgerRules;
import fr.marelle.billing.control.Payments;
import fr.marelle.billing.entity.Payment;
import fr.marelle.billing.entity.PaymentMeans;
import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Finance staff (FINANCE, ADMIN) at the counter: payments received and spread over a household's
 * invoices of one régie, the household's credit used or refunded, mistaken entries reversed, the
 * day's collection docket and the payments export. Others get 403.
 */
@Path("finance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments (finance)", description = "Counter payments, refunds, reversals, use of credit, dockets and CSV exports (finance staff)")
public class CounterPaymentsResource {

    public static class AllocationRequest {
        public Long invoiceId;
        public Long amountCents;
    }

    public static class PaymentRequest {
        public String regieCode;
        /** CASH, CHEQUE, CESU, HOLIDAY_VOUCHER, BANK_TRANSFER or DIRECT_DEBIT */
        public String means;
        public Long amountCents;
        /** yyyy-MM-dd, today or up to a year back */
        public String receivedOn;
        /** required for a cheque, with the bank */
        public String chequeNumber;
        public String bank;
        /** required for a bank transfer or a direct debit */
        public String reference;
        public String note;
        /** how the money is spread over the household's invoices of the régie; the rest becomes credit */
        public List<AllocationRequest> allocations;
    }

    public static class CreditUseRequest {
        public String regieCode;
        public List<AllocationRequest> allocations;
    }

    public static class RefundRequest {
        public String regieCode;
        public Long amountCents;
        /** CASH, CHEQUE or BANK_TRANSFER */
        public String means;
        public String reference;
        public String note;
    }

    public static class ReversalRequest {
        public String reason;
    }

    @Schema(name = "HouseholdCreditJson")
    public record CreditJson(String regieCode, long creditCents) {
    }

    public record DocketLineJson(long paymentId, String number, String kind, String means, long householdId, String household,
                                 long amountCents, String chequeNumber, String bank, String reference) {
    }

    public record DocketTotalJson(String means, long totalCents) {
    }

    public record DocketJson(String regieCode, String regie, LocalDate day, List<DocketLineJson> lines,
                             List<DocketTotalJson> totals, long totalCents) {
        static DocketJson of(Docket d) {
            return new DocketJson(d.regieCode(), d.regieName(), d.day(), d.lines().stream()
                    .map(l -> new DocketLineJson(l.paymentId(), l.number(), l.kind().name(), l.means().name(), l.householdId(),
                            l.household(), l.amountCents(), l.chequeNumber(), l.bank(), l.reference())).toList(),
                    d.totals().entrySet().stream().map(t -> new DocketTotalJson(t.getKey().name(), t.getValue())).toList(),
                    d.totalCents());
        }
    }

    @Inject
    Acting acting;

    @Inject
    CounterPayments counter;

    @Inject
    Payments payments;

    @Inject
    Dockets dockets;

    @Inject
    BillingExports exports;

    @Inject
    FinanceAccess financeAccess;

    @Context
    HttpHeaders headers;

    @GET
    @Path("households/{id}/payments")
    @Operation(operationId = "householdPayments", summary = "A household's payments, refunds and reversals (newest first) and its credit per régie")
    @APIResponse(responseCode = "404", description = "No such household", content = @Content(mediaType = "application/problem+json"))
    public PaymentJson.HistoryJson history(@PathParam("id") long householdId) {
        long actor = acting.requireFinanceStaff().getId();
        return PaymentJson.HistoryJson.of(payments.creditsOf(actor, householdId), payments.ofHousehold(actor, householdId));
    }

    @POST
    @Path("households/{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record money received at the counter and spread it over the household's invoices of the régie",
            description = "Each invoice gets at most what remains of it; what is not spread stays as the household's credit"
                    + " at the régie. A cheque needs `chequeNumber` and `bank`, a bank transfer or direct debit a `reference`.")
    @APIResponse(responseCode = "201", description = "The payment with its receipt number and what it settled", content = @Content(schema = @Schema(implementation = PaymentJson.class)))
    @APIResponse(responseCode = "404", description = "No such household", content = @Content(mediaType = "application/problem+json"))
    public Response receive(@PathParam("id") long householdId, PaymentRequest request) {
        long actor = acting.requireFinanceStaff().getId();
        if (request == null) {
            throw RuleViolationException.of("amountCents", "billing.payment.amountPositive");
        }
        CounterRules.Received received = new CounterRules.Received(request.regieCode, means(request.means, "means"),
                request.amountCents, date("receivedOn", request.receivedOn), request.chequeNumber, request.bank,
                request.reference, request.note);
        Payment payment = counter.receive(actor, householdId, received, allocations(request.allocations));
        return created(payment);
    }

    @POST
    @Path("payments/{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a mistaken counter payment or refund by a reversing entry (the reason is required)",
            description = "What it put on invoices is taken back off them; the entry itself is kept. Refused for a reversal,"
                    + " an entry already reversed, an online payment, or when the credit it left was already given back.")
    @APIResponse(responseCode = "201", description = "The reversing entry", content = @Content(schema = @Schema(implementation = PaymentJson.class)))
    @APIResponse(responseCode = "404", description = "No such payment", content = @Content(mediaType = "application/problem+json"))
    public Response reverse(@PathParam("id") long paymentId, ReversalRequest request) {
        long actor = acting.requireFinanceStaff().getId();
        return created(counter.reverse(actor, paymentId, request == null ? null : request.reason));
    }

    @POST
    @Path("households/{id}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give back some of the household's credit at the régie, in cash, by cheque or by bank transfer")
    @APIResponse(responseCode = "201", description = "The refund entry", content = @Content(schema = @Schema(implementation = PaymentJson.class)))
    public Response refund(@PathParam("id") long householdId, RefundRequest request) {
        long actor = acting.requireFinanceStaff().getId();
        if (request == null) {
            throw RuleViolationException.of("amountCents", "billing.payment.amountPositive");
        }
        return created(counter.refund(actor, householdId, request.regieCode, request.amountCents,
                means(request.means, "means"), request.reference, request.note));
    }

    @POST
    @Path("households/{id}/credit-uses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put some of the household's credit at the régie on its invoices of that régie")
    @APIResponse(responseCode = "200", description = "The credit left at the régie")
    public CreditJson useCredit(@PathParam("id") long householdId, CreditUseRequest request) {
        long actor = acting.requireFinanceStaff().getId();
        if (request == null) {
            throw RuleViolationException.of("allocations", "billing.payment.allocationRequired");
        }
        counter.useCredit(actor, householdId, request.regieCode, allocations(request.allocations));
        return new CreditJson(request.regieCode, payments.creditsOf(actor, householdId).getOrDefault(request.regieCode.strip(), 0L));
    }

    @GET
    @Path("dockets")
    @Operation(summary = "The collection docket of a régie and a day: every entry received that day by means, with totals",
            description = "Counter and online payments, refunds and reversals (negative). Also as `dockets.csv` and `dockets.pdf`.")
    public DocketJson docket(@QueryParam("regie") String regie, @QueryParam("day") String day) {
        return DocketJson.of(dockets.of(acting.requireFinanceStaff().getId(), regie, date("day", day)));
    }

    @GET
    @Path("dockets.csv")
    @Produces("text/csv")
    @Operation(summary = "The docket as CSV (UTF-8 with BOM, ';'): one row per entry, then the totals per means and overall")
    public Response docketCsv(@QueryParam("regie") String regie, @QueryParam("day") String day) {
        String csv = dockets.csv(acting.requireFinanceStaff().getId(), regie, date("day", day));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"bordereau-" + regie + "-" + day + ".csv\"").build();
    }

    @GET
    @Path("dockets.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The docket as a PDF to sign and file")
    public Response docketPdf(@QueryParam("regie") String regie, @QueryParam("day") String day) {
        byte[] pdf = dockets.pdf(acting.requireFinanceStaff().getId(), regie, date("day", day), ApiLocale.of(headers));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"bordereau-" + regie + "-" + day + ".pdf\"").build();
    }

    @GET
    @Path("exports/payments.csv")
    @Produces("text/csv")
    @Operation(summary = "The payments, refunds and reversals received in a period (at most a year), optionally of one régie",
            description = "UTF-8 with a byte order mark, ';' between values, amounts in euros with a decimal comma.")
    public Response paymentsCsv(@QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("regieCode") String regieCode) {
        String csv = exports.payments(acting.requireFinanceStaff().getId(), date("from", from), date("to", to), regieCode);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"reglements-" + from + "-" + to + ".csv\"").build();
    }

    /** The signed-in finance staff member (403 for anyone else, also on reading endpoints). */

    private Response created(Payment payment) {
        PaymentJson json = PaymentJson.of(payments.get(acting.requireFinanceStaff().getId(), payment.getId()));
        return Response.created(URI.create("receipts/" + payment.getId() + ".pdf")).entity(json).build();
    }

    static List<LedgerRules.Allocation> allocations(List<AllocationRequest> list) {
        return list == null ? List.of() : list.stream()
                .map(a -> a == null ? new LedgerRules.Allocation(null, null) : new LedgerRules.Allocation(a.invoiceId, a.amountCents))
                .toList();
    }

    static PaymentMeans means(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PaymentMeans.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolationException.of(field, "billing.counter.means");
        }
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolationException.of(field, "date.invalid");
        }
    }
}
