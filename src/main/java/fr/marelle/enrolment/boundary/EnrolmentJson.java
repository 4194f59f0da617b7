package fr.marelle.enrolment.boundary;

import fr.marelle.enrolment.control.SchoolEnrolments;
import fr.marelle.enrolment.entity.EnrolmentDocument;
import fr.marelle.enrolment.entity.EnrolmentMessage;
import fr.marelle.enrolment.entity.SchoolEnrolment;
import fr.marelle.enrolment.entity.SchoolMapEntry;
import fr.marelle.enrolment.control.EnrolmentNumbers;
import fr.marelle.platform.control.Messages;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON shapes of school enrolment. */
public final class EnrolmentJson {

    private EnrolmentJson() {
    }

    /** A family's request: the child, the school year (the coming one when absent), and for a dérogation the wished school and the reason. */
    @Schema(name = "SchoolEnrolmentIn")
    public static class RequestIn {
        public Long childId;
        @Schema(description = "e.g. 2027-2028: the current or the coming school year; the coming one when absent")
        public String schoolYear;
        @Schema(description = "a dérogation: the school the family wishes instead of the map's")
        public Long wishedSchoolId;
        @Schema(description = "the reason of the dérogation (required with wishedSchoolId), at most 1000 characters")
        public String derogationReason;

        SchoolEnrolments.Form form() {
            return new SchoolEnrolments.Form(childId, schoolYear, wishedSchoolId, derogationReason);
        }
    }

    /** The parts of a document upload (multipart/form-data), for the API's description (named after the class). */
    public static class EnrolmentDocumentParts {
        @Schema(description = "justificatif de domicile: PDF, JPEG or PNG, at most 5 MB")
        public byte[] proofOfAddress;
        @Schema(description = "livret de famille pages or birth certificate: PDF, JPEG or PNG, at most 5 MB")
        public byte[] familyRecord;
        @Schema(description = "vaccination page of the health record: PDF, JPEG or PNG, at most 5 MB")
        public byte[] vaccination;
    }

    @Schema(name = "SchoolEnrolmentResubmissionIn")
    public static class ResubmissionIn {
        @Schema(description = "an optional message to the agents, at most 2000 characters")
        public String message;
    }

    /** An agent's decision. */
    @Schema(name = "SchoolEnrolmentDecisionIn")
    public static class DecisionIn {
        @Schema(description = "INCOMPLETE (ask for a document), ACCEPTED or REFUSED")
        public String state;
        @Schema(description = "ACCEPTED: the assigned school (by default the wished school of a dérogation, else the map's)")
        public Long schoolId;
        @Schema(description = "INCOMPLETE: PROOF_OF_ADDRESS, FAMILY_RECORD or VACCINATION")
        public String document;
        @Schema(description = "the message to the family: required to ask for a document; the reason of a refusal")
        public String message;
    }

    @Schema(name = "SchoolEnrolmentProposal")
    public record ProposalOut(String schoolYear, String level, String levelText, String cycle, Long schoolId, String school) {
    }

    @Schema(name = "SchoolEnrolmentDocument")
    public record DocumentOut(String kind, String kindText, String mediaType, int sizeBytes, OffsetDateTime addedAt,
                              boolean available) {
    }

    @Schema(name = "SchoolEnrolmentMessage")
    public record MessageOut(OffsetDateTime at, String author, boolean fromStaff, String text) {

        static MessageOut of(EnrolmentMessage m) {
            return new MessageOut(m.getAt(), m.getAuthorName(), m.isFromStaff(), m.getBody());
        }
    }

    @Schema(name = "SchoolEnrolment")
    public record EnrolmentOut(long id, String reference, long householdId, String household, long childId, String child,
                               LocalDate birthDate, String schoolYear, LocalDate yearStart, String level, String levelText,
                               Long proposedSchoolId, String proposedSchool, boolean derogation, Long wishedSchoolId,
                               String wishedSchool, String derogationReason, Long assignedSchoolId, String assignedSchool,
                               String state, String stateText, String missingDocument, List<String> documentsMissing,
                               String refusalReason, List<String> appealRoutes, OffsetDateTime submittedAt,
                               OffsetDateTime decidedAt, OffsetDateTime appliedAt, String certificateUrl,
                               List<DocumentOut> documents, List<MessageOut> messages) {

        static EnrolmentOut of(SchoolEnrolments.View v, String levelText, List<String> appealRoutes, Locale locale) {
            SchoolEnrolment e = v.enrolment();
            return new EnrolmentOut(e.getId(), v.reference().toString(), e.getHouseholdId(), v.household().getName(),
                    e.getChildId(), v.child().fullName(), v.child().getBirthDate(), e.getSchoolYear(), e.getYearStart(),
                    e.getLevelCode(), levelText, e.getProposedSiteId(), v.proposedSchool(), e.isDerogation(),
                    e.getWishedSiteId(), v.wishedSchool(), e.getDerogationReason(), e.getAssignedSiteId(), v.assignedSchool(),
                    e.getState().name(), Messages.text(locale, "enrolment.state." + e.getState().name()),
                    e.getMissingDocument() == null ? null : e.getMissingDocument().name(),
                    v.missingDocuments().stream().map(Enum::name).toList(), e.getRefusalReason(), appealRoutes,
                    e.getSubmittedAt(), e.getDecidedAt(), e.getAppliedAt(),
                    e.isAccepted() ? "/api/v1/school-enrolments/" + e.getId() + "/certificate.pdf" : null,
                    v.documents().stream().map(d -> document(d, e, locale)).toList(),
                    v.messages().stream().map(MessageOut::of).toList());
        }

        private static DocumentOut document(EnrolmentDocument d, SchoolEnrolment e, Locale locale) {
            return new DocumentOut(d.getKind().name(), Messages.text(locale, "enrolment.document." + d.getKind().name()),
                    d.getMediaType(), d.getSizeBytes(), d.getAddedAt(), e.isOpen());
        }
    }

    @Schema(name = "SchoolEnrolmentPage")
    public record PageOut(List<EnrolmentOut> items, long total, int page, int size) {
    }

    @Schema(name = "SchoolEnrolmentNumbers")
    public record NumberOut(String school, String level, String levelText, long accepted, long pending) {

        static NumberOut of(EnrolmentNumbers.Row r) {
            return new NumberOut(r.school(), r.levelCode(), r.level(), r.accepted(), r.pending());
        }
    }

    @Schema(name = "SchoolMapLine")
    public record MapLineOut(int line, String street, int numberFrom, int numberTo, String parity, String cycle,
                             long schoolId, String school) {

        static MapLineOut of(SchoolMapEntry e, Map<Long, String> schools) {
            return new MapLineOut(e.getLineNo(), e.getStreet(), e.getNumberFrom(), e.getNumberTo(), e.getParity().name(),
                    e.getCycle(), e.getSiteId(), schools.get(e.getSiteId()));
        }
    }

    @Schema(name = "SchoolMapImport")
    public record ImportOut(int lines, int replaced) {
    }
}
