package fr.marelle.enrolment.boundary;

import fr.marelle.enrolment.boundary.EnrolmentJson.DecisionIn;
import fr.marelle.enrolment.boundary.EnrolmentJson.EnrolmentOut;
import fr.marelle.enrolment.boundary.EnrolmentJson.NumberOut;
import fr.marelle.enrolment.boundary.EnrolmentJson.PageOut;
import fr.marelle.enrolment.control.EnrolmentNumbers;
import fr.marelle.enrolment.control.EnrolmentRules;
import fr.marelle.enrolment.control.SchoolEnrolments;
import fr.marelle.enrolment.entity.DocumentKind;
import fr.marelle.enrolment.entity.EnrolmentState;
import fr.marelle.family.control.ProofFiles;
import fr.marelle.identity.control.Acting;
import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.boundary.ApiPaging;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Planning staff (AGENT) and administrators: the queue of school enrolment requests, their decisions, the numbers. */
@Path("staff/school-enrolments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "School enrolment (staff)", description = "The queue of school enrolment requests: documents, decisions, numbers per school and level")
public class StaffSchoolEnrolmentsResource {

    private static final String PROBLEM = "application/problem+json";
    static final String CSV = "text/csv";

    @Inject
    Acting acting;

    @Inject
    SchoolEnrolments enrolments;

    @Inject
    EnrolmentNumbers numbers;

    @Inject
    EnrolmentAnswers answers;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listSchoolEnrolmentsForStaff", summary = "The queue, oldest first, a page at a time",
            description = "By default the requests waiting for an agent (SUBMITTED), every school year.")
    @APIResponse(responseCode = "200", description = "A page of requests and their total", content = @Content(schema = @Schema(implementation = PageOut.class)))
    @APIResponse(responseCode = "400", description = "Unknown state, or a page or size that is not a whole number in its range", content = @Content(mediaType = PROBLEM))
    public PageOut queue(
            @Parameter(description = "the school the request is about (assigned, else wished, else the map's)") @QueryParam("schoolId") Long schoolId,
            @Parameter(description = "level code: PS, MS, GS, CP, CE1, CE2, CM1, CM2") @QueryParam("level") String level,
            @Parameter(description = "states, comma-separated: SUBMITTED, INCOMPLETE, ACCEPTED, REFUSED, WITHDRAWN") @QueryParam("state") String state,
            @Parameter(description = "e.g. 2027-2028") @QueryParam("schoolYear") String schoolYear,
            @Parameter(description = "page number, from 1, 1 by default", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "rows of the page, 1 to 100, 20 by default", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100"))
            @QueryParam("size") String size) {
        long staff = acting.requirePlanningStaff().getId();
        ApiPaging.Numbered paging = ApiPaging.numbered(page, size, 20, SchoolEnrolments.MAX_PAGE_SIZE);
        SchoolEnrolments.Page found = enrolments.queue(staff, new SchoolEnrolments.Filter(schoolId, blankToNull(level),
                states(state), blankToNull(schoolYear)), paging.page(), paging.size());
        return new PageOut(found.items().stream().map(v -> answers.of(v, locale())).toList(), found.total(), found.page(),
                found.size());
    }

    @GET
    @Path("numbers")
    @Operation(operationId = "schoolEnrolmentNumbers", summary = "Numbers per school and level for a school year (the coming one by default)",
            description = "accepted: children enrolled; pending: requests still waiting, at the school they would go to.")
    @APIResponse(responseCode = "200", description = "One line per school and level", content = @Content(schema = @Schema(implementation = NumberOut[].class)))
    public List<NumberOut> numbers(@Parameter(description = "e.g. 2027-2028") @QueryParam("schoolYear") String schoolYear) {
        long staff = acting.requirePlanningStaff().getId();
        return numbers.of(staff, year(schoolYear), locale()).stream().map(NumberOut::of).toList();
    }

    @GET
    @Path("numbers.csv")
    @Produces({CSV, PROBLEM})
    @Operation(operationId = "schoolEnrolmentNumbersCsv", summary = "The same numbers for a spreadsheet (CSV: UTF-8 with BOM, ';')")
    @APIResponse(responseCode = "200", description = "The numbers", content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response numbersCsv(@Parameter(description = "e.g. 2027-2028") @QueryParam("schoolYear") String schoolYear) {
        long staff = acting.requirePlanningStaff().getId();
        Locale locale = locale();
        String year = year(schoolYear);
        String csv = numbers.csv(staff, year, locale, List.of(Messages.text(locale, "enrolment.numbers.schoolYear"),
                        Messages.text(locale, "enrolment.numbers.school"), Messages.text(locale, "enrolment.numbers.level"),
                        Messages.text(locale, "enrolment.numbers.accepted"), Messages.text(locale, "enrolment.numbers.pending")),
                Messages.text(locale, "enrolment.school.none"));
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"effectifs-" + year + ".csv\"").build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSchoolEnrolmentForStaff", summary = "One request with its documents and messages")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = EnrolmentOut.class)))
    @APIResponse(responseCode = "404", description = "No such request", content = @Content(mediaType = PROBLEM))
    public EnrolmentOut get(@PathParam("id") long id) {
        return answers.of(enrolments.forStaff(acting.requirePlanningStaff().getId(), id), locale());
    }

    @GET
    @Path("{id}/documents/{kind}")
    @Produces({"application/pdf", "image/png", "image/jpeg", PROBLEM})
    @Operation(operationId = "schoolEnrolmentDocument", summary = "A document of an open request (deleted once decided)",
            description = "kind: PROOF_OF_ADDRESS, FAMILY_RECORD or VACCINATION.")
    @APIResponse(responseCode = "200", description = "The document as the family sent it", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such request or document", content = @Content(mediaType = PROBLEM))
    public Response document(@PathParam("id") long id, @PathParam("kind") String kind) {
        long staff = acting.requirePlanningStaff().getId();
        DocumentKind document = EnrolmentRules.document(kind).orElseThrow(NotFoundException::new);
        var found = enrolments.document(staff, id, document).orElseThrow(NotFoundException::new);
        return Response.ok(found.content(), found.type())
                .header("Content-Disposition", "attachment; filename=\"" + EnrolmentRules.field(document) + "."
                        + ProofFiles.extension(found.type()) + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "enterSchoolEnrolmentAtCounter", summary = "Enter a family's request at the counter",
            description = "As the family would (level computed, school proposed, dérogation with wishedSchoolId and"
                    + " derogationReason), for the household named, also outside the dates the administrator set for"
                    + " families. The guardians get the acknowledgement with the reference (S-…).")
    @APIResponse(responseCode = "201", description = "The request, submitted", content = @Content(schema = @Schema(implementation = EnrolmentOut.class)))
    @APIResponse(responseCode = "400", description = "One entry per invalid field", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such household", content = @Content(mediaType = PROBLEM))
    public Response enterAtCounter(CounterRequestIn body) {
        long staff = acting.requirePlanningStaff().getId();
        CounterRequestIn in = body == null ? new CounterRequestIn() : body;
        if (in.householdId == null) {
            throw RuleViolationException.of("householdId", "enrolment.householdRequired");
        }
        long id = enrolments.submit(staff, in.householdId, in.form(), java.util.Map.of()).getId();
        return Response.created(jakarta.ws.rs.core.UriBuilder.fromPath("staff/school-enrolments/{id}").build(id))
                .entity(answers.of(enrolments.forStaff(staff, id), locale())).build();
    }

    /** A request entered at the counter: the family's form and its household. */
    @Schema(name = "SchoolEnrolmentCounterIn")
    public static class CounterRequestIn extends EnrolmentJson.RequestIn {
        @Schema(description = "the family's household")
        public Long householdId;
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideSchoolEnrolment", summary = "Ask for a document, accept with the assigned school, or refuse",
            description = "state INCOMPLETE with document and message (the family adds it and sends the request again);"
                    + " ACCEPTED with schoolId (by default the wished school of a dérogation, else the map's), once the three"
                    + " documents are joined; REFUSED with the reason as message (the mail and the page state the signatory"
                    + " and the appeal routes). Only a SUBMITTED request is decided. The guardians are mailed.")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = EnrolmentOut.class)))
    @APIResponse(responseCode = "400", description = "Unknown decision, missing document, school or message, not submitted", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such request", content = @Content(mediaType = PROBLEM))
    public EnrolmentOut decide(@PathParam("id") long id, DecisionIn body) {
        long staff = acting.requirePlanningStaff().getId();
        DecisionIn in = body == null ? new DecisionIn() : body;
        DocumentKind document = null;
        if (in.document != null && !in.document.isBlank()) {
            document = EnrolmentRules.document(in.document)
                    .orElseThrow(() -> RuleViolationException.of("document", "enrolment.document.unknown"));
        }
        enrolments.decide(staff, id, new SchoolEnrolments.Decision(state(in.state), in.schoolId, document, in.message));
        return answers.of(enrolments.forStaff(staff, id), locale());
    }

    private String year(String schoolYear) {
        return schoolYear == null || schoolYear.isBlank() ? enrolments.comingSchoolYear() : schoolYear.strip();
    }

    private static EnrolmentState state(String value) {
        try {
            return value == null || value.isBlank() ? null : EnrolmentState.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Set<EnrolmentState> states(String value) {
        Set<EnrolmentState> states = EnumSet.noneOf(EnrolmentState.class);
        if (value != null) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    EnrolmentState state = state(part);
                    if (state == null) {
                        throw RuleViolationException.of("state", "enrolment.state.unknown");
                    }
                    states.add(state);
                }
            }
        }
        return states;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private Locale locale() {
        return ApiLocale.of(headers);
    }
}
