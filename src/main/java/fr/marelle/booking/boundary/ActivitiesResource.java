package fr.marelle.booking.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.family.control.Children;
import fr.marelle.family.control.FamilyQuotients;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.Households;
import fr.marelle.family.entity.FamilyQuotient;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.entity.Account;
import fr.marelle.planning.control.Eligibility;
import fr.marelle.planning.boundary.PlanningJson.ActivityJson;
import fr.marelle.planning.boundary.StaffPlanningResource;
import fr.marelle.planning.boundary.PlanningJson.DeadlineAnswerJson;
import fr.marelle.planning.boundary.PlanningJson.FamilySessionJson;
import fr.marelle.planning.boundary.PlanningJson.PriceJson;
import fr.marelle.planning.control.Activities;
import fr.marelle.planning.control.BookingDeadlines;
import fr.marelle.planning.control.FamilyPricing;
import fr.marelle.planning.control.PriceGrids;
import fr.marelle.planning.control.Prices;
import fr.marelle.planning.control.Sessions;
import fr.marelle.planning.entity.Activity;
import fr.marelle.planning.entity.PriceGrid;
import fr.marelle.planning.entity.SessionStatus;
import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Activities and sessions as a family sees them: the activities one of its children may take part
 * in (age, class, residence), and sessions priced with the household's family quotient valid on
 * each day and its residence (the highest band without a valid quotient). Staff, who have no
 * household, see every active activity priced for a family without a known quotient.
 */
@Path("activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities (families)", description = "The activities and sessions a family's children may book, with the family's prices")
public class ActivitiesResource {

    @Inject
    Acting acting;

    @Inject
    Activities activities;

    @Inject
    Sessions sessions;

    @Inject
    PriceGrids priceGrids;

    @Inject
    HouseholdAccess access;

    @Inject
    Households households;

    @Inject
    Children children;

    @Inject
    FamilyQuotients quotients;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listActivities", summary = "The activities the family's children may take part in",
            description = "Active activities for which at least one child of the household is eligible today by age,"
                    + " class and residence. Activities that need a registration are listed too: booking them waits for"
                    + " its acceptance.")
    public List<ActivityJson> activities() {
        Account actor = acting.require();
        Locale locale = ApiLocale.of(headers);
        LocalDate today = LocalDate.now(clock);
        var household = access.ownHousehold(actor.getId());
        List<Eligibility.Child> kids = household.map(h -> {
            boolean resident = households.isResident(access.household(actor.getId(), h));
            return children.of(actor.getId(), h).stream()
                    .map(c -> new Eligibility.Child(c.getBirthDate(), c.getLevelCode(), resident, c.getSchoolSiteId())).toList();
        }).orElse(null);
        return activities.active().stream()
                .filter(a -> kids == null || kids.stream().anyMatch(k -> Eligibility.eligible(a, k, today)
                        && Eligibility.pupilOf(a, k.schoolSiteId())))
                .map(a -> ActivityJson.of(a, locale)).toList();
    }

    @GET
    @Path("{id}/sessions")
    @Operation(operationId = "listActivitySessions", summary = "An activity's sessions with remaining places, booking and cancelling deadlines and the family's price",
            description = "Between from and to (yyyy-mm-dd; default today and 31 days later; at most 366 days).")
    @APIResponse(responseCode = "400", description = "Bad dates", content = @Content(mediaType = "application/problem+json"))
    public List<FamilySessionJson> sessions(@PathParam("id") long id, @QueryParam("from") String fromText, @QueryParam("to") String toText) {
        acting.require();
        Locale locale = ApiLocale.of(headers);
        Activity activity = activities.byId(id).filter(Activity::isActive)
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException());
        LocalDate from = StaffPlanningResource.date(fromText, "from");
        LocalDate to = StaffPlanningResource.date(toText, "to");
        LocalDate f = from == null ? LocalDate.now(clock) : from;
        LocalDate t = to == null ? f.plusDays(31) : to;
        if (t.isBefore(f) || ChronoUnit.DAYS.between(f, t) > 366) {
            throw RuleViolationException.of("to", "planning.generate.endBeforeStart");
        }
        BookingDeadlines.Rules rules = new BookingDeadlines.Rules(activity.window(), activity.bookDeadline(), activity.cancelDeadline());
        List<PriceGrid> grids = priceGrids.of(id);
        Account actor = acting.require();
        Household household = access.ownHousehold(actor.getId()).map(h -> access.household(actor.getId(), h)).orElse(null);
        boolean resident = household != null && households.isResident(household);
        Instant now = clock.instant();
        return sessions.of(id, f, t).stream().map(s -> {
            var timing = new BookingDeadlines.SessionTiming(s.getDay(), s.getStartTime(), s.getStatus() == SessionStatus.OPEN);
            FamilyPricing family = household == null ? FamilyPricing.UNKNOWN : new FamilyPricing(quotients
                    .valid(household.getId(), s.getDay()).map(FamilyQuotient::getAmount).orElse(null), resident, 1);
            PriceJson price = Prices.gridOn(grids, s.getDay())
                    .map(g -> PriceJson.of(Prices.price(g, family, Prices.Charge.BOOKED), locale)).orElse(null);
            return new FamilySessionJson(s.getId(), s.getDay().toString(), s.getStartTime().toString(), s.getEndTime().toString(),
                    s.remaining(), s.getStatus().name(),
                    DeadlineAnswerJson.of(BookingDeadlines.check(BookingDeadlines.Action.BOOK, timing, rules, now), locale),
                    DeadlineAnswerJson.of(BookingDeadlines.check(BookingDeadlines.Action.CANCEL, timing, rules, now), locale), price);
        }).toList();
    }
}
