package fr.marelle.franceconnect.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person's civil identity (the six pivot fields) as the town's staff read it on an official document;
 * only such an identity lets FranceConnect link an unknown identity to the person without a password.
 */
@Entity
@Table(name = "verified_civil_identity")
public class VerifiedCivilIdentity {

    @Id
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "family_name")
    private String familyName;
    @Column(name = "given_names")
    private String givenNames;
    private LocalDate birthdate;
    private String gender;
    private String birthplace;
    private String birthcountry;
    @Column(name = "document_kind")
    private String documentKind;
    private String note;
    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;
    /** Who verified it, as the audit trail names them (their e-mail). */
    @Column(name = "verified_by")
    private String verifiedBy;

    protected VerifiedCivilIdentity() {
    }

    public VerifiedCivilIdentity(long accountId) {
        this.accountId = accountId;
    }

    /** Writes what the document says, by whom and when. */
    public void verify(String familyName, String givenNames, LocalDate birthdate, String gender, String birthplace,
                       String birthcountry, String documentKind, String note, String verifiedBy, OffsetDateTime at) {
        this.familyName = familyName;
        this.givenNames = givenNames;
        this.birthdate = birthdate;
        this.gender = gender;
        this.birthplace = birthplace;
        this.birthcountry = birthcountry;
        this.documentKind = documentKind;
        this.note = note;
        this.verifiedBy = verifiedBy;
        this.verifiedAt = at;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("familyName", familyName);
        view.put("givenNames", givenNames);
        view.put("birthdate", String.valueOf(birthdate));
        view.put("gender", gender);
        view.put("birthplace", birthplace);
        view.put("birthcountry", birthcountry);
        view.put("documentKind", documentKind);
        view.put("note", note);
        view.put("verifiedBy", verifiedBy);
        view.put("verifiedAt", String.valueOf(verifiedAt));
        return view;
    }

    public Long getAccountId() { return accountId; }
    public String getFamilyName() { return familyName; }
    public String getGivenNames() { return givenNames; }
    public LocalDate getBirthdate() { return birthdate; }
    public String getGender() { return gender; }
    public String getBirthplace() { return birthplace; }
    public String getBirthcountry() { return birthcountry; }
    public String getDocumentKind() { return documentKind; }
    public String getNote() { return note; }
    public OffsetDateTime getVerifiedAt() { return verifiedAt; }
    public String getVerifiedBy() { return verifiedBy; }
}
