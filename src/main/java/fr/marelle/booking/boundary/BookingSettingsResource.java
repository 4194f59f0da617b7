package fr.marelle.booking.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.booking.control.OverdueBookingRule;
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

/** Administrator: the optional suspension of a family's new bookings by an overdue invoice. */
@Path("admin/settings/overdue-booking-days")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings (admin)", description = "The town's settings: overdue days, resident postcodes, legal information (administrators)")
public class BookingSettingsResource {

    /** Days an invoice may be overdue before the family's new bookings are refused; null: never. */
    public static class OverdueDays {
        public Integer days;
    }

    @Inject
    Acting acting;

    @Inject
    OverdueBookingRule rule;

    @GET
    @Operation(operationId = "getOverdueBookingDays", summary = "After how many days overdue an unpaid invoice suspends a family's new bookings (null: never)")
    public OverdueDays get() {
        acting.require();
        OverdueDays answer = new OverdueDays();
        answer.days = rule.days().orElse(null);
        return answer;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the number of days (1 to 365), or null never to suspend bookings (administrators)")
    public OverdueDays set(OverdueDays body) {
        rule.set(acting.require().getId(), body == null ? null : body.days);
        return get();
    }
}
