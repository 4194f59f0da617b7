package fr.marelle.registration.entity;

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
 * A child's yearly registration to an activity that needs one, asked by a household. Once
 * accepted, the child's sessions of that activity in the school year can be booked.
 */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "household_id")
    private long householdId;
    @Column(name = "child_id")
    private long childId;
    @Column(name = "activity_id")
    private long activityId;
    @Column(name = "period_label")
    private String periodLabel;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Enumerated(EnumType.STRING)
    private RegistrationState state = RegistrationState.SUBMITTED;
    @Enumerated(EnumType.STRING)
    @Column(name = "closed_by")
    private AuthorKind closedBy;
    @Column(name = "submitted_by")
    private long submittedBy;
    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    /** Who signed the decision ("Name, title"), as the town named its signatory then (CRPA L.212-1). */
    @Column(name = "decision_signatory")
    private String decisionSignatory;
    @Version
    private long version;

    protected Registration() {
    }

    public Registration(long householdId, long childId, long activityId, String periodLabel, LocalDate validFrom,
                        LocalDate validTo, long submittedBy, OffsetDateTime now) {
        this.householdId = householdId;
        this.childId = childId;
        this.activityId = activityId;
        this.periodLabel = periodLabel;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.submittedBy = submittedBy;
        this.submittedAt = now;
    }

    /** Moves to the new state; the rules were checked by the caller. */
    public void moveTo(RegistrationState target, AuthorKind by, long actorId, OffsetDateTime now) {
        state = target;
        closedBy = target == RegistrationState.CLOSED ? by : null;
        decidedBy = actorId;
        decidedAt = now;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /** The audited state. */
    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("householdId", householdId);
        view.put("childId", childId);
        view.put("activityId", activityId);
        view.put("period", periodLabel);
        view.put("state", state.name());
        view.put("closedBy", closedBy == null ? null : closedBy.name());
        return view;
    }

    public Long getId() { return id; }
    public long getHouseholdId() { return householdId; }
    public long getChildId() { return childId; }
    public long getActivityId() { return activityId; }
    public String getPeriodLabel() { return periodLabel; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public RegistrationState getState() { return state; }
    public AuthorKind getClosedBy() { return closedBy; }
    public long getSubmittedBy() { return submittedBy; }
    public OffsetDateTime getSubmittedAt() { return submittedAt; }
    public Long getDecidedBy() { return decidedBy; }
    public OffsetDateTime getDecidedAt() { return decidedAt; }
    public boolean isOpen() { return state.isOpen(); }

    /** Refused, or closed without action by an agent: a decision against the family, which must state its appeal routes. */
    public boolean isUnfavourable() {
        return state == RegistrationState.REFUSED || (state == RegistrationState.CLOSED && closedBy == AuthorKind.STAFF);
    }

    public String getDecisionSignatory() { return decisionSignatory; }

    public void setDecisionSignatory(String decisionSignatory) { this.decisionSignatory = decisionSignatory; }
}
