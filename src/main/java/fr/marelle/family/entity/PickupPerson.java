package fr.marelle.family.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person who may pick a child up and/or is an emergency contact, or a person who must not
 * pick the child up (court decision, recorded by an agent only).
 */
@Entity
@Table(name = "pickup_person")
public class PickupPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "child_id")
    private Long childId;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String relation;
    private String phone;
    @Column(name = "other_phone")
    private String otherPhone;
    @Column(name = "may_pick_up")
    private boolean mayPickUp;
    @Column(name = "emergency_contact")
    private boolean emergencyContact;
    @Column(name = "not_allowed")
    private boolean notAllowed;
    private String note;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Version
    private long version;

    protected PickupPerson() {
    }

    public PickupPerson(long childId, OffsetDateTime now) {
        this.childId = childId;
        this.createdAt = now;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Map<String, Object> historyView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("firstName", firstName);
        view.put("lastName", lastName);
        view.put("relation", relation);
        view.put("phone", phone);
        view.put("otherPhone", otherPhone);
        view.put("mayPickUp", mayPickUp);
        view.put("emergencyContact", emergencyContact);
        view.put("notAllowed", notAllowed);
        view.put("note", note);
        return view;
    }

    public Long getId() { return id; }
    public Long getChildId() { return childId; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getOtherPhone() { return otherPhone; }
    public void setOtherPhone(String otherPhone) { this.otherPhone = otherPhone; }
    public boolean isMayPickUp() { return mayPickUp; }
    public void setMayPickUp(boolean mayPickUp) { this.mayPickUp = mayPickUp; }
    public boolean isEmergencyContact() { return emergencyContact; }
    public void setEmergencyContact(boolean emergencyContact) { this.emergencyContact = emergencyContact; }
    public boolean isNotAllowed() { return notAllowed; }
    public void setNotAllowed(boolean notAllowed) { this.notAllowed = notAllowed; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
