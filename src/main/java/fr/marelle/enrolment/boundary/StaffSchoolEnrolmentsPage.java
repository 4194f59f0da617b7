package fr.marelle.enrolment.boundary;

import fr.marelle.enrolment.control.SchoolEnrolments;
import fr.marelle.enrolment.entity.DocumentKind;
import fr.marelle.enrolment.entity.EnrolmentState;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.identity.control.Acting;
import fr.marelle.legal.control.LegalMentions;
import fr.marelle.planning.control.Sites;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Staff: the queue of school enrolment requests (by school, level, state and school year, a page at a time, oldest
 * first) and, with {@code id}, one request with its documents, to ask for a document, accept or refuse.
 */
@Named
@ViewScoped
public class StaffSchoolEnrolmentsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    static final String ALL = "ALL";

    @Inject
    Acting acting;

    @Inject
    SchoolEnrolments enrolments;

    @Inject
    Sites sites;

    @Inject
    LegalMentions legalMentions;

    @Inject
    LanguageSwitch language;

    private Long school;
    private String level;
    private String state;
    private String year;
    private int page = 1;
    private Long id;
    private Long assignedSchool;
    private String document;
    private String message;
    private transient SchoolEnrolments.Page found;
    private transient SchoolEnrolments.View view;

    // ------------------------------------------------------------ the queue

    public SchoolEnrolments.Page getFound() {
        if (found == null) {
            found = enrolments.queue(acting.require().getId(), new SchoolEnrolments.Filter(school, blank(level), states(),
                    blank(year)), page, PAGE_SIZE);
        }
        return found;
    }

    private Set<EnrolmentState> states() {
        if (state == null || state.isBlank()) {
            return EnumSet.of(EnrolmentState.SUBMITTED);
        }
        if (ALL.equals(state)) {
            return EnumSet.allOf(EnrolmentState.class);
        }
        try {
            return EnumSet.of(EnrolmentState.valueOf(state));
        } catch (IllegalArgumentException e) {
            return EnumSet.of(EnrolmentState.SUBMITTED);
        }
    }

    public Map<String, String> getStateChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (EnrolmentState s : EnrolmentState.values()) {
            choices.put(Feedback.text("enrolment.state." + s.name()), s.name());
        }
        choices.put(Feedback.text("enrolment.staff.allStates"), ALL);
        return choices;
    }

    public Map<String, Long> getSchoolChoices() {
        Map<String, Long> choices = new LinkedHashMap<>();
        sites.schools().forEach(s -> choices.put(s.getName(), s.getId()));
        return choices;
    }

    public Map<String, String> getLevelChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        sites.levels().stream().filter(l -> !"TPS".equals(l.getCode()))
                .forEach(l -> choices.put(l.label(language.getLocale()), l.getCode()));
        return choices;
    }

    public List<String> getYearChoices() {
        return enrolments.schoolYears();
    }

    public Map<String, String> getDocumentChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (DocumentKind kind : DocumentKind.values()) {
            choices.put(Feedback.text("enrolment.document." + kind.name()), kind.name());
        }
        return choices;
    }

    public String filter() {
        return "/staff/school-enrolments.xhtml?faces-redirect=true" + query(1);
    }

    /** The query string of another page of the same filters. */
    public String query(int pageNo) {
        return "&page=" + pageNo + (school == null ? "" : "&school=" + school) + (blank(level) == null ? "" : "&level=" + level)
                + (state == null || state.isBlank() ? "" : "&state=" + state) + (blank(year) == null ? "" : "&year=" + year);
    }

    public int getPages() {
        return (int) Math.max(1, (getFound().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    // ------------------------------------------------------------ one request

    /** View action: with an id, the request (the not-found page for an unknown one). */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            getView();
            if (assignedSchool == null) {
                var e = view.enrolment();
                assignedSchool = e.getAssignedSiteId() != null ? e.getAssignedSiteId()
                        : e.getWishedSiteId() != null ? e.getWishedSiteId() : e.getProposedSiteId();
            }
        } catch (UnknownRecordException e) {
            Feedback.notFound();
        }
    }

    public SchoolEnrolments.View getView() {
        if (view == null && id != null) {
            view = enrolments.forStaff(acting.require().getId(), id);
        }
        return view;
    }

    public String askDocument() {
        DocumentKind kind = document == null || document.isBlank() ? null : DocumentKind.valueOf(document);
        return decide(new SchoolEnrolments.Decision(EnrolmentState.INCOMPLETE, null, kind, message));
    }

    public String accept() {
        return decide(new SchoolEnrolments.Decision(EnrolmentState.ACCEPTED, assignedSchool, null, message));
    }

    public String refuse() {
        return decide(new SchoolEnrolments.Decision(EnrolmentState.REFUSED, null, null, message));
    }

    private String decide(SchoolEnrolments.Decision decision) {
        try {
            enrolments.decide(acting.require().getId(), id, decision);
            Feedback.infoAfterRedirect("enrolment.staff.decided");
            return "/staff/school-enrolments.xhtml?faces-redirect=true&id=" + id;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String levelText(String code) {
        return sites.level(code).map(l -> l.label(language.getLocale())).orElse(code);
    }

    public List<String> appealRoutes() {
        return legalMentions.decision(language.getLocale(), getView().enrolment().getDecisionSignatory());
    }

    public String documentText(DocumentKind kind) {
        return Feedback.text("enrolment.document." + kind.name());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public Long getSchool() { return school; }
    public void setSchool(Long school) { this.school = school; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(1, page); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getAssignedSchool() { return assignedSchool; }
    public void setAssignedSchool(Long assignedSchool) { this.assignedSchool = assignedSchool; }
    public String getDocument() { return document; }
    public void setDocument(String document) { this.document = document; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
}
