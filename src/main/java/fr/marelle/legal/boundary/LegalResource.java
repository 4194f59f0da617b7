package fr.marelle.legal.boundary;

import fr.marelle.identity.boundary.OpenOperation;
import fr.marelle.legal.control.LegalField;
import fr.marelle.legal.control.LegalInformation;
import fr.marelle.legal.control.LegalSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

import java.util.LinkedHashMap;
import java.util.Map;

/** Anyone, signed in or not: the public parts of the legal pages (publisher, host, DPO, support, accessibility). */
@Path("legal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Legal information", description = "The public parts of the legal pages (no sign-in)")
public class LegalResource {

    @Inject
    LegalSettings legalSettings;

    @GET
    @OpenOperation
    @SecurityRequirements
    @Operation(operationId = "getLegalInformation", summary = "Who publishes the portal and whom to contact (no sign-in needed)",
            description = "publisher {name, address, phone, siret}, publicationDirector, host {name, address, phone},"
                    + " dpo {name, email, address}, support {email, phone, hours}, accessibility {status (FULL, PARTIAL,"
                    + " NONE), rate, auditDate}. A part the town has not set yet is null; phones in E.164.")
    @APIResponse(responseCode = "200", description = "The public legal information")
    public Map<String, Object> get() {
        LegalInformation info = legalSettings.current();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("publisher", group(info, "name", LegalField.PUBLISHER_NAME, "address", LegalField.PUBLISHER_ADDRESS,
                "phone", LegalField.PUBLISHER_PHONE, "siret", LegalField.PUBLISHER_SIRET));
        json.put("publicationDirector", info.get(LegalField.PUBLICATION_DIRECTOR).orElse(null));
        json.put("host", group(info, "name", LegalField.HOST_NAME, "address", LegalField.HOST_ADDRESS,
                "phone", LegalField.HOST_PHONE));
        json.put("dpo", group(info, "name", LegalField.DPO_NAME, "email", LegalField.DPO_EMAIL,
                "address", LegalField.DPO_ADDRESS));
        json.put("support", group(info, "email", LegalField.SUPPORT_EMAIL, "phone", LegalField.SUPPORT_PHONE,
                "hours", LegalField.SUPPORT_HOURS));
        Map<String, Object> accessibility = group(info, "rate", LegalField.ACCESSIBILITY_RATE,
                "auditDate", LegalField.ACCESSIBILITY_AUDIT_DATE);
        accessibility.put("status", info.accessibility().name());
        json.put("accessibility", accessibility);
        return json;
    }

    /** Pairs of member name and field. */
    private static Map<String, Object> group(LegalInformation info, Object... pairs) {
        Map<String, Object> group = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            group.put((String) pairs[i], info.get((LegalField) pairs[i + 1]).orElse(null));
        }
        return group;
    }
}
