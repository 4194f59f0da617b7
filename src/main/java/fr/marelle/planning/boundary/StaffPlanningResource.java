package fr.marelle.planning.boundary;

import fr.marelle.identity.control.Acting;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import fr.marelle.identity.entity.Role;
import fr.marelle.planning.boundary.PlanningJson.ActivityBody;
import fr.marelle.planning.boundary.PlanningJson.ActivityJson;
import fr.marelle.planning.boundary.PlanningJson.CapacityBody;
import fr.marelle.planning.boundary.PlanningJson.ClosureAddedJson;
import fr.marelle.planning.boundary.PlanningJson.ClosureBody;
import fr.marelle.planning.boundary.PlanningJson.ClosureJson;
import fr.marelle.planning.boundary.PlanningJson.GenerateBody;
import fr.marelle.planning.boundary.PlanningJson.GeneratedJson;
import fr.marelle.planning.boundary.PlanningJson.GridBody;
import fr.marelle.planning.boundary.PlanningJson.GridJson;
import fr.marelle.planning.boundary.PlanningJson.ReasonBody;
import fr.marelle.planning.boundary.PlanningJson.RulesBody;
import fr.marelle.planning.boundary.PlanningJson.SessionJson;
import fr.marelle.planning.boundary.PlanningJson.SiteBody;
import fr.marelle.planning.boundary.PlanningJson.SiteJson;
import fr.marelle.planning.boundary.PlanningJson.SkippedJson;
import fr.marelle.planning.control.Activities;
import fr.marelle.planning.control.ActivityForm;
import fr.marelle.planning.control.Closures;
import fr.marelle.planning.control.PlanningCalendar;
import fr.marelle.planning.control.PriceGrids;
import fr.marelle.planning.control.SchoolCalendar;
import fr.marelle.planning.control.SessionPlanner;
import fr.marelle.planning.control.Sessions;
import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Planning staff (AGENT, ADMIN): sites, activities and their rules, prices, sessions, closures, school calendar. */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning (staff)", description = "Activities, sites, sessions, prices, closures, the school calendar and the planning (planning staff)")
public class StaffPlanningResource {

    @Inject
    java.time.Clock clock;

    @Inject
    Acting acting;

    @Inject
    Activities activities;

    @Inject
    Sessions sessions;

    @Inject
    Closures closures;

    @Inject
    PriceGrids priceGrids;

    @Inject
    PlanningCalendar calendar;

    @Context
    HttpHeaders headers;

    private Locale locale() {
        return ApiLocale.of(headers);
    }


