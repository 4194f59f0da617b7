package fr.marelle.rooms.control;

import fr.marelle.family.control.HouseholdRules.HouseholdForm;
import fr.marelle.family.control.Households;
import fr.marelle.identity.control.AccountAdministration;
import fr.marelle.identity.control.Accounts;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountType;
import fr.marelle.identity.entity.Role;
import fr.marelle.planning.entity.Site;
import fr.marelle.planning.entity.SiteKind;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.DemoData;
import fr.marelle.rooms.entity.PriceCategory;
import fr.marelle.rooms.entity.RoomPrice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;

/**
 * The demo town's rooms: the Salle des fêtes (resident, association and standard prices, a deposit) and a
 * meeting room of the Maison des associations free for associations; and the association
 * association@example.org (demo password) with a hire request waiting for an agent.
 */
@ApplicationScoped
public class RoomsDemoData implements DemoData {

    public static final String ASSOCIATION_EMAIL = "association@example.org";

    @PersistenceContext
    EntityManager em;

    @Inject
    Rooms rooms;

    @Inject
    RoomHires hires;

    @Inject
    Accounts accounts;

    @Inject
    AccountAdministration administration;

    @Inject
    Households households;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Site hall = em.createQuery("select s from Site s where s.name = 'Salle des fêtes'", Site.class).getResultList()
                .stream().findFirst().orElseGet(() -> persist(new Site("Salle des fêtes", SiteKind.ROOM, "Place de la Mairie", now)));
        Site associations = persist(new Site("Maison des associations", SiteKind.ROOM, "5 rue du Moulin", now));
        var festive = rooms.create(new Rooms.RoomForm(hall.getId(), "Grande salle des fêtes", 250,
                "Scène, sonorisation, cuisine équipée, 30 tables, 250 chaises", LocalTime.of(8, 0), LocalTime.of(23, 30), 14, 365,
                50000, true, false, List.of(new RoomPrice(PriceCategory.STANDARD, 6000, 25000, 45000, 8000),
                new RoomPrice(PriceCategory.RESIDENT, 4000, 15000, 28000, 8000),
                new RoomPrice(PriceCategory.ASSOCIATION, 2000, 7000, 12000, 5000))));
        rooms.create(new Rooms.RoomForm(associations.getId(), "Salle de réunion Lavoisier", 30,
                "Vidéoprojecteur, tableau blanc, wifi", LocalTime.of(9, 0), LocalTime.of(22, 0), 3, 180, 0, true, false,
                List.of(new RoomPrice(PriceCategory.STANDARD, 2500, 8000, null, 0),
                        new RoomPrice(PriceCategory.RESIDENT, 1500, 5000, null, 0),
                        new RoomPrice(PriceCategory.ASSOCIATION, 0, 0, 0, 0))));

        String hash = accounts.byEmail("parent@example.org").map(Account::getPasswordHash).orElseThrow();
        Account association = administration.createActive("Claire", "Moreau", ASSOCIATION_EMAIL, EnumSet.of(Role.PARENT), hash);
        association.setOrganisation(AccountType.ASSOCIATION, "Les Amis de Marelle", "W491234567");
        households.saveMine(association.getId(), new HouseholdForm("Les Amis de Marelle", "5 rue du Moulin", null, "49100",
                "Marelle", "02 41 55 66 77", null, null));
        LocalDate day = LocalDate.now(clock.withZone(ClockProducer.PARIS)).plusDays(30);
        hires.request(association.getId(), festive.getId(), day.atTime(14, 0), day.atTime(22, 0),
                "Loto annuel de l’association", 180);
    }

    private Site persist(Site site) {
        em.persist(site);
        em.flush();
        return site;
    }
}
