package fr.marelle.attendance.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.attendance.control.Attendances;
import fr.marelle.attendance.control.MealCounts;
import fr.marelle.attendance.control.SessionListDocuments;
import fr.marelle.attendance.control.SessionSheet;
import fr.marelle.attendance.entity.AttendanceStatus;
import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalConfig;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Planning staff (AGENT, ADMIN): attendance of a session, its printable list (PDF, CSV) and the
 * kitchen's meal counts. Parents and finance staff get 403. Shares the {@code staff} root with
 * the planning resource (JAX-RS merges resources of the same path).
 */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance and lists (staff)", description = "Sessions of the day, attendance, printable session lists and meal counts (planning staff)")
public class StaffAttendanceResource {

    static final String PDF = "application/pdf";
    static final String CSV = "text/csv";

    /** One child's mark. */
    public static class MarkItem {
        public Long childId;
        /** PRESENT, ABSENT_EXCUSED, ABSENT_UNEXCUSED or PRESENT_WITHOUT_BOOKING */
        public String status;
        /** For a child present without booking who belongs to two households: the one charged. */
        public Long householdId;
    }

    public record PersonJson(String name, String relation, String phone, String otherPhone, String note) {
        static PersonJson of(SessionSheet.Person p) {
            return new PersonJson(p.name(), p.relation(), p.phone(), p.otherPhone(), p.note());
        }
    }

    public record ChildJson(long childId, String firstName, String lastName, String level, String diet, String dietOther,
                            String allergies, boolean pai, Long bookingId, long householdId, String household,
                            List<String> guardianPhones, List<PersonJson> pickups, List<PersonJson> notAllowed,
                            String status, String markedBy, OffsetDateTime markedAt) {
    }

    public record CountsJson(int booked, int present, int absent, int unmarked) {
    }

    public record SheetJson(long sessionId, String activity, String activityType, String site, LocalDate day,
                            String start, String end, String sessionStatus, boolean locked, boolean markable,
                            CountsJson counts, List<ChildJson> children) {
        static SheetJson of(SessionSheet s) {
            return new SheetJson(s.sessionId(), s.activity(), s.activityType(), s.site(), s.day(), s.start().toString(),
                    s.end().toString(), s.sessionStatus(), s.locked(), s.markable(),
                    new CountsJson(s.counts().booked(), s.counts().present(), s.counts().absent(), s.counts().unmarked()),
                    s.children().stream().map(l -> new ChildJson(l.childId(), l.firstName(), l.lastName(), l.levelCode(),
                            l.diet() == null ? null : l.diet().name(), l.dietOther(), l.allergies(), l.pai(), l.bookingId(),
                            l.householdId(), l.householdName(), l.guardianPhones(),
                            l.pickups().stream().map(PersonJson::of).toList(),
                            l.notAllowed().stream().map(PersonJson::of).toList(),
                            l.status() == null ? null : l.status().name(), l.markedBy(), l.markedAt())).toList());
        }
    }

    public record MarkedJson(int changed, SheetJson sheet) {
    }

    public record DaySessionJson(long sessionId, String activity, String activityType, long siteId, String site,
                                 String start, String end, String status, int confirmed, int marked) {
    }

    public record MealRowJson(LocalDate day, long siteId, String site, int total, int none, int noPork, int vegetarian,
                              int noMeat, int other, int pai) {
        static MealRowJson of(MealCounts.Row r) {
            return new MealRowJson(r.day(), r.siteId(), r.site(), r.total(), r.none(), r.noPork(), r.vegetarian(),
                    r.noMeat(), r.other(), r.pai());
        }
    }

    @Inject
    Acting acting;

    @Inject
    Attendances attendances;

    @Inject
    MealCounts mealCounts;

    @Inject
    PortalConfig config;

    @Inject
    java.time.Clock clock;

    @Context
    HttpHeaders headers;

    @GET
    @Path("attendance/sessions")
    @Operation(summary = "The sessions of a day (default today), at one site or every site, with how many children are marked")
    public List<DaySessionJson> sessionsOfDay(@Parameter(description = "yyyy-MM-dd") @QueryParam("day") String day,
                                              @QueryParam("siteId") Long siteId) {
        long actor = acting.require().getId();
        LocalDate d = date("day", day);
        return attendances.sessionsOf(actor, d == null ? LocalDate.now(clock) : d, siteId)
                .stream().map(s -> new DaySessionJson(s.sessionId(), s.activity(), s.activityType(), s.siteId(), s.site(),
                        s.start().toString(), s.end().toString(), s.status(), s.confirmed(), s.marked())).toList();
    }

    @GET
    @Path("sessions/{id}/attendance")
    @Operation(summary = "A session's list: each child booked (or present without booking) with class, diet, allergies,"
            + " PAI, pick-up persons, persons not allowed, guardians' phones and the attendance marked")
    public SheetJson attendance(@PathParam("id") long sessionId) {
        return SheetJson.of(attendances.sheet(acting.require().getId(), sessionId));
    }

