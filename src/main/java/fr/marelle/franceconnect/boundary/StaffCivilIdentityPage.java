package fr.marelle.franceconnect.boundary;

import fr.marelle.family.control.Households;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Household;
import fr.marelle.franceconnect.control.VerifiedCivilIdentities;
import fr.marelle.franceconnect.control.VerifiedCivilIdentities.CivilIdentityForm;
import fr.marelle.franceconnect.control.VerifiedCivilIdentities.DocumentKind;
import fr.marelle.franceconnect.entity.VerifiedCivilIdentity;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Account;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/**
 * Staff: a guardian's civil identity recorded from an official document ({@code /staff/civil-identity.xhtml?household=…&account=…}),
 * reached from the household page. Prefilled with what was verified before, else with the account's names.
 */
@Named
@ViewScoped
public class StaffCivilIdentityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Acting acting;

    @Inject
    Households households;

    @Inject
    VerifiedCivilIdentities identities;

    private String householdParam;
    private String accountParam;
    private Household household;
    private Account guardian;
    private VerifiedCivilIdentity verified;

    private String familyName;
    private String givenNames;
    private String birthdate;
    private String gender;
    private String birthplace;
    private String birthcountry = "99100";
    private String documentKind;
    private String note;

    private long householdId() {
        return id(householdParam);
    }

    private long accountId() {
        return id(accountParam);
    }

    /** A page parameter as an id; -1 (found nowhere) when missing or not a number. */
    private static long id(String value) {
        try {
            return value == null || value.isBlank() ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Loaded on first use: on a postback the view action does not run. */
    private void load() {
        if (guardian == null) {
            long staff = acting.require().getId();
            verified = identities.ofGuardian(staff, householdId(), accountId()).orElse(null);
            household = households.get(staff, householdId());
            guardian = households.guardians(householdId()).stream().filter(g -> g.getId() == accountId()).findFirst()
                    .orElseThrow(() -> new UnknownRecordException("guardian", accountId()));
        }
    }

    public String init() {
        try {
            guardian = null;
            load();
        } catch (UnknownRecordException e) {
            Feedback.notFound();
            return null;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            if (verified != null) {
                familyName = verified.getFamilyName();
                givenNames = verified.getGivenNames();
                birthdate = String.valueOf(verified.getBirthdate());
                gender = verified.getGender();
                birthplace = verified.getBirthplace();
                birthcountry = verified.getBirthcountry();
                documentKind = verified.getDocumentKind();
                note = verified.getNote();
            } else {
                familyName = guardian.getLastName() == null ? null : guardian.getLastName().toUpperCase(Locale.ROOT);
                givenNames = guardian.getFirstName();
            }
        }
        return null;
    }

    public String save() {
        try {
            identities.record(acting.require().getId(), householdId(), accountId(), new CivilIdentityForm(familyName, givenNames,
                    birthdate, gender, birthplace, birthcountry, documentKind, note));
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
        Feedback.infoAfterRedirect("civilIdentity.saved");
        return "/staff/household.xhtml?faces-redirect=true&id=" + householdId();
    }

    public Household getHousehold() { load(); return household; }
    public Account getGuardian() { load(); return guardian; }
    public VerifiedCivilIdentity getVerified() { load(); return verified; }
    public java.util.List<String> getDocumentKinds() { return java.util.Arrays.stream(DocumentKind.values()).map(Enum::name).toList(); }

    public String getHouseholdParam() { return householdParam; }
    public void setHouseholdParam(String v) { this.householdParam = v; }
    public String getAccountParam() { return accountParam; }
    public void setAccountParam(String v) { this.accountParam = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { this.familyName = v; }
    public String getGivenNames() { return givenNames; }
    public void setGivenNames(String v) { this.givenNames = v; }
    public String getBirthdate() { return birthdate; }
    public void setBirthdate(String v) { this.birthdate = v; }
    public String getGender() { return gender; }
    public void setGender(String v) { this.gender = v; }
    public String getBirthplace() { return birthplace; }
    public void setBirthplace(String v) { this.birthplace = v; }
    public String getBirthcountry() { return birthcountry; }
    public void setBirthcountry(String v) { this.birthcountry = v; }
    public String getDocumentKind() { return documentKind; }
    public void setDocumentKind(String v) { this.documentKind = v; }
    public String getNote() { return note; }
    public void setNote(String v) { this.note = v; }
}
