package fr.marelle.identity.boundary;

import fr.marelle.identity.control.AccountSettings;
import fr.marelle.identity.control.Acting;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The signed-in account's choice to be mailed when a maintenance is announced. */
@Path("me/maintenance-notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "Self-registration and the signed-in account: who it is, its password, its notices")
public class MaintenanceNoticesResource {

    /** In and out. */
    public static class NoticesJson {
        @Schema(description = "Mail me when a maintenance of the portal is announced (off by default)")
        public Boolean enabled;
    }

    @Inject
    Acting acting;

    @Inject
    AccountSettings settings;

    @GET
    @Operation(operationId = "getMaintenanceNotices", summary = "Whether the signed-in account is mailed when a maintenance is announced")
    public NoticesJson get() {
        NoticesJson answer = new NoticesJson();
        answer.enabled = acting.require().isMaintenanceNotices();
        return answer;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setMaintenanceNotices", summary = "Opt in to (true) or out of (false) the maintenance announcements by mail. Audited.")
    @APIResponse(responseCode = "200", description = "The choice now recorded")
    @APIResponse(responseCode = "400", description = "enabled missing", content = @Content(mediaType = "application/problem+json"))
    public NoticesJson put(NoticesJson body) {
        if (body == null || body.enabled == null) {
            throw fr.marelle.platform.control.RuleViolationException.of("enabled", "notices.enabled.required");
        }
        settings.changeMaintenanceNotices(acting.require().getId(), body.enabled);
        NoticesJson answer = new NoticesJson();
        answer.enabled = body.enabled;
        return answer;
    }
}
