package fr.marelle.registration.boundary;

import fr.marelle.identity.control.Acting;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.registration.boundary.RegistrationJson.DecisionIn;
import fr.marelle.registration.boundary.RegistrationJson.MessageIn;
import fr.marelle.registration.boundary.RegistrationJson.RegistrationOut;
import fr.marelle.registration.control.Registrations;
import fr.marelle.registration.entity.RegistrationState;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Planning staff (AGENT) and administrators: the queue of registration requests and their decisions. */
@Path("staff/registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations (staff)", description = "The queue of registration requests: decisions, messages, registrations at the counter")
public class StaffRegistrationsResource {

    @Inject
    Acting acting;

    @Inject
    HouseholdAccess access;

    @Inject
    Registrations registrations;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The queue of requests, oldest first",
            description = "By default the requests waiting for a decision (SUBMITTED and IN_REVIEW).")
    @APIResponse(responseCode = "403", description = "Not staff")
    public List<RegistrationOut> queue(
            @Parameter(description = "states, comma-separated: SUBMITTED, IN_REVIEW, ACCEPTED, REFUSED, CLOSED")
            @QueryParam("state") String state,
            @QueryParam("activityId") Long activityId) {
        return registrations.queue(acting.requirePlanningStaff().getId(), states(state), activityId).stream()
                .map(v -> RegistrationOut.of(v, locale())).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRegistrationForStaff", summary = "One request with its messages")
    @APIResponse(responseCode = "404", description = "No such request")
    public RegistrationOut get(@PathParam("id") long id) {
        return RegistrationOut.of(registrations.forStaff(acting.requirePlanningStaff().getId(), id), locale());
    }

    /** A registration made at the counter for a household's child. */
    public static class CounterIn {
        public Long householdId;
        public Long childId;
        public Long activityId;
    }

    @POST
    @Path("counter")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a household's child at the counter: the request is made and accepted at once",
            description = "The same rules as a family's request (eligibility, one request per child, activity and school"
                    + " year); the guardians are mailed.")
    @APIResponse(responseCode = "201", description = "Registered and accepted", content = @Content(schema = @Schema(implementation = RegistrationOut.class)))
    @APIResponse(responseCode = "400", description = "Unknown child or activity, not eligible, already asked for")
    public jakarta.ws.rs.core.Response atCounter(CounterIn body) {
        long staff = acting.requirePlanningStaff().getId();
        CounterIn in = body == null ? new CounterIn() : body;
        if (in.householdId == null) {
            throw fr.marelle.platform.control.RuleViolationException.of("householdId", "booking.household.required");
        }
        var registration = registrations.registerAtCounter(staff, in.householdId, in.childId, in.activityId);
        return jakarta.ws.rs.core.Response.created(jakarta.ws.rs.core.UriBuilder.fromPath("staff/registrations/{id}")
                        .build(registration.getId()))
                .entity(RegistrationOut.of(registrations.forStaff(staff, registration.getId()), locale())).build();
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideRegistration", summary = "Take in review, accept, refuse or close without action",
            description = "state: IN_REVIEW (only from SUBMITTED), ACCEPTED, REFUSED or CLOSED (from SUBMITTED or"
                    + " IN_REVIEW); a message is required to refuse or close. The guardians are mailed.")
    @APIResponse(responseCode = "400", description = "Not allowed in the request's state, or the message is missing")
    @APIResponse(responseCode = "404", description = "No such request")
    public RegistrationOut decide(@PathParam("id") long id, DecisionIn body) {
        long staff = acting.requirePlanningStaff().getId();
        DecisionIn decision = body == null ? new DecisionIn() : body;
        registrations.decide(staff, id, state(decision.state), decision.message);
        return RegistrationOut.of(registrations.forStaff(staff, id), locale());
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "staffMessageRegistration", summary = "Write to the family on a request (they are mailed)")
    @APIResponse(responseCode = "404", description = "No such request")
    public RegistrationOut message(@PathParam("id") long id, MessageIn body) {
        long staff = acting.requirePlanningStaff().getId();
        registrations.staffMessage(staff, id, body == null ? null : body.text);
        return RegistrationOut.of(registrations.forStaff(staff, id), locale());
    }

    private static RegistrationState state(String value) {
        if (value == null || value.isBlank()) {
            throw RuleViolationException.of("state", "registration.decision.unknown");
        }
        try {
            return RegistrationState.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolationException.of("state", "registration.decision.unknown");
        }
    }

    private static List<RegistrationState> states(String value) {
        List<RegistrationState> states = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    try {
                        states.add(RegistrationState.valueOf(part.strip().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw RuleViolationException.of("state", "registration.state.unknown");
                    }
                }
            }
        }
        return states;
    }

    private Locale locale() {
        return ApiLocale.of(headers);
    }
}
