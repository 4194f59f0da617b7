package fr.marelle.enrolment.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.enrolment.control.SchoolMapRules.Line;
import fr.marelle.enrolment.entity.SchoolMapEntry;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.planning.control.Sites;
import fr.marelle.planning.entity.Site;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The school map (sectorisation) the administrator keeps: replaced whole by a CSV import, all or nothing, and
 * read to propose the school of a household's address.
 */
@ApplicationScoped
public class SchoolMap {

    /** What an import did. */
    public record ImportReport(int lines, int before) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    @Inject
    Sites sites;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The map, by street then cycle and numbers. */
    public List<SchoolMapEntry> entries() {
        return em.createQuery("select e from SchoolMapEntry e order by e.streetKey, e.cycle, e.numberFrom, e.id",
                SchoolMapEntry.class).getResultList();
    }

    /**
     * Replaces the map by the file's lines. A wrong line (columns, numbers, parity, level, unknown school, an
     * overlap sending an address to two schools) refuses the whole file with every wrong line named.
     */
    @Transactional
    public ImportReport replace(long actorId, String csv) {
        access.requireAdmin(actorId);
        Map<String, Long> schools = new HashMap<>();
        for (Site school : sites.schools()) {
            schools.put(StreetAddress.fold(school.getName()), school.getId());
        }
        List<Violation> violations = new ArrayList<>();
        List<Line> lines = SchoolMapRules.read(csv, schools, violations);
        RuleViolationException.throwIfAny(violations);
        int before = em.createNativeQuery("delete from school_map_entry").executeUpdate();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Line line : lines) {
            em.persist(new SchoolMapEntry(line.street(), line.streetKey(), line.from(), line.to(), line.parity(),
                    line.cycle(), line.siteId(), line.lineNo(), now));
        }
        audit.record("SCHOOL_MAP_IMPORTED", "school_map", null, Map.of("lines", before), Map.of("lines", lines.size()));
        return new ImportReport(lines.size(), before);
    }

    /** The school the map gives an address for a level's cycle; empty when the map does not know the address. */
    public Optional<Long> schoolFor(String addressLine, String cycle) {
        StreetAddress address = StreetAddress.parse(addressLine);
        if (address.streetKey().isEmpty()) {
            return Optional.empty();
        }
        List<Line> street = em.createQuery("select e from SchoolMapEntry e where e.streetKey = :k and e.cycle = :c",
                        SchoolMapEntry.class).setParameter("k", address.streetKey()).setParameter("c", cycle)
                .getResultStream().map(SchoolMap::line).toList();
        return SchoolMapRules.schoolFor(address, cycle, street);
    }

    static Line line(SchoolMapEntry e) {
        return new Line(e.getLineNo(), e.getStreet(), e.getStreetKey(), e.getNumberFrom(), e.getNumberTo(), e.getParity(),
                e.getCycle(), e.getSiteId());
    }
}
