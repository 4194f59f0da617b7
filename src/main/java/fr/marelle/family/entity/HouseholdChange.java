package fr.marelle.family.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One line of the change history the family sees: who, when, what (subject and field), old and new value. */
@Entity
@Table(name = "household_change")
public class HouseholdChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "household_id")
    private Long householdId;
    private OffsetDateTime at;
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "actor_name")
    private String actorName;
    private String subject;
    private String field;
    @Column(name = "old_value")
    private String oldValue;
    @Column(name = "new_value")
    private String newValue;

    protected HouseholdChange() {
    }

    public HouseholdChange(long householdId, OffsetDateTime at, Long actorId, String actorName, String subject,
                           String field, String oldValue, String newValue) {
        this.householdId = householdId;
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.subject = subject;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public Long getId() { return id; }
    public Long getHouseholdId() { return householdId; }
    public OffsetDateTime getAt() { return at; }
    public Long getActorId() { return actorId; }
    public String getActorName() { return actorName; }
    public String getSubject() { return subject; }
    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
}
