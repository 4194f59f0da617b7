package fr.marelle.enrolment.boundary;

import fr.marelle.enrolment.control.EnrolmentNumbers;
import fr.marelle.enrolment.control.SchoolEnrolments;
import fr.marelle.identity.control.Acting;
import fr.marelle.platform.boundary.LanguageSwitch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Staff: the numbers of a school year (the coming one by default) per school and level, with their CSV. */
@Named
@RequestScoped
public class SchoolNumbersPage {

    @Inject
    Acting acting;

    @Inject
    SchoolEnrolments enrolments;

    @Inject
    EnrolmentNumbers numbers;

    @Inject
    LanguageSwitch language;

    private String year;
    private List<EnrolmentNumbers.Row> rows;

    public List<EnrolmentNumbers.Row> getRows() {
        if (rows == null) {
            rows = numbers.of(acting.require().getId(), getYear(), language.getLocale());
        }
        return rows;
    }

    public long getTotalAccepted() {
        return getRows().stream().mapToLong(EnrolmentNumbers.Row::accepted).sum();
    }

    public long getTotalPending() {
        return getRows().stream().mapToLong(EnrolmentNumbers.Row::pending).sum();
    }

    public List<String> getYearChoices() {
        return enrolments.schoolYears();
    }

    public String getYear() {
        return year == null || !enrolments.schoolYears().contains(year) ? enrolments.comingSchoolYear() : year;
    }

    public void setYear(String year) { this.year = year; }
}
