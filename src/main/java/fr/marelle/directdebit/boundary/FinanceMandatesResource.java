package fr.marelle.directdebit.boundary;

import fr.marelle.directdebit.control.SepaMandates;
import fr.marelle.directdebit.entity.MandateStatus;
import fr.marelle.directdebit.entity.SepaMandate;
import fr.marelle.family.control.ProofFiles;
import fr.marelle.identity.control.Acting;
import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Finance staff: every SEPA mandate with its full IBAN, the signed mandate recorded and activated, revocation. */
@Path("finance/sepa-mandates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Direct debit (finance)", description = "SEPA direct-debit mandates of all households: signature, activation, revocation (finance staff)")
public class FinanceMandatesResource {

    /** The parts of an activation (multipart/form-data), for the API's description. */
    public static class MandateActivationParts {
        @Schema(description = "The day the family signed, YYYY-MM-DD (not before the request, not in the future)")
        public LocalDate signedOn;
        @Schema(description = "The signed mandate: PDF, JPEG or PNG, at most 5 MB, recognised by its content; without it, signed at the counter")
        public byte[] signedCopy;
    }

    @Inject
    Acting acting;

    @Inject
    SepaMandates mandates;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listSepaMandates", summary = "Every mandate (or those of one status), newest first, with the full IBAN",
            description = "Mandates unused for 36 months are marked LAPSED first.")
    @APIResponse(responseCode = "200", description = "The mandates",
            content = @Content(schema = @Schema(implementation = MandateJson.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Unknown status", content = @Content(mediaType = "application/problem+json"))
    public List<MandateJson> all(@QueryParam("status") @Parameter(schema = @Schema(enumeration = {"REQUESTED", "ACTIVE", "SUSPENDED",
            "REVOKED", "LAPSED"})) String status) {
        acting.requireFinanceStaff();
        return mandates.all(status(status)).stream().map(m -> MandateJson.of(m, true)).toList();
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(operationId = "sepaMandatePdf", summary = "The mandate form as generated for the family (tagged PDF)")
    @APIResponse(responseCode = "200", description = "The form", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "No such mandate", content = @Content(mediaType = "application/problem+json"))
    public Response pdf(@PathParam("id") long id) {
        byte[] pdf = mandates.pdf(acting.requireFinanceStaff().getId(), id, ApiLocale.of(headers));
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"mandat-sepa-" + id + ".pdf\"").build();
    }

    @GET
    @Path("{id}/signed-copy")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    @Operation(operationId = "sepaMandateSignedCopy", summary = "The signed mandate as uploaded")
    @APIResponse(responseCode = "200", description = "The signed copy", content = {@Content(mediaType = "application/pdf"),
            @Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png")})
    @APIResponse(responseCode = "404", description = "No such mandate, or signed at the counter", content = @Content(mediaType = "application/problem+json"))
    public Response signedCopy(@PathParam("id") long id) {
        acting.requireFinanceStaff();
        Object[] copy = mandates.signedCopy(id)
                .orElseThrow(() -> new fr.marelle.family.control.UnknownRecordException("signed copy of SEPA mandate", id));
        String type = (String) copy[1];
        return Response.ok((byte[]) copy[0], type).header("Content-Disposition", "attachment; filename=\"mandat-signe-"
                + id + "." + ProofFiles.extension(type) + "\"").build();
    }

    @POST
    @Path("{id}/activation")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = MandateActivationParts.class)))
    @Operation(operationId = "activateSepaMandate", summary = "Record the signed mandate and activate it",
            description = "Parts signedOn and, for a scan, signedCopy; without signedCopy the mandate was signed at the counter."
                    + " A SUSPENDED mandate is activated again without parts.")
    @APIResponse(responseCode = "200", description = "The active mandate", content = @Content(schema = @Schema(implementation = MandateJson.class)))
    @APIResponse(responseCode = "400", description = "Signature date missing or outside the request and today, copy not a PDF/JPEG/PNG"
            + " or over 5 MB, or the mandate cannot be activated", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such mandate", content = @Content(mediaType = "application/problem+json"))
    public MandateJson activate(@PathParam("id") long id, List<EntityPart> parts) {
        long actor = acting.requireFinanceStaff().getId();
        List<Violation> violations = new ArrayList<>();
        LocalDate signedOn = null;
        byte[] copy = null;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            switch (part.getName()) {
                case "signedOn" -> signedOn = date(text(part), violations);
                case "signedCopy" -> copy = bytes(part);
                default -> violations.add(Violation.of(part.getName(), "request.part.unknown"));
            }
        }
        RuleViolationException.throwIfAny(violations);
        return MandateJson.of(mandates.activate(actor, id, signedOn, copy), true);
    }

    @POST
    @Path("{id}/revocation")
    @Operation(operationId = "revokeSepaMandate", summary = "Revoke a mandate (e.g. at the family's request by post)")
    @APIResponse(responseCode = "200", description = "The revoked mandate", content = @Content(schema = @Schema(implementation = MandateJson.class)))
    @APIResponse(responseCode = "400", description = "The mandate has already ended", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such mandate", content = @Content(mediaType = "application/problem+json"))
    public MandateJson revoke(@PathParam("id") long id) {
        return MandateJson.of(mandates.revoke(acting.requireFinanceStaff().getId(), id), true);
    }

    private static MandateStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return MandateStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolationException.of("status", "sepa.status.unknown");
        }
    }

    private static String text(EntityPart part) {
        try {
            return part.getContent(String.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(EntityPart part) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes(ProofFiles.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(String value, List<Violation> violations) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(Violation.of("signedOn", "date.invalid"));
            return null;
        }
    }
}
