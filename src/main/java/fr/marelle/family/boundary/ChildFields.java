package fr.marelle.family.boundary;

import fr.marelle.family.control.HouseholdRules.ChildForm;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.Diet;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of a child's form (WEB-INF/includes/child-fields.xhtml), shared by the parent's
 * child page and the staff's: filled from a child, turned into the form the rules check.
 */
public class ChildFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private String lastName;
    private String birthDate;
    private String sex;
    private Long schoolSiteId;
    private String levelCode;
    private Diet diet = Diet.NONE;
    private String dietOther;
    private String allergies;
    private boolean pai;
    private String doctorName;
    private String doctorPhone;
    private boolean photoConsent;

    void fill(Child c) {
        firstName = c.getFirstName();
        lastName = c.getLastName();
        birthDate = c.getBirthDate().toString();
        sex = c.getSex();
        schoolSiteId = c.getSchoolSiteId();
        levelCode = c.getLevelCode();
        diet = c.getDiet();
        dietOther = c.getDietOther();
        allergies = c.getAllergies();
        pai = c.isPai();
        doctorName = c.getDoctorName();
        doctorPhone = PageSupport.phone(c.getDoctorPhone());
        photoConsent = c.isPhotoConsent();
    }

    /** The form for the rules; a birth date that is not a date is refused here already. */
    ChildForm toForm() {
        List<Violation> violations = new ArrayList<>();
        var date = PageSupport.date("birthDate", birthDate, violations);
        RuleViolationException.throwIfAny(violations);
        return new ChildForm(firstName, lastName, date, sex, schoolSiteId, levelCode, diet, dietOther, allergies, pai,
                doctorName, doctorPhone, photoConsent);
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String v) { this.firstName = v; }
    public String getLastName() { return lastName; }
    public void setLastName(String v) { this.lastName = v; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String v) { this.birthDate = v; }
    public String getSex() { return sex; }
    public void setSex(String v) { this.sex = v; }
    public Long getSchoolSiteId() { return schoolSiteId; }
    public void setSchoolSiteId(Long v) { this.schoolSiteId = v; }
    public String getLevelCode() { return levelCode; }
    public void setLevelCode(String v) { this.levelCode = v; }
    public Diet getDiet() { return diet; }
    public void setDiet(Diet v) { this.diet = v; }
    public String getDietOther() { return dietOther; }
    public void setDietOther(String v) { this.dietOther = v; }
    public String getAllergies() { return allergies; }
    public void setAllergies(String v) { this.allergies = v; }
    public boolean isPai() { return pai; }
    public void setPai(boolean v) { this.pai = v; }
    public String getDoctorName() { return doctorName; }
    public void setDoctorName(String v) { this.doctorName = v; }
    public String getDoctorPhone() { return doctorPhone; }
    public void setDoctorPhone(String v) { this.doctorPhone = v; }
    public boolean isPhotoConsent() { return photoConsent; }
    public void setPhotoConsent(boolean v) { this.photoConsent = v; }
}
