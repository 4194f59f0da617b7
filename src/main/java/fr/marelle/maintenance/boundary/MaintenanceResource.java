package fr.marelle.maintenance.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.identity.boundary.OpenOperation;
import fr.marelle.identity.entity.Role;
import fr.marelle.maintenance.control.Announcement;
import fr.marelle.maintenance.control.MaintenanceRule;
import fr.marelle.maintenance.control.MaintenanceWindows;
import fr.marelle.maintenance.entity.MaintenanceWindow;
import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.control.ClockProducer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The maintenance window: public reading, and the administrator's announcement and cancellation. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Maintenance", description = "Maintenance windows: the one announced (no sign-in) and their announcement (administrators)")
public class MaintenanceResource {

    /** Body of PUT /admin/maintenance. */
    public static class AnnouncementJson {
        @Schema(description = "Start, Paris time, no offset; not in the past (5 minutes of tolerance)", example = "2026-09-19T20:00")
        public String startsAt;
        @Schema(description = "End, Paris time, no offset; after the start", example = "2026-09-19T23:00")
        public String endsAt;
        @Schema(description = "Message to families in French (required, 500 characters at most)")
        public String messageFr;
        @Schema(description = "Message in English (optional: the French one otherwise; 500 characters at most)")
        public String messageEn;
        @Schema(description = "The banner shows from this many days before the start (0 to 60, default 3)")
        public Integer announceDaysBefore;
    }

    /** A maintenance window. */
    public record WindowJson(
            long id,
            @Schema(description = "Start, with the Paris offset") String startsAt,
            @Schema(description = "End, with the Paris offset") String endsAt,
            int announceDaysBefore,
            @Schema(description = "The message in the caller's language (Accept-Language)") String message,
            String messageFr,
            String messageEn,
            @Schema(description = "NONE (banner not shown yet), ANNOUNCED (banner shown) or ONGOING") String phase,
            @Schema(description = "While ONGOING: seconds until the end") Long retryAfterSeconds) {
    }

    @Inject
    Acting acting;

    @Inject
    MaintenanceWindows windows;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @OpenOperation
    @GET
    @Path("maintenance")
    @SecurityRequirements
    @Operation(summary = "The maintenance announced (banner shown) or under way, for anyone",
            description = "Open to everybody, also during the window. 204 when no maintenance is announced.")
    @APIResponse(responseCode = "200", description = "The window, phase ANNOUNCED or ONGOING", content = @Content(schema = @Schema(implementation = WindowJson.class)))
    @APIResponse(responseCode = "204", description = "No maintenance announced")
    public Response announced() {
        return windows.inForce().filter(w -> phaseOf(w) != MaintenanceRule.Phase.NONE)
                .map(w -> Response.ok(json(w)).build())
                .orElse(Response.noContent().build());
    }

    @GET
    @Path("admin/maintenance")
    @Operation(summary = "The maintenance window in force, also before its banner shows (administrators)")
    @APIResponse(responseCode = "200", description = "The window", content = @Content(schema = @Schema(implementation = WindowJson.class)))
    @APIResponse(responseCode = "204", description = "None, or it is over")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response inForce() {
        admin();
        return current().map(w -> Response.ok(json(w)).build()).orElse(Response.noContent().build());
    }

    @PUT
    @Path("admin/maintenance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Announce a maintenance window (administrators)",
            description = "Replaces the window in force. A banner shows on every page from announceDaysBefore days"
                    + " before the start until the end; during the window families and anonymous callers get 503 with"
                    + " Retry-After, staff go on working. Families who opted in are mailed at once. Audited.")
    @APIResponse(responseCode = "200", description = "The window announced")
    @APIResponse(responseCode = "400", description = "One entry per wrong field; nothing saved",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public WindowJson announce(AnnouncementJson body) {
        AnnouncementJson b = body == null ? new AnnouncementJson() : body;
        return json(windows.announce(admin(), new Announcement(b.startsAt, b.endsAt, b.messageFr, b.messageEn,
                b.announceDaysBefore)));
    }

    @DELETE
    @Path("admin/maintenance")
    @Operation(operationId = "cancelMaintenance", summary = "Cancel the maintenance window in force, or end it now (administrators). Audited.")
    @APIResponse(responseCode = "204", description = "Cancelled, or there was none")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response cancel() {
        windows.cancel(admin());
        return Response.noContent().build();
    }

    private long admin() {
        return acting.requireRole(Role.ADMIN).getId();
    }

    private Optional<MaintenanceWindow> current() {
        return windows.inForce().filter(w -> w.getEndsAt().toInstant().isAfter(clock.instant()));
    }

    private static String paris(OffsetDateTime instant) {
        return instant.atZoneSameInstant(ClockProducer.PARIS).toOffsetDateTime().toString();
    }

    private MaintenanceRule.Phase phaseOf(MaintenanceWindow w) {
        return MaintenanceRule.phase(Optional.of(MaintenanceWindows.forRule(w)), clock);
    }

    private WindowJson json(MaintenanceWindow w) {
        MaintenanceRule.Phase phase = phaseOf(w);
        return new WindowJson(w.getId(), paris(w.getStartsAt()), paris(w.getEndsAt()), w.getAnnounceDays(),
                w.message(ApiLocale.of(headers).getLanguage()), w.getMessageFr(), w.getMessageEn(), phase.name(),
                phase == MaintenanceRule.Phase.ONGOING ? MaintenanceRule.retryAfterSeconds(MaintenanceWindows.forRule(w), clock) : null);
    }
}
