package fr.marelle.enrolment.boundary;

import fr.marelle.enrolment.control.EnrolmentWindowRule.Window;
import fr.marelle.enrolment.control.EnrolmentWindows;
import fr.marelle.enrolment.control.SchoolEnrolments;
import fr.marelle.identity.control.Acting;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.TypedDays;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Administrator, on the school map page: the dates of school enrolment requests per school year. */
@Named
@RequestScoped
public class EnrolmentWindowsPage {

    @Inject
    Acting acting;

    @Inject
    EnrolmentWindows windows;

    @Inject
    SchoolEnrolments enrolments;

    private String schoolYear;
    private String opensOn;
    private String closesOn;
    private List<Window> all;

    public void save() {
        List<Violation> violations = new ArrayList<>();
        LocalDate opens = TypedDays.parse("opensOn", opensOn, violations);
        LocalDate closes = TypedDays.parse("closesOn", closesOn, violations);
        try {
            RuleViolationException.throwIfAny(violations);
            Window saved = windows.save(acting.require().getId(), schoolYear, opens, closes);
            all = null;
            Feedback.info("enrolment.window.saved", saved.schoolYear());
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    public List<Window> getAll() {
        if (all == null) {
            all = windows.all();
        }
        return all;
    }

    /** The school years the portal offers now, to choose from. */
    public List<String> getSchoolYears() {
        return enrolments.schoolYears();
    }


    public String getSchoolYear() { return schoolYear == null ? enrolments.comingSchoolYear() : schoolYear; }
    public void setSchoolYear(String schoolYear) { this.schoolYear = schoolYear; }
    public String getOpensOn() { return opensOn; }
    public void setOpensOn(String opensOn) { this.opensOn = opensOn; }
    public String getClosesOn() { return closesOn; }
    public void setClosesOn(String closesOn) { this.closesOn = closesOn; }
}
