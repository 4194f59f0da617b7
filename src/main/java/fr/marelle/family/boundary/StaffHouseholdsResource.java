package fr.marelle.family.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import fr.marelle.platform.boundary.ApiPaging;
import fr.marelle.platform.control.PageRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.marelle.family.boundary.FamilyJson.ChildFileOut;
import fr.marelle.family.boundary.FamilyJson.ChildOut;
import fr.marelle.family.boundary.FamilyJson.HouseholdFileOut;
import fr.marelle.family.boundary.FamilyJson.PickupOut;
import fr.marelle.family.boundary.FamilyJson.QuotientOut;
import fr.marelle.family.control.Children;
import fr.marelle.family.control.FamilyQuotients;
import fr.marelle.family.control.HealthDataViews;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.Households;
import fr.marelle.identity.control.Acting;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** Planning staff (AGENT) and administrators: find a household and read its whole file. */
@Path("staff/households")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Households (staff)", description = "Household search and files, validation of family quotients (planning staff)")
public class StaffHouseholdsResource {

    @Inject
    HealthDataViews healthViews;

    @Inject
    Acting acting;

    @Inject
    HouseholdAccess access;

    @Inject
    Households households;

    @Inject
    Children children;

    @Inject
    FamilyQuotients quotients;

    @Inject
    HouseholdResource householdResource;

    /** The longest page of a household search. */
    private static final int SEARCH_LIMIT = 50;

    @GET
    @Operation(operationId = "searchHouseholds", summary = "Search households",
            description = "By household name, guardian or child name, e-mail or phone (any usual form); without"
                    + " accents or case; at least 2 characters; by name, at most 50 results a page: the next page"
                    + " starts at offset + limit.")
    @APIResponse(responseCode = "200", description = "Matching households")
    @APIResponse(responseCode = "400", description = "A bad offset or limit", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not staff")
    public List<Households.Summary> search(@QueryParam("q") String q,
                                           @Parameter(description = "rows to skip, 0 by default") @QueryParam("offset") String offset,
                                           @Parameter(description = "rows of the page, 1 to 50, 50 by default") @QueryParam("limit") String limit) {
        long staff = acting.requirePlanningStaff().getId();
        PageRequest page = ApiPaging.of(offset, limit, SEARCH_LIMIT);
        return q == null || q.strip().length() < 2 ? List.of() : households.search(staff, q, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A household's whole file: household, children with their pick-up persons, quotients")
    @APIResponse(responseCode = "404", description = "No such household")
    public HouseholdFileOut household(@PathParam("id") long id) {
        long staff = acting.requirePlanningStaff().getId();
        var household = households.get(staff, id);
        List<fr.marelle.family.entity.Child> shown = children.of(staff, id);
        List<ChildFileOut> kids = shown.stream()
                .map(c -> new ChildFileOut(ChildOut.of(c),
                        children.pickups(staff, id, c.getId()).stream().map(PickupOut::of).toList()))
                .toList();
        healthViews.shown("staff household file (API)", "household", id,
                shown.stream().map(HealthDataViews.Shown::of).toList());
        return new HouseholdFileOut(householdResource.out(staff, household), kids,
                quotients.of(staff, id).stream().map(QuotientOut::of).toList());
    }

    /** Body of an agent's decision on a quotient. */
    @Schema(name = "QuotientDecisionIn")
    public static class DecisionIn {
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Message to the family (required to refuse)")
        public String message;
    }

    @GET
    @Path("quotients/pending")
    @Operation(operationId = "pendingQuotients", summary = "The validation queue: pending family quotients, oldest first")
    public List<QuotientOut> pending() {
        return quotients.pending(acting.requirePlanningStaff().getId()).stream().map(p -> QuotientOut.of(p.quotient())).toList();
    }

    @jakarta.ws.rs.POST
    @Path("quotients/{qid}/accept")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptQuotient", summary = "Accept a pending quotient: the proof is deleted and the guardians are e-mailed")
    public QuotientOut accept(@PathParam("qid") long qid, DecisionIn body) {
        return QuotientOut.of(quotients.accept(acting.requirePlanningStaff().getId(), qid, body == null ? null : body.message));
    }

    @jakarta.ws.rs.POST
    @Path("quotients/{qid}/refuse")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse a pending quotient with a message: the proof is deleted and the guardians are e-mailed")
    public QuotientOut refuse(@PathParam("qid") long qid, DecisionIn body) {
        return QuotientOut.of(quotients.refuse(acting.requirePlanningStaff().getId(), qid, body == null ? null : body.message));
    }

    @GET
    @Path("quotients/{qid}/proof")
    @Produces({"application/pdf", "image/png", "image/jpeg", "application/problem+json"})
    @Operation(operationId = "quotientProofForStaff", summary = "The proof of a pending quotient")
    public Response proof(@PathParam("qid") long qid) {
        return HouseholdResource.proofResponse(quotients.proof(acting.requirePlanningStaff().getId(), qid));
    }
}
