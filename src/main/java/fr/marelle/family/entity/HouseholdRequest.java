package fr.marelle.family.entity;

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
 * A change of the household file asked by the family and validated by an agent: submitted, then
 * accepted (the change is applied) or refused. The optional proof lives in the same row (column
 * proof, read and written by {@code HouseholdRequests} only) and is deleted once decided.
 */
@Entity
@Table(name = "household_request")
public class HouseholdRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "household_id")
    private Long householdId;
    @Enumerated(EnumType.STRING)
    private RequestType type;
    @Enumerated(EnumType.STRING)
    private RequestState state = RequestState.SUBMITTED;
    @Column(name = "child_id")
    private Long childId;
    @Column(name = "person_first_name")
    private String personFirstName;
    @Column(name = "person_last_name")
    private String personLastName;
    private String relation;
    @Column(name = "other_parent_name")
    private String otherParentName;
    @Column(name = "other_parent_email")
    private String otherParentEmail;
    @Column(name = "child_first_name")
    private String childFirstName;
    @Column(name = "child_last_name")
    private String childLastName;
    @Column(name = "child_birth_date")
    private LocalDate childBirthDate;
    private String note;
    @Column(name = "proof_type")
    private String proofType;
    @Column(name = "proof_size")
    private Integer proofSize;
    @Column(name = "submitted_by")
    private Long submittedBy;
    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "decision_message")
    private String decisionMessage;
    /** Who signed the decision ("Name, title"), as the town named its signatory then (CRPA L.212-1). */
    @Column(name = "decision_signatory")
    private String decisionSignatory;
    @Version
    private long version;

    protected HouseholdRequest() {
    }

    public HouseholdRequest(long householdId, RequestType type, long submittedBy, OffsetDateTime now) {
        this.householdId = householdId;
        this.type = type;
        this.submittedBy = submittedBy;
        this.submittedAt = now;
    }

    public void decide(RequestState decision, long agentId, String message, OffsetDateTime now) {
        this.state = decision;
        this.decidedBy = agentId;
        this.decisionMessage = message;
        this.decidedAt = now;
        this.proofType = null;
        this.proofSize = null;
    }

    public void attachProof(String type, int size) {
        this.proofType = type;
        this.proofSize = size;
    }

    public boolean hasProof() {
        return proofType != null;
    }

    public boolean isOpen() {
        return state == RequestState.SUBMITTED;
    }

    /** What the history and the audit trail show of the request. */
    public Map<String, Object> historyView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", type);
        view.put("state", state);
        view.put("message", decisionMessage);
        return view;
    }

    public Long getId() { return id; }
    public Long getHouseholdId() { return householdId; }
    public RequestType getType() { return type; }
    public RequestState getState() { return state; }
    public Long getChildId() { return childId; }
    public void setChildId(Long childId) { this.childId = childId; }
    public String getPersonFirstName() { return personFirstName; }
    public void setPersonFirstName(String v) { this.personFirstName = v; }
    public String getPersonLastName() { return personLastName; }
    public void setPersonLastName(String v) { this.personLastName = v; }
    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public String getOtherParentName() { return otherParentName; }
    public void setOtherParentName(String v) { this.otherParentName = v; }
    public String getOtherParentEmail() { return otherParentEmail; }
    public void setOtherParentEmail(String v) { this.otherParentEmail = v; }
    public String getChildFirstName() { return childFirstName; }
    public void setChildFirstName(String v) { this.childFirstName = v; }
    public String getChildLastName() { return childLastName; }
    public void setChildLastName(String v) { this.childLastName = v; }
    public LocalDate getChildBirthDate() { return childBirthDate; }
    public void setChildBirthDate(LocalDate v) { this.childBirthDate = v; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getProofType() { return proofType; }
    public Integer getProofSize() { return proofSize; }
    public Long getSubmittedBy() { return submittedBy; }
    public OffsetDateTime getSubmittedAt() { return submittedAt; }
    public Long getDecidedBy() { return decidedBy; }
    public OffsetDateTime getDecidedAt() { return decidedAt; }
    public String getDecisionMessage() { return decisionMessage; }

    public String getDecisionSignatory() { return decisionSignatory; }

    public void setDecisionSignatory(String decisionSignatory) { this.decisionSignatory = decisionSignatory; }
}