    /** A query parameter date (yyyy-mm-dd), or 400. */
    public static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw RuleViolationException.of(field, "planning.dateFormat");
        }
    }

    private static <T> T body(T body, T empty) {
        return body == null ? empty : body;
    }

    // ------------------------------------------------------------------ sites

    @GET
    @Path("sites")
    @Operation(summary = "Every site (schools, leisure centre, rooms)")
    public List<SiteJson> sites() {
        acting.requirePlanningStaff();
        return activities.allSites().stream().map(SiteJson::of).toList();
    }

    @POST
    @Path("sites")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a site")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SiteJson.class)))
    public Response createSite(SiteBody body) {
        acting.requirePlanningStaff();
        SiteBody b = body(body, new SiteBody());
        var site = activities.createSite(b.name, b.kind, b.address);
        return Response.created(UriBuilder.fromPath("staff/sites/{id}").build(site.getId())).entity(SiteJson.of(site)).build();
    }

    @PUT
    @Path("sites/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a site or change its kind or address")
    public SiteJson updateSite(@PathParam("id") long id, SiteBody body) {
        acting.requirePlanningStaff();
        SiteBody b = body(body, new SiteBody());
        return SiteJson.of(activities.updateSite(id, b.name, b.kind, b.address));
    }

    // ------------------------------------------------------------------ activities

    @GET
    @Path("activities")
    @Operation(operationId = "listStaffActivities", summary = "Every activity with its eligibility and booking rules")
    public List<ActivityJson> activities() {
        acting.requirePlanningStaff();
        return activities.all().stream().map(a -> ActivityJson.of(a, locale())).toList();
    }

    @GET
    @Path("activities/{id}")
    @Operation(summary = "One activity")
    public ActivityJson activity(@PathParam("id") long id) {
        acting.requirePlanningStaff();
        return ActivityJson.of(activities.require(id), locale());
    }

    @POST
    @Path("activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an activity with its eligibility and booking rules")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ActivityJson.class)))
    public Response createActivity(ActivityBody body) {
        acting.requirePlanningStaff();
        var activity = activities.create(form(body(body, new ActivityBody())));
        return Response.created(UriBuilder.fromPath("staff/activities/{id}").build(activity.getId()))
                .entity(ActivityJson.of(activity, locale())).build();
    }

    @PUT
    @Path("activities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an activity (all fields)")
    public ActivityJson updateActivity(@PathParam("id") long id, ActivityBody body) {
        acting.requirePlanningStaff();
        return ActivityJson.of(activities.update(id, form(body(body, new ActivityBody()))), locale());
    }

    @PUT
    @Path("activities/{id}/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an activity's booking window and its booking and cancelling deadlines")
    public ActivityJson changeRules(@PathParam("id") long id, RulesBody body) {
        acting.requirePlanningStaff();
        RulesBody b = body(body, new RulesBody());
        return ActivityJson.of(activities.changeRules(id, b.window(), b.book(), b.cancel()), locale());
    }

    public static class AgeGroupsBody {
        public List<AgeGroupBody> ageGroups;
    }

    public static class AgeGroupBody {
        public String label;
        public Integer minAge;
        public Integer maxAge;
        public Integer places;
    }

    @PUT
    @Path("activities/{id}/age-groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the places per age group on each session (an empty list: the session's capacity only)",
            description = "E.g. 3-5 years: 24 places, 6-11 years: 36 places. Groups may not share an age; a child in no"
                    + " group counts against the session's capacity only.")
    public ActivityJson changeAgeGroups(@PathParam("id") long id, AgeGroupsBody body) {
        acting.requirePlanningStaff();
        AgeGroupsBody b = body(body, new AgeGroupsBody());
        List<fr.marelle.planning.entity.AgeGroup> groups = new java.util.ArrayList<>();
        for (AgeGroupBody g : b.ageGroups == null ? List.<AgeGroupBody>of() : b.ageGroups) {
            if (g == null || g.minAge == null || g.maxAge == null || g.places == null) {
                throw RuleViolationException.of("ageGroups", "planning.ageGroups.incomplete");
            }
            groups.add(new fr.marelle.planning.entity.AgeGroup(g.label, g.minAge, g.maxAge, g.places));
        }
        return ActivityJson.of(activities.changeAgeGroups(id, groups), locale());
    }

    public static class ActiveBody {
        public Boolean active;
    }

    @PUT
    @Path("activities/{id}/active")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make an activity inactive (no longer offered nor bookable; its data stays) or active again",
            description = "Making it inactive is refused (400, field active) while children are booked or waiting on its"
                    + " sessions from today on; the message gives how many and the last day. Cancel those sessions first"
                    + " (the families are mailed).")
    @APIResponse(responseCode = "200", description = "The activity as it now is")
    @APIResponse(responseCode = "400", description = "active missing, or bookings to come",
            content = @Content(mediaType = "application/problem+json"))
    public ActivityJson setActive(@PathParam("id") long id, ActiveBody body) {
        acting.requirePlanningStaff();
        ActiveBody b = body(body, new ActiveBody());
        if (b.active == null) {
            throw RuleViolationException.of("active", "planning.activity.activeRequired");
        }
        return ActivityJson.of(activities.setActive(id, b.active), locale());
    }

    private static ActivityForm form(ActivityBody b) {
        return new ActivityForm(b.name, b.type, b.siteId, b.regieCode, b.minAge, b.maxAge, b.levelCodes,
                Boolean.TRUE.equals(b.residentsOnly), Boolean.TRUE.equals(b.registrationRequired), Boolean.TRUE.equals(b.waitingList),
                b.startTime, b.endTime, b.defaultCapacity, b.window(), b.book(), b.cancel());
    }

    // ------------------------------------------------------------------ prices

    @GET
    @Path("activities/{id}/prices")
    @Operation(summary = "An activity's price grids, oldest first")
    public List<GridJson> prices(@PathParam("id") long id) {
        acting.requirePlanningStaff();
        activities.require(id);
        return priceGrids.of(id).stream().map(GridJson::of).toList();
    }

    @DELETE
    @Path("activities/{id}/prices/{gridId}")
    @Operation(summary = "Remove a price grid that is not yet in force (one in force never changes past charges)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such grid for this activity")
    public Response removePrices(@PathParam("id") long id, @PathParam("gridId") long gridId) {
        acting.requirePlanningStaff();
        if (priceGrids.of(id).stream().noneMatch(g -> g.getId() == gridId)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        priceGrids.remove(gridId);
        return Response.noContent().build();
    }

    @POST
    @Path("activities/{id}/prices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a price grid", description = "Bands of family quotient must be contiguous from 0 with an open last band;"
            + " periods never overlap; a grid from a future date ends the open grid in force the day before.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = GridJson.class)))
    public Response addPrices(@PathParam("id") long id, GridBody body) {
        acting.requirePlanningStaff();
        GridBody b = body(body, new GridBody());
        var grid = priceGrids.add(id, new PriceGrids.GridForm(b.validFrom, b.validTo,
                b.siblingReductionPct == null ? 0 : b.siblingReductionPct, b.unexcusedAbsenceCents, b.unbookedPresenceCents,
                b.priceBands()));
        return Response.created(UriBuilder.fromPath("staff/activities/{id}/prices/{gridId}").build(id, grid.getId()))
                .entity(GridJson.of(grid)).build();
    }

    // ------------------------------------------------------------------ sessions

    @GET
    @Path("activities/{id}/sessions")
    @Operation(operationId = "listStaffActivitySessions", summary = "An activity's sessions between two dates (default: the next 31 days)")
    public List<SessionJson> sessions(@PathParam("id") long id, @QueryParam("from") String fromText, @QueryParam("to") String toText) {
        acting.requirePlanningStaff();
        activities.require(id);
        LocalDate from = date(fromText, "from");
        LocalDate to = date(toText, "to");
        LocalDate f = from == null ? LocalDate.now(clock) : from;
        return sessions.of(id, f, to == null ? f.plusDays(31) : to).stream().map(SessionJson::of).toList();
    }

    @POST
    @Path("activities/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate sessions from a pattern", description = "SCHOOL_DAYS or HOLIDAY_DAYS on the given weekdays between"
            + " from and to, or DATES; public holidays, closures and (for school days) school holidays are skipped, each with its reason.")
    public GeneratedJson generate(@PathParam("id") long id, GenerateBody body) {
        acting.requirePlanningStaff();
        GenerateBody b = body(body, new GenerateBody());
        Sessions.Generated g = sessions.generate(id, new SessionPlanner.Request(b.pattern, b.from, b.to, b.weekdays, b.dates,
                b.startTime, b.endTime, b.capacity));
        return new GeneratedJson(g.created(), g.skipped().stream().map(s -> SkippedJson.of(s, locale())).toList());
    }

    @PUT
    @Path("sessions/{id}/capacity")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a session's capacity (never below its confirmed bookings)")
    public SessionJson capacity(@PathParam("id") long id, CapacityBody body) {
        acting.requirePlanningStaff();
        CapacityBody b = body(body, new CapacityBody());
        if (b.capacity == null) {
            throw RuleViolationException.of("capacity", "planning.capacity.range");
        }
        return SessionJson.of(sessions.changeCapacity(id, b.capacity));
    }

    @POST
    @Path("sessions/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeSession", summary = "Close a session to new bookings")
    public SessionJson close(@PathParam("id") long id, ReasonBody body) {
        acting.requirePlanningStaff();
        return SessionJson.of(sessions.close(id, body(body, new ReasonBody()).reason));
    }

    @POST
    @Path("sessions/{id}/reopen")
    @Operation(summary = "Open a closed session again")
    public SessionJson reopen(@PathParam("id") long id) {
        acting.requirePlanningStaff();
        return SessionJson.of(sessions.reopen(id));
    }

    @POST
    @Path("sessions/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelSession", summary = "Cancel a session", description = "The families who booked it are mailed (once bookings exist).")
    public SessionJson cancel(@PathParam("id") long id, ReasonBody body) {
        acting.requirePlanningStaff();
        return SessionJson.of(sessions.cancel(id, body(body, new ReasonBody()).reason));
    }

    // ------------------------------------------------------------------ dashboard

    @Inject
    fr.marelle.planning.control.PlanningDashboard dashboard;

    @GET
    @Path("planning")
    @Operation(summary = "Per activity, the week's sessions, capacity, confirmed bookings, waiting list and fill rate")
    public List<PlanningJson.WeekRowJson> planning(@QueryParam("week") String week, @QueryParam("siteId") Long siteId) {
        acting.requirePlanningStaff();
        LocalDate d = date(week, "week");
        LocalDate monday = fr.marelle.planning.control.PlanningDashboard.monday(
                d == null ? LocalDate.now(clock) : d);
        return dashboard.week(monday, siteId).stream().map(r -> new PlanningJson.WeekRowJson(monday.toString(), r.activityId(),
                r.activity(), r.site(), r.sessions(), r.capacity(), r.confirmed(), r.waiting(), r.fillRate())).toList();
    }

    @GET
    @Path("planning.csv")
    @Produces("text/csv")
    @Operation(summary = "The same week as CSV (UTF-8 with BOM, ';')")
    public Response planningCsv(@QueryParam("week") String week, @QueryParam("siteId") Long siteId, @QueryParam("lang") String lang) {
        acting.requirePlanningStaff();
        LocalDate d = date(week, "week");
        LocalDate monday = fr.marelle.planning.control.PlanningDashboard.monday(
                d == null ? LocalDate.now(clock) : d);
        Locale l = lang == null ? locale() : fr.marelle.platform.control.Messages.forLanguage(lang);
        String csv = fr.marelle.planning.control.PlanningDashboard.csv(dashboard.week(monday, siteId), monday, l);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"planning-" + monday + ".csv\"").build();
    }

    // ------------------------------------------------------------------ closures and calendar

    @GET
    @Path("closures")
    @Operation(summary = "Closure days between two dates (default: from 30 days ago)")
    public List<ClosureJson> closures(@QueryParam("from") String fromText, @QueryParam("to") String toText) {
        acting.requirePlanningStaff();
        LocalDate from = date(fromText, "from");
        LocalDate to = date(toText, "to");
        if (from == null && to == null) {
            return closures.upcoming().stream().map(ClosureJson::of).toList();
        }
        LocalDate f = from == null ? LocalDate.of(2000, 1, 1) : from;
        return closures.between(f, to == null ? f.plusYears(2) : to).stream().map(ClosureJson::of).toList();
    }

    @POST
    @Path("closures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a closure day (one site, or every site without siteId); open sessions that day are closed")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ClosureAddedJson.class)))
    public Response addClosure(ClosureBody body) {
        acting.requirePlanningStaff();
        ClosureBody b = body(body, new ClosureBody());
        Closures.Added added = closures.add(b.day, b.siteId, b.reason);
        return Response.created(UriBuilder.fromPath("staff/closures/{id}").build(added.closure().getId()))
                .entity(new ClosureAddedJson(ClosureJson.of(added.closure()), added.sessionsClosed())).build();
    }

    @DELETE
    @Path("closures/{id}")
    @Operation(summary = "Remove a closure day; the sessions it closed are open again")
    public ClosureRemovedJson removeClosure(@PathParam("id") long id) {
        acting.requirePlanningStaff();
        return new ClosureRemovedJson(closures.remove(id));
    }

    public record ClosureRemovedJson(int sessionsReopened) {
    }

    @GET
    @Path("calendar")
    @Operation(summary = "The school calendar of the town's zone: school years and holidays")
    public SchoolCalendar schoolCalendar() {
        acting.requirePlanningStaff();
        SchoolCalendar all = calendar.load();
        return new SchoolCalendar(all.years().stream().filter(y -> y.zone() == calendar.zone()).toList(),
                all.holidays().stream().filter(h -> h.zone() == calendar.zone()).toList());
    }

    @POST
    @Path("calendar")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import the Education ministry's school calendar file (administrator)",
            description = "Same format as data.education.gouv.fr's fr-en-calendrier-scolaire export; the school years it holds"
                    + " replace the stored ones; a malformed line stops the import (each reported with its number).")
    public PlanningCalendar.ImportReport importCalendar(byte[] content) {
        acting.requireRole(Role.ADMIN);
        return calendar.importFile(content == null ? new byte[0] : content);
    }
}
