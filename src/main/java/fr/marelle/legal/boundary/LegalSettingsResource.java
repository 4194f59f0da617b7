package fr.marelle.legal.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Role;
import fr.marelle.legal.control.LegalField;
import fr.marelle.legal.control.LegalInformation;
import fr.marelle.legal.control.LegalSettings;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Administrator: the town-specific parts of the legal pages, as on "Réglages de la commune". */
@Path("admin/settings/legal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings (admin)", description = "The town's settings: overdue days, resident postcodes, legal information (administrators)")
public class LegalSettingsResource {

    static final String FIELDS = "publisherName, publisherAddress, publisherPhone, publisherSiret, publicationDirector,"
            + " hostName, hostAddress, hostPhone, dpoName, dpoEmail, dpoAddress, supportEmail, supportPhone, supportHours,"
            + " accessibilityRate (0 to 100, two decimals at most), accessibilityAuditDate (YYYY-MM-DD, not in the future),"
            + " accessibilityAuditor, accessibilityExceptions (non-compliances), accessibilityDerogations (disproportionate"
            + " burden), accessibilityOutOfScope, accessibilityPages (pages audited), accessibilitySchemeUrl and"
            + " accessibilityPlanUrl (https addresses of the multi-year scheme and this year's plan), decisionSignatoryName, decisionSignatoryTitle (who signs the"
            + " staff's decisions), issuerName, issuerTitle (the invoices' ordonnateur), appealCourt (the administrative court"
            + " named in appeal routes), invoiceCourt (to contest an invoice, when not appealCourt), answerDays (1 to 365,"
            + " the usual answer time stated in acknowledgements), silenceMeans (REJECTION, the default, or ACCEPTANCE)";

    private static final Set<String> IDS = Arrays.stream(LegalField.values()).map(LegalField::id).collect(Collectors.toSet());

    @Inject
    Acting acting;

    @Inject
    LegalSettings legalSettings;

    private long admin() {
        return acting.requireRole(Role.ADMIN).getId();
    }

    @GET
    @Operation(operationId = "getLegalSettings", summary = "The legal information of the town (null where not set)",
            description = "Members: " + FIELDS + "; phones in E.164. Also accessibilityStatus (FULL, PARTIAL, NONE),"
                    + " derived from the rate and the audit date, and missing: the required parts still empty.")
    @APIResponse(responseCode = "200", description = "Every part")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Map<String, Object> get() {
        admin();
        return json(legalSettings.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putLegalSettings", summary = "Replace the legal information of the town",
            description = "Every part at once: a missing or empty member clears it (the pages then say \"à compléter\")."
                    + " Members: " + FIELDS + ". Audited.")
    @RequestBody(content = @Content(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
            example = "{\"publisherName\": \"Commune de Marelle\", \"supportEmail\": \"portail-famille@example.org\","
                    + " \"supportPhone\": \"02 41 00 00 01\", \"accessibilityRate\": \"78.5\", \"accessibilityAuditDate\": \"2026-01-15\"}")))
    @APIResponse(responseCode = "200", description = "The information now in force")
    @APIResponse(responseCode = "400", description = "One entry per wrong or unknown member; nothing saved",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Map<String, Object> put(Map<String, String> body) {
        long admin = admin();
        Map<String, String> typed = body == null ? Map.of() : body;
        List<Violation> unknown = typed.keySet().stream().filter(k -> !IDS.contains(k))
                .map(k -> Violation.of(k, "legal.invalid.unknownField", k)).toList();
        RuleViolationException.throwIfAny(unknown);
        return json(legalSettings.replace(admin, typed));
    }

    static Map<String, Object> json(LegalInformation information) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (LegalField field : LegalField.values()) {
            json.put(field.id(), information.get(field).orElse(null));
        }
        json.put("accessibilityStatus", information.accessibility().name());
        json.put("missing", information.missing().stream().map(LegalField::id).toList());
        return json;
    }
}
