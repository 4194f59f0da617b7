package fr.marelle.enrolment.control;

import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.platform.control.SpreadsheetCsv;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The numbers of a school year per school and level, so that the town plans its classes: the children accepted,
 * and those whose request still waits (counted at the school they would go to: wished, else proposed).
 */
@ApplicationScoped
public class EnrolmentNumbers {

    /** One school and level; {@code school} is null for requests with no school yet. */
    public record Row(String school, String levelCode, String level, int position, long accepted, long pending) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    /** By school name, then level in school order. */
    public List<Row> of(long actorId, String schoolYear, java.util.Locale locale) {
        access.requirePlanningStaff(actorId);
        String label = "en".equals(locale.getLanguage()) ? "l.label_en" : "l.label_fr";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.name, e.level_code, " + label + ", l.position,"
                        + " count(*) filter (where e.state = 'ACCEPTED'),"
                        + " count(*) filter (where e.state in ('SUBMITTED', 'INCOMPLETE'))"
                        + " from school_enrolment e join school_level l on l.code = e.level_code"
                        + " left join site s on s.id = coalesce(e.assigned_site_id, e.wished_site_id, e.proposed_site_id)"
                        + " where e.school_year = ?1 and e.state in ('ACCEPTED', 'SUBMITTED', 'INCOMPLETE')"
                        + " group by s.name, e.level_code, " + label + ", l.position order by s.name nulls last, l.position")
                .setParameter(1, schoolYear).getResultList();
        return rows.stream().map(r -> new Row((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue())).toList();
    }

    /** The same as a spreadsheet file. */
    public String csv(long actorId, String schoolYear, java.util.Locale locale, List<String> headers, String noSchool) {
        return SpreadsheetCsv.of(headers, of(actorId, schoolYear, locale).stream()
                .map(r -> List.<Object>of(schoolYear, r.school() == null ? noSchool : r.school(), r.level(), r.accepted(),
                        r.pending())).toList());
    }
}