    @PUT
    @Path("sessions/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark attendance of children on a session (one or many)",
            description = "A JSON array of {childId, status, householdId?}. One transaction: if any item is refused"
                    + " (future day, month invoiced, status not fitting the booking...) nothing is written and each"
                    + " refusal is listed (field items[i].…). Answers the changed count and the list.")
    public MarkedJson mark(@PathParam("id") long sessionId, List<MarkItem> body) {
        long actor = acting.require().getId();
        List<Attendances.Mark> marks = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        List<MarkItem> items = body == null ? List.of() : body;
        for (int i = 0; i < items.size(); i++) {
            MarkItem item = items.get(i);
            AttendanceStatus status = null;
            if (item != null && item.status != null) {
                try {
                    status = AttendanceStatus.valueOf(item.status.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    violations.add(Violation.of("items[" + i + "].status", "attendance.status.unknown", item.status));
                }
            }
            marks.add(item == null ? null : new Attendances.Mark(item.childId, status, item.householdId));
        }
        RuleViolationException.throwIfAny(violations);
        int changed = attendances.mark(actor, sessionId, marks);
        return new MarkedJson(changed, SheetJson.of(attendances.sheet(actor, sessionId)));
    }

    @GET
    @Path("sessions/{id}/list.pdf")
    @Produces(PDF)
    @Operation(summary = "The session's list to print (PDF, landscape A4)")
    public Response listPdf(@PathParam("id") long sessionId, @QueryParam("lang") String lang) {
        SessionSheet sheet = attendances.sheet(acting.require().getId(), sessionId);
        return Response.ok(SessionListDocuments.pdf(sheet, locale(lang), config.townName()), PDF)
                .header("Content-Disposition", "attachment; filename=\"liste-" + sheet.day() + "-" + sessionId + ".pdf\"").build();
    }

    @GET
    @Path("sessions/{id}/list.csv")
    @Produces(CSV)
    @Operation(summary = "The session's list for a spreadsheet (CSV: UTF-8 with BOM, ';')")
    public Response listCsv(@PathParam("id") long sessionId, @QueryParam("lang") String lang) {
        SessionSheet sheet = attendances.sheet(acting.require().getId(), sessionId);
        return Response.ok(SessionListDocuments.csv(sheet, locale(lang)), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"liste-" + sheet.day() + "-" + sessionId + ".csv\"").build();
    }

    @GET
    @Path("meal-counts")
    @Produces(MediaType.APPLICATION_JSON + "; qs=1")
    @Operation(summary = "Kitchen meal counts: canteen bookings confirmed per school and day, by diet, with the PAI count",
            description = "At most 62 days. Also as CSV or PDF: meal-counts.csv, meal-counts.pdf, or Accept: text/csv / application/pdf.")
    public List<MealRowJson> mealCounts(@Parameter(description = "first day, yyyy-MM-dd") @QueryParam("from") String from,
                                        @Parameter(description = "last day, yyyy-MM-dd") @QueryParam("to") String to,
                                        @QueryParam("siteId") Long siteId) {
        return meals(from, to, siteId).stream().map(MealRowJson::of).toList();
    }

    @GET
    @Path("meal-counts")
    @Produces(CSV + "; qs=0.5")
    @Operation(summary = "Kitchen meal counts as CSV (Accept: text/csv)")
    public Response mealCountsCsvByAccept(@QueryParam("from") String from, @QueryParam("to") String to,
                                          @QueryParam("siteId") Long siteId, @QueryParam("lang") String lang) {
        return mealCountsCsv(from, to, siteId, lang);
    }

    @GET
    @Path("meal-counts")
    @Produces(PDF + "; qs=0.5")
    @Operation(summary = "Kitchen meal counts as PDF (Accept: application/pdf)")
    public Response mealCountsPdfByAccept(@QueryParam("from") String from, @QueryParam("to") String to,
                                          @QueryParam("siteId") Long siteId, @QueryParam("lang") String lang) {
        return mealCountsPdf(from, to, siteId, lang);
    }

    @GET
    @Path("meal-counts.csv")
    @Produces(CSV)
    @Operation(summary = "Kitchen meal counts for a spreadsheet (CSV: UTF-8 with BOM, ';')")
    public Response mealCountsCsv(@QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("siteId") Long siteId, @QueryParam("lang") String lang) {
        String csv = MealCounts.csv(meals(from, to, siteId), locale(lang));
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"repas-" + from + "-" + to + ".csv\"").build();
    }

    @GET
    @Path("meal-counts.pdf")
    @Produces(PDF)
    @Operation(summary = "Kitchen meal counts to print (PDF)")
    public Response mealCountsPdf(@QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("siteId") Long siteId, @QueryParam("lang") String lang) {
        List<MealCounts.Row> rows = meals(from, to, siteId);
        byte[] pdf = MealCounts.pdf(rows, date("from", from), date("to", to), locale(lang), config.townName());
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "attachment; filename=\"repas-" + from + "-" + to + ".pdf\"").build();
    }

    private List<MealCounts.Row> meals(String from, String to, Long siteId) {
        long actor = acting.require().getId();
        return mealCounts.between(actor, date("from", from), date("to", to), siteId);
    }

    private Locale locale(String lang) {
        return lang == null ? ApiLocale.of(headers) : Messages.forLanguage(lang);
    }

    private static LocalDate date(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolationException.of(field, "calendar.date.invalid");
        }
    }
}
