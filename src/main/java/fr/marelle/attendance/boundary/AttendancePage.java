package fr.marelle.attendance.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.attendance.control.Attendances;
import fr.marelle.attendance.control.SessionSheet;
import fr.marelle.attendance.entity.AttendanceStatus;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.planning.control.Activities;
import fr.marelle.planning.entity.Site;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Planning staff at the door, on a tablet: a day and a site, that day's sessions, and one
 * session's list to mark (present, absent excused or not, present without booking).
 */
@Named
@ViewScoped
public class AttendancePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String STATUS_PARAM = "status-";

    @Inject
    Acting acting;

    @Inject
    Attendances attendances;

    @Inject
    Activities activities;

    @Inject
    LanguageSwitch language;

    @Inject
    Clock clock;

    private String day;
    private Long siteId;
    private Long sessionId;
    private String query;
    private List<Attendances.Candidate> candidates = List.of();
    private transient List<Attendances.DaySession> sessions;
    private transient SessionSheet sheet;
    private transient List<Site> sites;

    public LocalDate getDate() {
        try {
            return day == null || day.isBlank() ? LocalDate.now(clock) : LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            return LocalDate.now(clock);
        }
    }

    public String getDateLabel() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.getLocale()).format(getDate());
    }

    public List<Site> getSites() {
        if (sites == null) {
            sites = activities.allSites();
        }
        return sites;
    }

    public List<Attendances.DaySession> getSessions() {
        if (sessions == null) {
            sessions = attendances.sessionsOf(acting.require().getId(), getDate(), siteId);
        }
        return sessions;
    }

    /** The open session's list, or null when no session is chosen (or it does not exist). */
    public SessionSheet getSheet() {
        if (sheet == null && sessionId != null) {
            try {
                sheet = attendances.sheet(acting.require().getId(), sessionId);
            } catch (UnknownRecordException e) {
                sessionId = null;
                Feedback.error("attendance.page.unknownSession");
            }
        }
        return sheet;
    }

    /** Saves the states chosen on the list (only those that changed). */
    public String save() {
        SessionSheet current = getSheet();
        if (current == null) {
            return null;
        }
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        List<Attendances.Mark> marks = new ArrayList<>();
        for (SessionSheet.Line line : current.children()) {
            String value = params.get(STATUS_PARAM + line.childId());
            if (value == null || value.isBlank()) {
                continue;
            }
            AttendanceStatus status;
            try {
                status = AttendanceStatus.valueOf(value);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (status != line.status()) {
                marks.add(new Attendances.Mark(line.childId(), status, line.householdId()));
            }
        }
        if (marks.isEmpty()) {
            Feedback.info("attendance.page.nothingChanged");
            return null;
        }
        return act(() -> attendances.mark(acting.require().getId(), sessionId, marks));
    }

    public String markAllPresent() {
        return act(() -> attendances.markUnmarkedPresent(acting.require().getId(), sessionId));
    }

    public void search() {
        candidates = sessionId == null ? List.of() : attendances.candidates(acting.require().getId(), sessionId, query);
        if (candidates.isEmpty()) {
            Feedback.info("attendance.page.noCandidate");
        }
    }

    /** Adds a child present without booking, for the household chosen. */
    public String add(Attendances.Candidate candidate) {
        return act(() -> attendances.mark(acting.require().getId(), sessionId, List.of(new Attendances.Mark(candidate.childId(),
                AttendanceStatus.PRESENT_WITHOUT_BOOKING, candidate.householdId()))));
    }

    private String act(java.util.function.IntSupplier action) {
        try {
            int changed = action.getAsInt();
            Feedback.infoAfterRedirect("attendance.page.saved", changed);
            return "/staff/attendance?faces-redirect=true&includeViewParams=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            sheet = null;
            return null;
        }
    }

    public String statusLabel(AttendanceStatus status) {
        return status == null ? Feedback.text("attendance.status.none") : Feedback.text("attendance.status." + status.name());
    }

    public AttendanceStatus[] statusesFor(SessionSheet.Line line) {
        return line.booked() ? new AttendanceStatus[]{AttendanceStatus.PRESENT, AttendanceStatus.ABSENT_EXCUSED,
                AttendanceStatus.ABSENT_UNEXCUSED} : new AttendanceStatus[]{AttendanceStatus.PRESENT_WITHOUT_BOOKING};
    }

    public String dietLabel(SessionSheet.Line line) {
        if (line.diet() == null || line.diet() == fr.marelle.family.entity.Diet.NONE) {
            return "";
        }
        return line.diet() == fr.marelle.family.entity.Diet.OTHER && line.dietOther() != null ? line.dietOther()
                : Feedback.text("attendance.diet." + line.diet().name());
    }

    public String getLang() {
        return language.getLocale().getLanguage();
    }

    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public Long getSessionId() { return sessionId; }
    public void setSessionId(Long sessionId) { this.sessionId = sessionId; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public List<Attendances.Candidate> getCandidates() { return candidates; }
}
