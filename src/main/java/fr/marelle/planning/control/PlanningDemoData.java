package fr.marelle.planning.control;

import fr.marelle.planning.entity.Site;
import fr.marelle.planning.entity.SiteKind;
import fr.marelle.platform.control.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.OffsetDateTime;

/** The demo town's schools, leisure centre and hall. */
@ApplicationScoped
public class PlanningDemoData implements DemoData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.persist(new Site("École Jules-Ferry", SiteKind.SCHOOL, "12 rue des Écoles", now));
        em.persist(new Site("École Louise-Michel", SiteKind.SCHOOL, "3 avenue de la République", now));
        em.persist(new Site("École maternelle Les Tilleuls", SiteKind.SCHOOL, "8 allée des Tilleuls", now));
        em.persist(new Site("Centre de loisirs La Marelle", SiteKind.LEISURE_CENTRE, "1 chemin du Parc", now));
        em.persist(new Site("Salle des fêtes", SiteKind.ROOM, "Place de la Mairie", now));
    }
}
