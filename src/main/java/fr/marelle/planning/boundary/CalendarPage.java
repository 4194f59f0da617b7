package fr.marelle.planning.boundary;

import fr.marelle.planning.control.PlanningCalendar;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;

/** Administrator: import a newer school calendar file of the ministry. */
@Named
@RequestScoped
public class CalendarPage {

    private static final long MAX_BYTES = 5L * 1024 * 1024;

    @Inject
    PlanningCalendar calendar;

    private Part file;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Feedback.refused(RuleViolationException.of("file", "calendar.file.empty"));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Feedback.refused(RuleViolationException.of("file", "calendar.file.tooLarge"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            PlanningCalendar.ImportReport report = calendar.importFile(in.readAllBytes());
            Feedback.info("calendar.imported", report.rowsRead(), report.yearsAdded(), report.yearsReplaced(), report.holidaysStored());
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        } catch (IOException e) {
            Feedback.error("calendar.file.empty");
        }
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
