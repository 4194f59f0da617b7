package fr.marelle.calendarfeed.boundary;

import fr.marelle.identity.entity.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import fr.marelle.identity.control.Acting;
import fr.marelle.calendarfeed.control.CalendarFeeds;
import fr.marelle.identity.boundary.OpenOperation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

import java.util.Date;
import java.util.Optional;

/**
 * A child's private calendar URL: the parent creates (or replaces), checks and revokes it; a
 * calendar application reads it without login, the secret being in the URL.
 */
@Path("/")
@RequestScoped
@Tag(name = "Calendar feeds", description = "A child's private iCal feed of bookings, and the feed itself (by its secret address)")
public class CalendarFeedsResource {

    static final MediaType CALENDAR = MediaType.valueOf("text/calendar; charset=utf-8");

    public record CreatedJson(String url, String createdAt) {
    }

    public record StatusJson(boolean active, String since) {
    }

    @Inject
    Acting acting;

    @Inject
    CalendarFeeds feeds;

    @POST
    @Path("children/{id}/calendar-feed")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCalendarFeed", summary = "Create the child's private calendar URL (iCal), replacing the previous one",
            description = "The URL is returned only here; keep it private. Another household's child answers 404.")
    @APIResponse(responseCode = "201", description = "the new URL; Location names the feed's status",
            content = @Content(schema = @Schema(implementation = CreatedJson.class)),
            headers = @Header(name = "Location", description = "the child's calendar-feed status", schema = @Schema(type = SchemaType.STRING)))
    public Response create(@PathParam("id") long childId) {
        CalendarFeeds.Created created = feeds.create(acting.requireRole(Role.PARENT).getId(), childId);
        return Response.created(UriBuilder.fromPath("children/{id}/calendar-feed").build(childId))
                .entity(new CreatedJson(created.url(), created.createdAt().toString())).build();
    }

    @GET
    @Path("children/{id}/calendar-feed")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the child has a private calendar URL and since when (never the URL itself)")
    public StatusJson status(@PathParam("id") long childId) {
        return feeds.activeSince(acting.requireRole(Role.PARENT).getId(), childId)
                .map(since -> new StatusJson(true, since.toString())).orElse(new StatusJson(false, null));
    }

    @DELETE
    @Path("children/{id}/calendar-feed")
    @Operation(summary = "Revoke the child's private calendar URL: it answers 404 from now on")
    @APIResponse(responseCode = "204", description = "revoked (or there was none)")
    public Response revoke(@PathParam("id") long childId) {
        feeds.revoke(acting.requireRole(Role.PARENT).getId(), childId);
        return Response.noContent().build();
    }

    @OpenOperation
    @GET
    @Path("calendar-feeds/{token: [A-Za-z0-9_-]{1,100}}.ics")
    @Produces("text/calendar")
    @SecurityRequirements // none: the secret is the token in the URL
    @Operation(summary = "A child's bookings as an iCalendar feed (RFC 5545), for calendar applications",
            description = "No login: the token is the secret. Confirmed bookings, and for 30 days those cancelled"
                    + " (STATUS:CANCELLED, same UID, higher SEQUENCE). Answers ETag and Last-Modified, and 304 to a"
                    + " matching If-None-Match or If-Modified-Since. Unknown or revoked tokens answer 404.")
    @APIResponse(responseCode = "200", description = "the calendar")
    @APIResponse(responseCode = "304", description = "unchanged since the client's copy")
    @APIResponse(responseCode = "404", description = "unknown or revoked")
    public Response ics(@PathParam("token") String token, @Context Request request) {
        Optional<CalendarFeeds.Feed> feed = feeds.ics(token);
        if (feed.isEmpty()) {
            // a body of our own: without one the container would render its HTML error page
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("Not found").header("Cache-Control", "no-store").build();
        }
        EntityTag tag = new EntityTag(feed.get().etag());
        Date lastModified = Date.from(feed.get().lastModified());
        // If-None-Match first; If-Modified-Since only without it (RFC 9110 13.2.2)
        Response.ResponseBuilder answer = request.evaluatePreconditions(lastModified, tag);
        if (answer == null) {
            answer = Response.ok(feed.get().body(), CALENDAR)
                    .header("Content-Disposition", "inline; filename=\"marelle.ics\"");
        }
        return answer.tag(tag).lastModified(lastModified).header("Cache-Control", "private, max-age=300").build();
    }
}
