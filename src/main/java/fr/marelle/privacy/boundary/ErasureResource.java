package fr.marelle.privacy.boundary;

import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.boundary.Problem;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.Violation;
import fr.marelle.privacy.control.AccountErasure;
import fr.marelle.privacy.control.ErasureRefusedException;
import fr.marelle.privacy.control.ErasureRequests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Locale;

/** The signed-in parent closes their account: whether it can be done now, and doing it. */
@Path("me/erasure-request")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "A parent's copy of everything the portal holds on their household, and closing their account")
public class ErasureResource {

    /** Whether the account can be closed now, and if not, why. */
    public static class ErasureCheckJson {
        @Schema(description = "True when nothing stands in the way of closing the account now")
        public boolean possible;
        @Schema(description = "What to settle first, translated (empty when possible)")
        public List<String> reasons;
    }

    /** The confirmation. */
    public static class ErasureRequestJson {
        @Schema(description = "The account's current password, as a confirmation", required = true)
        public String password;
    }

    /** What was done. */
    public static class ErasureDoneJson {
        @Schema(description = "True when the household was erased too (its last guardian left)")
        public boolean householdErased;
        @Schema(description = "What happened, translated")
        public String message;
    }

    @Inject
    ErasureRequests requests;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "getErasureCheck", summary = "Whether the signed-in account can be closed now, and what to settle first if not")
    public ErasureCheckJson check() {
        ErasureCheckJson answer = new ErasureCheckJson();
        answer.reasons = texts(requests.refusals());
        answer.possible = answer.reasons.isEmpty();
        return answer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestErasure", summary = "Close the signed-in account and anonymise its personal data (GDPR art. 17)",
            description = "The last guardian takes the household along; invoices and payments are kept for public accounting."
                    + " The sessions of the account end. Audited without the erased data.")
    @APIResponse(responseCode = "200", description = "The account is closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureDoneJson.class)))
    @APIResponse(responseCode = "400", description = "Password missing or wrong", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Something is still to settle: the problem's errors say what",
            content = @Content(mediaType = "application/problem+json"))
    public Response request(ErasureRequestJson body) {
        Locale locale = ApiLocale.of(headers);
        try {
            AccountErasure.Outcome outcome = requests.request(body == null ? null : body.password);
            ErasureDoneJson done = new ErasureDoneJson();
            done.householdErased = outcome.householdErased();
            done.message = Messages.text(locale, "erasure.done");
            return Response.ok(done).build();
        } catch (ErasureRefusedException e) {
            return new Problem(409, Messages.text(locale, "erasure.refused"), null, e.reasons().stream()
                    .map(v -> new Problem.FieldError(null, Messages.text(locale, v))).toList()).toResponse();
        }
    }

    private List<String> texts(List<Violation> reasons) {
        Locale locale = ApiLocale.of(headers);
        return reasons.stream().map(v -> Messages.text(locale, v)).toList();
    }
}
