package fr.marelle.planning.boundary;

import fr.marelle.planning.control.Activities;
import fr.marelle.planning.control.PlanningDashboard;
import fr.marelle.planning.entity.Site;
import fr.marelle.platform.boundary.LanguageSwitch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Planning staff: the week's sessions per activity, with fill rates, filtered by site, exported as CSV. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    PlanningDashboard dashboard;

    @Inject
    Activities activities;

    @Inject
    LanguageSwitch language;

    @Inject
    java.time.Clock clock;

    private String week;
    private Long siteId;
    private List<PlanningDashboard.Row> rows;
    private String rowsKey;

    public LocalDate getMonday() {
        LocalDate d = FormInputs.date(week, "week", new ArrayList<>());
        return PlanningDashboard.monday(d == null ? LocalDate.now(clock) : d);
    }

    /** Read again when the week or site changed (a postback asks before the form's values are applied). */
    public List<PlanningDashboard.Row> getRows() {
        String key = getMonday() + "/" + siteId;
        if (!key.equals(rowsKey)) {
            rows = dashboard.week(getMonday(), siteId);
            rowsKey = key;
        }
        return rows;
    }

    public String getCsvQuery() {
        return "week=" + getMonday() + (siteId == null ? "" : "&siteId=" + siteId) + "&lang="
                + URLEncoder.encode(language.getLocale().getLanguage(), StandardCharsets.UTF_8);
    }

    public String getPreviousWeek() { return getMonday().minusWeeks(1).toString(); }
    public String getNextWeek() { return getMonday().plusWeeks(1).toString(); }
    public List<Site> getSites() { return activities.allSites(); }
    public String getWeek() { return week; }
    public void setWeek(String week) { this.week = week; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
}
