package fr.marelle.enrolment.boundary;

import fr.marelle.enrolment.control.EnrolmentWindowRule.Window;
import fr.marelle.enrolment.control.EnrolmentWindows;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** The administrator's dates of school enrolment requests, per school year. */
@Path("admin/school-enrolment-windows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "School enrolment dates (administration)", description = "From which day to which day families may ask online"
        + " to enrol a child at school, per school year; staff may still enter a request at the counter")
public class EnrolmentWindowsResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    Acting acting;

    @Inject
    EnrolmentWindows windows;

    @Schema(name = "SchoolEnrolmentWindow", description = "A school year's request dates, both days included (Europe/Paris)")
    public record WindowJson(@Schema(example = "2027-2028") String schoolYear, LocalDate opensOn, LocalDate closesOn) {
        static WindowJson of(Window w) {
            return new WindowJson(w.schoolYear(), w.opensOn(), w.closesOn());
        }
    }

    @Schema(name = "SchoolEnrolmentWindowIn")
    public static class WindowIn {
        @Schema(description = "the first day families may ask")
        public LocalDate opensOn;
        @Schema(description = "the last day families may ask")
        public LocalDate closesOn;
    }

    @GET
    @Operation(operationId = "listSchoolEnrolmentWindows", summary = "The request dates of every school year that has some, the latest first")
    @APIResponse(responseCode = "200", description = "The windows", content = @Content(schema = @Schema(implementation = WindowJson[].class)))
    public List<WindowJson> all() {
        acting.requireRole(Role.ADMIN);
        return windows.all().stream().map(WindowJson::of).toList();
    }

    @PUT
    @Path("{schoolYear}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setSchoolEnrolmentWindow", summary = "Set or move a school year's request dates (audited)",
            description = "schoolYear as 2027-2028. Outside them a family's request (a dérogation too) is refused with the dates; a school year"
                    + " without dates is open as long as the portal offers it.")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = WindowJson.class)))
    @APIResponse(responseCode = "400", description = "Wrong school year, missing day, days out of order or out of the year's reach", content = @Content(mediaType = PROBLEM))
    public WindowJson save(@PathParam("schoolYear") String schoolYear, WindowIn body) {
        long admin = acting.requireRole(Role.ADMIN).getId();
        WindowIn in = body == null ? new WindowIn() : body;
        return WindowJson.of(windows.save(admin, schoolYear, in.opensOn, in.closesOn));
    }
}
