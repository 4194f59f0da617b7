package fr.marelle.planning.control;

import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Role;
import fr.marelle.audit.control.AuditTrail;
import fr.marelle.planning.entity.SchoolHoliday;
import fr.marelle.planning.entity.SchoolYear;
import fr.marelle.planning.entity.SchoolZone;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The school calendar in the database: the file shipped with the portal is imported at start-up
 * (only the school years not there yet), and an administrator can import a newer file of the
 * same format, which replaces the years it contains.
 */
@ApplicationScoped
public class PlanningCalendar {

    public static final String SHIPPED = "/calendar/fr-en-calendrier-scolaire.csv";
    private static final Logger LOG = Logger.getLogger(PlanningCalendar.class.getName());

    /** What an import did. */
    public record ImportReport(int rowsRead, int rowsUsed, int yearsAdded, int yearsReplaced, int holidaysStored) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "marelle.school-zone", defaultValue = "C")
    String zoneSetting;

    /** The town's zone (setting MARELLE_SCHOOL_ZONE: A, B or C). */
    public SchoolZone zone() {
        return SchoolZone.parse(zoneSetting).orElse(SchoolZone.C);
    }

    /** After the migrations (run by the platform's start-up at default priority). */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 600)
                 @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            ImportReport report = importShippedIfMissing();
            if (report.yearsAdded() > 0) {
                LOG.info(() -> "School calendar: " + report.yearsAdded() + " school years imported from the shipped file");
            }
        } catch (RuntimeException e) {
            LOG.severe("School calendar not imported: " + e);
        }
    }

    public SchoolCalendar load() {
        List<SchoolCalendar.Year> years = em.createQuery("select y from SchoolYear y", SchoolYear.class).getResultList().stream()
                .map(y -> new SchoolCalendar.Year(y.getZone(), y.getLabel(), y.getFirstDay(), y.getLastDay())).toList();
        List<SchoolCalendar.Holiday> holidays = em.createQuery("select h from SchoolHoliday h", SchoolHoliday.class).getResultList()
                .stream().map(h -> new SchoolCalendar.Holiday(h.getZone(), h.getSchoolYear(), h.getDescription(),
                        h.getFirstDay(), h.getLastDay())).toList();
        return new SchoolCalendar(years, holidays);
    }

    @Transactional
    public ImportReport importShippedIfMissing() {
        try (InputStream in = PlanningCalendar.class.getResourceAsStream(SHIPPED)) {
            return store(SchoolCalendarFile.parse(in.readAllBytes()), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An administrator's upload: all or nothing; the school years in the file replace the stored ones. */
    @Transactional
    public ImportReport importFile(byte[] content) {
        acting.requireRoleUnlessSystem(Role.ADMIN);
        ImportReport report = store(SchoolCalendarFile.parse(content), true);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("rowsRead", report.rowsRead());
        after.put("yearsAdded", report.yearsAdded());
        after.put("yearsReplaced", report.yearsReplaced());
        after.put("holidays", report.holidaysStored());
        audit.record("planning.calendar.import", "school_calendar", null, null, after);
        return report;
    }

    private ImportReport store(SchoolCalendarFile.Parsed parsed, boolean replace) {
        Set<String> stored = new HashSet<>();
        for (SchoolYear y : em.createQuery("select y from SchoolYear y", SchoolYear.class).getResultList()) {
            stored.add(y.getZone() + "|" + y.getLabel());
        }
        Set<String> inFile = new HashSet<>();
        parsed.calendar().years().forEach(y -> inFile.add(y.zone() + "|" + y.label()));
        parsed.calendar().holidays().forEach(h -> inFile.add(h.zone() + "|" + h.schoolYear()));
        int added = 0;
        int replaced = 0;
        int holidays = 0;
        for (String key : inFile) {
            boolean exists = stored.contains(key);
            if (exists && !replace) {
                continue;
            }
            String[] k = key.split("\\|");
            SchoolZone zone = SchoolZone.valueOf(k[0]);
            if (exists) {
                em.createQuery("delete from SchoolYear y where y.zone = :z and y.label = :l")
                        .setParameter("z", zone).setParameter("l", k[1]).executeUpdate();
                replaced++;
            }
            em.createQuery("delete from SchoolHoliday h where h.zone = :z and h.schoolYear = :l")
                    .setParameter("z", zone).setParameter("l", k[1]).executeUpdate();
            var year = parsed.calendar().year(zone, k[1]);
            if (year.isPresent()) {
                em.persist(new SchoolYear(zone, k[1], year.get().firstDay(), year.get().lastDay()));
                if (!exists) {
                    added++;
                }
            }
            for (SchoolCalendar.Holiday h : parsed.calendar().holidays()) {
                if (h.zone() == zone && h.schoolYear().equals(k[1])) {
                    em.persist(new SchoolHoliday(zone, h.schoolYear(), h.description(), h.firstDay(), h.lastDay()));
                    holidays++;
                }
            }
        }
        return new ImportReport(parsed.rowsRead(), parsed.rowsUsed(), added, replaced, holidays);
    }
}
