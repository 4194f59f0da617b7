package fr.marelle.planning.control;

import fr.marelle.planning.entity.SchoolLevel;
import fr.marelle.planning.entity.Site;
import fr.marelle.planning.entity.SiteKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Reading the sites and the school levels (other capabilities use this, e.g. a child's school). */
@ApplicationScoped
public class Sites {

    @PersistenceContext
    EntityManager em;

    public List<Site> active(SiteKind kind) {
        return em.createQuery("select s from Site s where s.active = true and s.kind = :k order by s.name", Site.class)
                .setParameter("k", kind).getResultList();
    }

    public List<Site> schools() {
        return active(SiteKind.SCHOOL);
    }

    public Optional<Site> byId(long id) {
        return Optional.ofNullable(em.find(Site.class, id));
    }

    public List<SchoolLevel> levels() {
        return em.createQuery("select l from SchoolLevel l order by l.position", SchoolLevel.class).getResultList();
    }

    public Optional<SchoolLevel> level(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(SchoolLevel.class, code));
    }
}
