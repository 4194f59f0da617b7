package fr.marelle.enrolment.boundary;

import fr.marelle.enrolment.boundary.EnrolmentJson.EnrolmentDocumentParts;
import fr.marelle.enrolment.boundary.EnrolmentJson.EnrolmentOut;
import fr.marelle.enrolment.boundary.EnrolmentJson.ProposalOut;
import fr.marelle.enrolment.boundary.EnrolmentJson.RequestIn;
import fr.marelle.enrolment.boundary.EnrolmentJson.ResubmissionIn;
import fr.marelle.enrolment.control.EnrolmentCertificates;
import fr.marelle.enrolment.control.EnrolmentRules;
import fr.marelle.enrolment.control.SchoolEnrolments;
import fr.marelle.enrolment.entity.DocumentKind;
import fr.marelle.family.control.Households;
import fr.marelle.family.control.ProofFiles;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Role;
import fr.marelle.planning.entity.Site;
import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The signed-in parent's school enrolment requests. Another household's request answers 404. */
@Path("school-enrolments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "School enrolment", description = "A family's requests to enrol a child in a public school: level from the"
        + " birth date, school from the school map or a dérogation, documents, certificate")
public class SchoolEnrolmentsResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    Acting acting;

    @Inject
    Households households;

    @Inject
    SchoolEnrolments enrolments;

    @Inject
    EnrolmentCertificates certificates;

    @Inject
    EnrolmentAnswers answers;

    @PersistenceContext
    EntityManager em;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listSchoolEnrolments", summary = "The household's enrolment requests, newest first")
    @APIResponse(responseCode = "200", description = "The requests", content = @Content(schema = @Schema(implementation = EnrolmentOut[].class)))
    public List<EnrolmentOut> list() {
        long parent = parent();
        return enrolments.ofHousehold(parent, household(parent)).stream().map(v -> answers.of(v, locale())).toList();
    }

    @GET
    @Path("proposal")
    @Operation(operationId = "proposeSchoolEnrolment", summary = "The level and the school of the map for a child and a school year",
            description = "The level follows from the birth date (the calendar year of birth decides: petite section the year"
                    + " the child turns 3, CP the year they turn 6); the school from the household's address and the school map"
                    + " (none when the map does not know the address).")
    @APIResponse(responseCode = "200", description = "What a request would say", content = @Content(schema = @Schema(implementation = ProposalOut.class)))
    @APIResponse(responseCode = "400", description = "No child named, school year not offered, child too young or too old", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "The child is not of this household", content = @Content(mediaType = PROBLEM))
    public ProposalOut proposal(@QueryParam("childId") Long childId,
                                @Parameter(description = "e.g. 2027-2028; the coming school year when absent") @QueryParam("schoolYear") String schoolYear) {
        long parent = parent();
        if (childId == null) {
            throw RuleViolationException.of("childId", "enrolment.unknownChild");
        }
        SchoolEnrolments.Proposal p = enrolments.propose(parent, household(parent), childId, schoolYear);
        Site school = p.schoolId() == null ? null : em.find(Site.class, p.schoolId());
        return new ProposalOut(p.schoolYear(), p.levelCode(), answers.levelText(p.levelCode(), locale()), p.cycle(),
                p.schoolId(), school == null ? null : school.getName());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitSchoolEnrolment", summary = "Ask to enrol a child for a school year",
            description = "The level is computed, the school proposed from the map; with wishedSchoolId and derogationReason"
                    + " it is a dérogation request. One live request per child and school year. The guardians get an"
                    + " acknowledgement with the request's reference (S-…). Join the documents with POST …/{id}/documents.")
    @APIResponse(responseCode = "201", description = "The request, submitted", content = @Content(schema = @Schema(implementation = EnrolmentOut.class)))
    @APIResponse(responseCode = "400", description = "One entry per invalid field", content = @Content(mediaType = PROBLEM))
    public Response submit(RequestIn body) {
        long parent = parent();
        long household = household(parent);
        RequestIn in = body == null ? new RequestIn() : body;
        long id = enrolments.submit(parent, household, in.form(), Map.of()).getId();
        return Response.created(UriBuilder.fromPath("school-enrolments/{id}").build(id))
                .entity(answers.of(enrolments.get(parent, household, id), locale())).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSchoolEnrolment", summary = "One request of the household, with its documents and messages")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = EnrolmentOut.class)))
    @APIResponse(responseCode = "404", description = "No such request in this household", content = @Content(mediaType = PROBLEM))
    public EnrolmentOut get(@PathParam("id") long id) {
        long parent = parent();
        return answers.of(enrolments.get(parent, household(parent), id), locale());
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = EnrolmentDocumentParts.class)))
    @Operation(operationId = "addSchoolEnrolmentDocuments", summary = "Join or replace documents of an open request",
            description = "Parts proofOfAddress, familyRecord, vaccination: PDF, JPEG or PNG, at most 5 MB each, recognised by"
                    + " their content; a request body is at most 6 MB, so send large files one at a time.")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = EnrolmentOut.class)))
    @APIResponse(responseCode = "400", description = "Not a PDF, JPEG or PNG, too large, unknown part, request decided", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such request in this household", content = @Content(mediaType = PROBLEM))
    public EnrolmentOut addDocuments(@PathParam("id") long id, List<EntityPart> parts) {
        long parent = parent();
        long household = household(parent);
        enrolments.addDocuments(parent, household, id, documents(parts));
        return answers.of(enrolments.get(parent, household, id), locale());
    }

    @POST
    @Path("{id}/resubmission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resubmitSchoolEnrolment", summary = "Send an incomplete request back to the agents",
            description = "Once the document the agents asked for is joined (POST …/documents), with an optional message.")
    @APIResponse(responseCode = "200", description = "The request, submitted again", content = @Content(schema = @Schema(implementation = EnrolmentOut.class)))
    @APIResponse(responseCode = "400", description = "Not incomplete, or the document asked for is still missing", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such request in this household", content = @Content(mediaType = PROBLEM))
    public EnrolmentOut resubmit(@PathParam("id") long id, ResubmissionIn body) {
        long parent = parent();
        long household = household(parent);
        enrolments.resubmit(parent, household, id, body == null ? null : body.message);
        return answers.of(enrolments.get(parent, household, id), locale());
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(operationId = "withdrawSchoolEnrolment", summary = "Withdraw a request no agent has decided yet")
    @APIResponse(responseCode = "200", description = "The request, withdrawn", content = @Content(schema = @Schema(implementation = EnrolmentOut.class)))
    @APIResponse(responseCode = "400", description = "Already decided or withdrawn", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such request in this household", content = @Content(mediaType = PROBLEM))
    public EnrolmentOut withdraw(@PathParam("id") long id) {
        long parent = parent();
        long household = household(parent);
        enrolments.withdraw(parent, household, id);
        return answers.of(enrolments.get(parent, household, id), locale());
    }

    @GET
    @Path("{id}/certificate.pdf")
    @Produces({"application/pdf", PROBLEM})
    @Operation(operationId = "schoolEnrolmentCertificate", summary = "The enrolment certificate of an accepted request (tagged PDF)",
            description = "For the school's head: the child, the school year, the level and the assigned school.")
    @APIResponse(responseCode = "200", description = "The certificate", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "The request is not accepted", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such request in this household", content = @Content(mediaType = PROBLEM))
    public Response certificate(@PathParam("id") long id) {
        long parent = parent();
        long household = household(parent);
        byte[] pdf = certificates.of(parent, household, id, locale());
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\""
                + EnrolmentCertificates.fileName(enrolments.get(parent, household, id)) + "\"").build();
    }

    /** The documents of a multipart body, each part named after its document; nothing else accepted. */
    static Map<DocumentKind, byte[]> documents(List<EntityPart> parts) {
        List<Violation> violations = new ArrayList<>();
        Map<DocumentKind, byte[]> documents = new EnumMap<>(DocumentKind.class);
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            var kind = EnrolmentRules.document(part.getName());
            if (kind.isEmpty()) {
                violations.add(Violation.of(part.getName(), "enrolment.documents.unknownPart"));
                continue;
            }
            try (InputStream in = part.getContent()) {
                documents.put(kind.get(), in.readNBytes(ProofFiles.MAX_BYTES + 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        RuleViolationException.throwIfAny(violations);
        return documents;
    }

    private long parent() {
        return acting.requireRole(Role.PARENT).getId();
    }

    private long household(long parent) {
        return households.requireMine(parent).getId();
    }

    private Locale locale() {
        return ApiLocale.of(headers);
    }
}
