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

/** A child of one household, or of two (alternating custody). */
@Entity
@Table(name = "child")
public class Child {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    private String sex;
    @Column(name = "school_site_id")
    private Long schoolSiteId;
    @Column(name = "level_code")
    private String levelCode;
    @Enumerated(EnumType.STRING)
    private Diet diet = Diet.NONE;
    @Column(name = "diet_other")
    private String dietOther;
    private String allergies;
    private boolean pai;
    @Column(name = "doctor_name")
    private String doctorName;
    @Column(name = "doctor_phone")
    private String doctorPhone;
    @Column(name = "photo_consent")
    private boolean photoConsent;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Version
    private long version;

    protected Child() {
    }

    public Child(OffsetDateTime now) {
        this.createdAt = now;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Map<String, Object> historyView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("firstName", firstName);
        view.put("lastName", lastName);
        view.put("birthDate", birthDate);
        view.put("sex", sex);
        view.put("schoolSiteId", schoolSiteId);
        view.put("levelCode", levelCode);
        view.put("diet", diet);
        view.put("dietOther", dietOther);
        view.put("allergies", allergies);
        view.put("pai", pai);
        view.put("doctorName", doctorName);
        view.put("doctorPhone", doctorPhone);
        view.put("photoConsent", photoConsent);
        return view;
    }

    public Long getId() { return id; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public Long getSchoolSiteId() { return schoolSiteId; }
    public void setSchoolSiteId(Long schoolSiteId) { this.schoolSiteId = schoolSiteId; }
    public String getLevelCode() { return levelCode; }
    public void setLevelCode(String levelCode) { this.levelCode = levelCode; }
    public Diet getDiet() { return diet; }
    public void setDiet(Diet diet) { this.diet = diet; }
    public String getDietOther() { return dietOther; }
    public void setDietOther(String dietOther) { this.dietOther = dietOther; }
    public String getAllergies() { return allergies; }
    public void setAllergies(String allergies) { this.allergies = allergies; }
    public boolean isPai() { return pai; }
    public void setPai(boolean pai) { this.pai = pai; }
    public String getDoctorName() { return doctorName; }
    public void setDoctorName(String doctorName) { this.doctorName = doctorName; }
    public String getDoctorPhone() { return doctorPhone; }
    public void setDoctorPhone(String doctorPhone) { this.doctorPhone = doctorPhone; }
    public boolean isPhotoConsent() { return photoConsent; }
    public void setPhotoConsent(boolean photoConsent) { this.photoConsent = photoConsent; }
}
