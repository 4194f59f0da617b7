package fr.marelle.payment.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.payment.control.OnlinePaymentDesk;
import fr.marelle.payment.control.Reconciliation;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Finance staff (FINANCE, ADMIN): online payment attempts, alerts, and reconciliation with the provider. */
@Path("finance/online-payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Online payments (finance)", description = "Online payment attempts, alerts and the reconciliation with the provider's statement (finance staff)")
public class FinanceOnlinePaymentsResource {

    public record AttemptJson(long id, String reference, long householdId, String household, String regieCode,
                              long amountCents, String status, String providerCode, OffsetDateTime createdAt,
                              OffsetDateTime resolvedAt, String receipt) {
        static AttemptJson of(OnlinePaymentDesk.AttemptRow r) {
            var a = r.attempt();
            return new AttemptJson(a.getId(), a.getReference(), a.getHouseholdId(), r.householdName(), a.getRegieCode(),
                    a.getAmountCents(), a.getStatus().name(), a.getProviderCode(), a.getCreatedAt(), a.getResolvedAt(),
                    r.paymentNumber());
        }
    }

    public static class CloseRequest {
        public String note;
    }

    @Inject
    Acting acting;

    @Inject
    OnlinePaymentDesk desk;

    @GET
    @Operation(summary = "The online payment attempts created on a day (Paris time), newest first")
    public List<AttemptJson> attempts(@QueryParam("day") String day) {
        return desk.attemptsOf(acting.require().getId(), day(day)).stream().map(AttemptJson::of).toList();
    }

    @GET
    @Path("alerts")
    @Operation(summary = "Alerts not closed yet: provider results that differ from the attempt, late payments, unknown operations")
    public List<OnlinePaymentDesk.Alert> alerts() {
        return desk.openAlerts(acting.require().getId());
    }

    @POST
    @Path("alerts/{id}/closing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closePaymentAlert", summary = "Close an alert, saying what was done")
    public void close(@PathParam("id") long id, CloseRequest body) {
        desk.closeAlert(acting.require().getId(), id, body == null ? null : body.note);
    }

    @POST
    @Path("{id}/check")
    @Operation(summary = "Ask the provider again about one attempt (settles it if the provider has a result)")
    public AttemptJson recheck(@PathParam("id") long id) {
        var a = desk.recheck(acting.require().getId(), id);
        return new AttemptJson(a.getId(), a.getReference(), a.getHouseholdId(), null, a.getRegieCode(), a.getAmountCents(),
                a.getStatus().name(), a.getProviderCode(), a.getCreatedAt(), a.getResolvedAt(), null);
    }

    @GET
    @Path("reconciliation")
    @Operation(summary = "Daily reconciliation: every attempt of the day that reached the provider, compared with the provider's answer",
            description = "Mismatch kinds: PAID_AT_PROVIDER_ONLY, PAID_ON_PORTAL_ONLY, AMOUNT_DIFFERS, UNKNOWN_REFERENCE.")
    @APIResponse(responseCode = "503", description = "the provider could not be asked", content = @Content(mediaType = "application/problem+json"))
    public Reconciliation.Report live(@QueryParam("day") String day) {
        return desk.live(acting.require().getId(), day(day));
    }

    @POST
    @Path("reconciliation/statement")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "importPaymentStatement", summary = "Reconciliation with the provider's statement file of a day",
            description = "CSV separated by `;` with a header: numcli;exer;refdet;idop;montant;resultrans;dattrans;heurtrans;numauto"
                    + " (amount in cents; resultrans P or V = paid). Compared with every attempt it names and every online"
                    + " payment the portal recorded on that day.")
    public Reconciliation.Report statement(@QueryParam("day") String day, String csv) {
        return desk.statement(acting.require().getId(), day(day), csv);
    }

    private static LocalDate day(String day) {
        if (day == null || day.isBlank()) {
            throw RuleViolationException.of("day", "reconciliation.dayRequired");
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolationException.of("day", "reconciliation.dayRequired");
        }
    }
}
