package fr.marelle.attendance.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.attendance.control.MealCounts;
import fr.marelle.planning.control.Sites;
import fr.marelle.planning.entity.Site;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The kitchen's meal counts per school and day with the diets, for a period (default: the coming week). */
@Named
@RequestScoped
public class MealsPage {

    @Inject
    Acting acting;

    @Inject
    MealCounts mealCounts;

    @Inject
    Sites sites;

    @Inject
    LanguageSwitch language;

    @Inject
    Clock clock;

    private String from;
    private String to;
    private Long siteId;
    private List<MealCounts.Row> rows;

    public LocalDate getFromDate() {
        return parse(from, LocalDate.now(clock));
    }

    public LocalDate getToDate() {
        return parse(to, getFromDate().plusDays(6));
    }

    public List<MealCounts.Row> getRows() {
        if (rows == null) {
            try {
                rows = mealCounts.between(acting.require().getId(), getFromDate(), getToDate(), siteId);
            } catch (RuleViolationException e) {
                Feedback.refused(e);
                rows = List.of();
            }
        }
        return rows;
    }

    public MealCounts.Row getTotal() {
        return MealCounts.total(getRows());
    }

    public String dayLabel(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", language.getLocale()).format(day);
    }

    public String getDownloadQuery() {
        return "from=" + getFromDate() + "&to=" + getToDate() + (siteId == null ? "" : "&siteId=" + siteId) + "&lang="
                + URLEncoder.encode(language.getLocale().getLanguage(), StandardCharsets.UTF_8);
    }

    public List<Site> getSchools() {
        return sites.schools();
    }

    private static LocalDate parse(String text, LocalDate fallback) {
        try {
            return text == null || text.isBlank() ? fallback : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
}
