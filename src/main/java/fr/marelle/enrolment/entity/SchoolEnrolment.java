package fr.marelle.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A family's request to enrol a child in a public school for a school year: the level follows from the birth
 * date, the school from the school map (or the family asks for a dérogation); an agent asks for a missing
 * document, accepts with the assigned school or refuses.
 */
@Entity
@Table(name = "school_enrolment")
public class SchoolEnrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "household_id")
    private long householdId;
    @Column(name = "child_id")
    private long childId;
    @Column(name = "school_year")
    private String schoolYear;
    @Column(name = "year_start")
    private LocalDate yearStart;
    @Column(name = "level_code")
    private String levelCode;
    @Column(name = "proposed_site_id")
    private Long proposedSiteId;
    @Column(name = "wished_site_id")
    private Long wishedSiteId;
    @Column(name = "derogation_reason")
    private String derogationReason;
    @Column(name = "assigned_site_id")
    private Long assignedSiteId;
    @Enumerated(EnumType.STRING)
    private EnrolmentState state = EnrolmentState.SUBMITTED;
    @Enumerated(EnumType.STRING)
    @Column(name = "missing_document")
    private DocumentKind missingDocument;
    @Column(name = "refusal_reason")
    private String refusalReason;
    /** Who signed a refusal ("Name, title"), as the town named its signatory then (CRPA L.212-1). */
    @Column(name = "decision_signatory")
    private String decisionSignatory;
    @Column(name = "submitted_by")
    private long submittedBy;
    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "applied_at")
    private OffsetDateTime appliedAt;
    @Version
    private long version;

    protected SchoolEnrolment() {
    }

    public SchoolEnrolment(long householdId, long childId, String schoolYear, LocalDate yearStart, String levelCode,
                           Long proposedSiteId, long submittedBy, OffsetDateTime now) {
        this.householdId = householdId;
        this.childId = childId;
        this.schoolYear = schoolYear;
        this.yearStart = yearStart;
        this.levelCode = levelCode;
        this.proposedSiteId = proposedSiteId;
        this.submittedBy = submittedBy;
        this.submittedAt = now;
    }

    public void askDerogation(long wishedSiteId, String reason) {
        this.wishedSiteId = wishedSiteId;
        this.derogationReason = reason;
    }

    /** An agent asks the family for a document: the request waits for the family. */
    public void askFor(DocumentKind document, long actorId, OffsetDateTime now) {
        state = EnrolmentState.INCOMPLETE;
        missingDocument = document;
        decidedBy = actorId;
        decidedAt = now;
    }

    /** The family sent what was asked: back in the agents' queue. */
    public void resubmit() {
        state = EnrolmentState.SUBMITTED;
        missingDocument = null;
    }

    public void accept(long siteId, long actorId, OffsetDateTime now) {
        state = EnrolmentState.ACCEPTED;
        assignedSiteId = siteId;
        missingDocument = null;
        decidedBy = actorId;
        decidedAt = now;
    }

    public void refuse(String reason, String signatory, long actorId, OffsetDateTime now) {
        state = EnrolmentState.REFUSED;
        refusalReason = reason;
        decisionSignatory = signatory;
        missingDocument = null;
        decidedBy = actorId;
        decidedAt = now;
    }

    public void withdraw(long actorId, OffsetDateTime now) {
        state = EnrolmentState.WITHDRAWN;
        missingDocument = null;
        decidedBy = actorId;
        decidedAt = now;
    }

    public void applied(OffsetDateTime now) {
        appliedAt = now;
    }

    public boolean isDerogation() {
        return wishedSiteId != null;
    }

    /** The audited and historised state (names of schools are added by the caller). */
    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("childId", childId);
        view.put("schoolYear", schoolYear);
        view.put("level", levelCode);
        view.put("state", state.name());
        view.put("proposedSiteId", proposedSiteId);
        view.put("wishedSiteId", wishedSiteId);
        view.put("derogationReason", derogationReason);
        view.put("assignedSiteId", assignedSiteId);
        view.put("missingDocument", missingDocument == null ? null : missingDocument.name());
        view.put("refusalReason", refusalReason);
        return view;
    }

    public Long getId() { return id; }
    public long getHouseholdId() { return householdId; }
    public long getChildId() { return childId; }
    public String getSchoolYear() { return schoolYear; }
    public LocalDate getYearStart() { return yearStart; }
    public String getLevelCode() { return levelCode; }
    public Long getProposedSiteId() { return proposedSiteId; }
    public Long getWishedSiteId() { return wishedSiteId; }
    public String getDerogationReason() { return derogationReason; }
    public Long getAssignedSiteId() { return assignedSiteId; }
    public EnrolmentState getState() { return state; }
    public DocumentKind getMissingDocument() { return missingDocument; }
    public String getRefusalReason() { return refusalReason; }
    public String getDecisionSignatory() { return decisionSignatory; }
    public long getSubmittedBy() { return submittedBy; }
    public OffsetDateTime getSubmittedAt() { return submittedAt; }
    public Long getDecidedBy() { return decidedBy; }
    public OffsetDateTime getDecidedAt() { return decidedAt; }
    public OffsetDateTime getAppliedAt() { return appliedAt; }
    public boolean isOpen() { return state.isOpen(); }
    public boolean isRefused() { return state == EnrolmentState.REFUSED; }
    public boolean isAccepted() { return state == EnrolmentState.ACCEPTED; }
}
