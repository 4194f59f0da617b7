package fr.marelle.enrolment.boundary;

import fr.marelle.enrolment.control.EnrolmentRules;
import fr.marelle.enrolment.control.SchoolEnrolments;
import fr.marelle.enrolment.entity.DocumentKind;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.ProofFiles;
import fr.marelle.family.entity.Child;
import fr.marelle.identity.control.Acting;
import fr.marelle.legal.control.LegalMentions;
import fr.marelle.planning.control.Sites;
import fr.marelle.planning.entity.Site;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.DisplayFormats;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parent's school enrolment page: what the portal proposes for each child (level and school of the map), a
 * form to ask (or ask for a dérogation) with the documents, and the household's requests with their state, the
 * documents to add when an agent asked for one, the certificate once accepted, the appeal routes of a refusal.
 */
@Named
@ViewScoped
public class SchoolEnrolmentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A child and what a request for the coming school year would say, or why it cannot be made. */
    public record ChildProposal(Child child, String level, String school, String refusal) implements Serializable {
    }

    @Inject
    Acting acting;

    @Inject
    HouseholdAccess access;

    @Inject
    SchoolEnrolments enrolments;

    @Inject
    Sites sites;

    @Inject
    LegalMentions legalMentions;

    @Inject
    LanguageSwitch language;

    @Inject
    fr.marelle.enrolment.control.EnrolmentWindows windows;

    @PersistenceContext
    EntityManager em;

    private Long householdId;
    private Long childId;
    private String schoolYear;
    private Long wishedSchoolId;
    private String derogationReason;
    private transient Part proofOfAddress;
    private transient Part familyRecord;
    private transient Part vaccination;
    private String message;
    private transient List<SchoolEnrolments.View> requests;
    private transient List<ChildProposal> proposals;

    public void init() {
        householdId = access.ownHousehold(acting.require().getId()).orElse(null);
    }

    public List<ChildProposal> getProposals() {
        if (proposals == null) {
            proposals = new ArrayList<>();
            if (householdId != null) {
                long actor = acting.require().getId();
                for (Child child : children()) {
                    try {
                        var p = enrolments.propose(actor, householdId, child.getId(), null);
                        proposals.add(new ChildProposal(child, levelText(p.levelCode()),
                                p.schoolId() == null ? null : em.find(Site.class, p.schoolId()).getName(), null));
                    } catch (RuleViolationException e) {
                        proposals.add(new ChildProposal(child, null, null, Feedback.text(e.violations().get(0).key(),
                                e.violations().get(0).args().toArray())));
                    }
                }
            }
        }
        return proposals;
    }

    /** label -> id of the children who may be asked for. */
    public Map<String, Long> getChildChoices() {
        Map<String, Long> choices = new LinkedHashMap<>();
        getProposals().stream().filter(p -> p.refusal() == null)
                .forEach(p -> choices.put(p.child().getFirstName() + " " + p.child().getLastName(), p.child().getId()));
        return choices;
    }

    public List<String> getSchoolYears() {
        return enrolments.schoolYears();
    }

    /** The request dates the administrator set for the school years offered, so that families know them before asking. */
    public List<String> getWindowNotices() {
        return enrolments.schoolYears().stream().flatMap(y -> windows.of(y).stream())
                .map(w -> Feedback.text("enrolment.window.page.open", w.schoolYear(),
                        DisplayFormats.longDate(w.opensOn(), language.getLocale()),
                        DisplayFormats.longDate(w.closesOn(), language.getLocale()))).toList();
    }

    /** label -> id of the town's schools, for a dérogation. */
    public Map<String, Long> getSchoolChoices() {
        Map<String, Long> choices = new LinkedHashMap<>();
        sites.schools().forEach(s -> choices.put(s.getName(), s.getId()));
        return choices;
    }

    public List<SchoolEnrolments.View> getRequests() {
        if (requests == null) {
            requests = householdId == null ? List.of() : enrolments.ofHousehold(acting.require().getId(), householdId);
        }
        return requests;
    }

    public String submit() {
        try {
            Map<DocumentKind, byte[]> documents = new EnumMap<>(DocumentKind.class);
            read(DocumentKind.PROOF_OF_ADDRESS, proofOfAddress, documents);
            read(DocumentKind.FAMILY_RECORD, familyRecord, documents);
            read(DocumentKind.VACCINATION, vaccination, documents);
            enrolments.submit(acting.require().getId(), household(), new SchoolEnrolments.Form(childId, schoolYear,
                    wishedSchoolId, derogationReason), documents);
            Feedback.infoAfterRedirect("enrolment.page.submitted");
            return "/parent/school-enrolments.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    /** The documents of one request's form, and when the request waits for them, sent back to the agents. */
    public String complete(long enrolmentId, boolean resubmit) {
        try {
            Map<DocumentKind, byte[]> documents = new EnumMap<>(DocumentKind.class);
            read(DocumentKind.PROOF_OF_ADDRESS, proofOfAddress, documents);
            read(DocumentKind.FAMILY_RECORD, familyRecord, documents);
            read(DocumentKind.VACCINATION, vaccination, documents);
            long actor = acting.require().getId();
            if (!documents.isEmpty()) {
                enrolments.addDocuments(actor, household(), enrolmentId, documents);
            }
            if (resubmit) {
                enrolments.resubmit(actor, household(), enrolmentId, message);
            } else if (documents.isEmpty()) {
                throw RuleViolationException.of(null, "enrolment.documents.none");
            }
            Feedback.infoAfterRedirect(resubmit ? "enrolment.page.resubmitted" : "enrolment.page.documentsAdded");
            return "/parent/school-enrolments.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String withdraw(long enrolmentId) {
        try {
            enrolments.withdraw(acting.require().getId(), household(), enrolmentId);
            Feedback.infoAfterRedirect("enrolment.page.withdrawn");
            return "/parent/school-enrolments.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String levelText(String code) {
        return sites.level(code).map(l -> l.label(language.getLocale())).orElse(code);
    }

    public List<String> appealRoutes(SchoolEnrolments.View v) {
        return legalMentions.decision(language.getLocale(), v.enrolment().getDecisionSignatory());
    }

    public String documentText(DocumentKind kind) {
        return Feedback.text("enrolment.document." + kind.name());
    }

    public String field(DocumentKind kind) {
        return EnrolmentRules.field(kind);
    }

    private List<Child> children() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select c.id from child c join household_child hc on hc.child_id = c.id"
                + " where hc.household_id = ?1 order by c.birth_date, c.id").setParameter(1, householdId).getResultList();
        return ids.stream().map(id -> em.find(Child.class, id.longValue())).toList();
    }

    private long household() {
        return householdId == null ? -1 : householdId;
    }

    private static void read(DocumentKind kind, Part part, Map<DocumentKind, byte[]> documents) {
        if (part == null || part.getSize() == 0) {
            return;
        }
        try (InputStream in = part.getInputStream()) {
            documents.put(kind, in.readNBytes(ProofFiles.MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isWithoutHousehold() { return householdId == null; }
    public Long getChildId() { return childId; }
    public void setChildId(Long childId) { this.childId = childId; }
    public String getSchoolYear() { return schoolYear; }
    public void setSchoolYear(String schoolYear) { this.schoolYear = schoolYear; }
    public Long getWishedSchoolId() { return wishedSchoolId; }
    public void setWishedSchoolId(Long wishedSchoolId) { this.wishedSchoolId = wishedSchoolId; }
    public String getDerogationReason() { return derogationReason; }
    public void setDerogationReason(String derogationReason) { this.derogationReason = derogationReason; }
    public Part getProofOfAddress() { return proofOfAddress; }
    public void setProofOfAddress(Part proofOfAddress) { this.proofOfAddress = proofOfAddress; }
    public Part getFamilyRecord() { return familyRecord; }
    public void setFamilyRecord(Part familyRecord) { this.familyRecord = familyRecord; }
    public Part getVaccination() { return vaccination; }
    public void setVaccination(Part vaccination) { this.vaccination = vaccination; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
}
