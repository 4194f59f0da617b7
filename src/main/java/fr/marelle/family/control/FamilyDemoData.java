package fr.marelle.family.control;

import fr.marelle.family.control.HouseholdRules.ChildForm;
import fr.marelle.family.control.HouseholdRules.HouseholdForm;
import fr.marelle.family.control.HouseholdRules.PickupForm;
import fr.marelle.family.control.HouseholdRules.QuotientForm;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.Diet;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.control.Accounts;
import fr.marelle.identity.entity.Account;
import fr.marelle.planning.control.Sites;
import fr.marelle.planning.entity.Site;
import fr.marelle.platform.control.DemoData;
import fr.marelle.platform.control.Settings;
import fr.marelle.terms.control.TermsVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo town's families: Camille Martin's household (parent@example.org) with two children,
 * two pick-up persons and a pending family quotient, made through the use cases; and a few
 * hundred other households written by a handful of set-based SQL statements, so that the staff
 * search has something to find without slowing the start-up.
 */
@ApplicationScoped
public class FamilyDemoData implements DemoData {

    /** Other demo households: famille1@example.net ... with the demo password. */
    public static final int OTHER_HOUSEHOLDS = 400;
    public static final String DEMO_POSTCODES = "49100, 49000";

    private static final Logger LOG = Logger.getLogger(FamilyDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Households households;

    @Inject
    Children children;

    @Inject
    FamilyQuotients quotients;

    @Inject
    Sites sites;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    TermsVersions terms;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        long start = System.nanoTime();
        settings.put(Households.RESIDENT_POSTCODES, DEMO_POSTCODES);
        Account parent = accounts.byEmail("parent@example.org").orElseThrow();
        long id = parent.getId();
        LocalDate today = LocalDate.now(clock);
        List<Site> schools = sites.schools();
        Long elementary = schools.stream().filter(s -> s.getName().contains("Jules")).map(Site::getId).findFirst()
                .orElse(schools.isEmpty() ? null : schools.get(0).getId());
        Long nursery = schools.stream().filter(s -> s.getName().contains("Tilleuls")).map(Site::getId).findFirst()
                .orElse(elementary);

        Household household = households.saveMine(id, new HouseholdForm("Martin", "12 rue des Lilas", null, "49100",
                "Marelle", "06 12 34 56 78", "02 41 00 00 00", null));
        Child lea = children.add(id, household.getId(), new ChildForm("Léa", "Martin", today.minusYears(8).minusDays(40),
                "F", elementary, "CE2", Diet.NO_PORK, null, "Arachide", true, "Dr Hélène Roux", "02 41 12 34 56", true));
        children.add(id, household.getId(), new ChildForm("Hugo", "Martin", today.minusYears(4).minusDays(100), "M",
                nursery, "MS", Diet.NONE, null, null, false, "Dr Hélène Roux", "02 41 12 34 56", false));
        children.addPickup(id, household.getId(), lea.getId(), new PickupForm("Monique", "Martin", "grand-mère",
                "06 98 76 54 32", null, true, true, false, null));
        children.addPickup(id, household.getId(), lea.getId(), new PickupForm("Thomas", "Petit", "voisin",
                "07 81 22 33 44", null, true, false, false, "Seulement le mercredi"));
        quotients.submit(id, household.getId(), new QuotientForm(850, today.withDayOfYear(1),
                today.withDayOfYear(1).plusYears(1).minusDays(1)), demoPdf());

        int others = otherHouseholds(parent.getPasswordHash(), elementary, nursery);
        LOG.info(() -> "Demo households loaded: 1 + " + others + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /** Set-based inserts: accounts, roles, households, guardians, children, links, search texts. */
    private int otherHouseholds(String passwordHash, Long elementary, Long nursery) {
        // every instant and day comes from the portal's clock, never the database's
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        String lastNames = "array['Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau',"
                + "'Simon','Laurent','Lefèbvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier','Morel',"
                + "'Girard','André','Lefèvre','Mercier','Dupont','Lambert','Bonnet','François','Martinez','Legrand',"
                + "'Garnier','Faure','Rousseau','Blanc','Guérin','Muller','Henry','Roussel','Nicolas','Perrin','Mathieu',"
                + "'Clément','Gauthier','Dumont','Lopez','Fontaine','Chevalier','Robin','Masson','Sanchez','N''Diaye',"
                + "'Benali','Nguyen','Da Silva','Le Gall','Kerjean','Besnard','Chauvière','Péron','Cœur']";
        String firstNames = "array['Élodie','Hélène','Julien','Mathieu','Chloé','Léa','Noémie','Jérôme','Amélie',"
                + "'Benoît','Zoé','Inès','Gaëlle','Loïc','Théo','Maëlle','Raphaël','Anaïs','Céline','Sébastien','Karim',"
                + "'Fatou','Yasmine','Nicolas','Aurélie','Stéphane','Mélanie','François','Agnès','Grégoire']";
        String childNames = "array['Lucas','Emma','Jade','Louis','Gabriel','Léo','Chloé','Inès','Adam','Lina','Raphaël',"
                + "'Maël','Noé','Zoé','Héloïse','Anaël','Éléonore','Timéo','Capucine','Côme','Aïcha','Ilyès','Maïwenn','Noah']";
        int n = OTHER_HOUSEHOLDS;
        em.createNativeQuery("insert into account (email, first_name, last_name, password_hash, status, language,"
                        + " terms_version, terms_accepted_at, activated_at, created_at)"
                        + " select 'famille' || g || '@example.net', (" + firstNames + ")[1 + (g * 7) % 30],"
                        + " (" + lastNames + ")[1 + g % 60], ?1, 'ACTIVE', case when g % 10 = 0 then 'en' else 'fr' end,"
                        + " ?4, ?3, ?3, ?3 from generate_series(1, ?2) g")
                .setParameter(1, passwordHash).setParameter(2, n).setParameter(3, now).setParameter(4, terms.currentLabel())
                .executeUpdate();
        em.createNativeQuery("insert into account_role (account_id, role) select id, 'PARENT' from account"
                + " where email like 'famille%@example.net'").executeUpdate();
        em.createNativeQuery("insert into household (name, address_line1, postcode, city, phone, billing_account_id, created_at)"
                + " select a.last_name, (1 + a.id % 120) || ' rue ' || (array['des Écoles','Victor-Hugo','de la Gare',"
                + "'du Moulin','Jean-Jaurès','des Tilleuls'])[1 + a.id % 6],"
                + " case when a.id % 7 = 0 then '49300' else '49100' end,"
                + " case when a.id % 7 = 0 then 'Cholet' else 'Marelle' end,"
                + " '+336' || lpad((10000000 + a.id * 7919 % 89999999)::text, 8, '0'), a.id, ?1"
                + " from account a where a.email like 'famille%@example.net'").setParameter(1, now).executeUpdate();
        em.createNativeQuery("insert into guardian (account_id, household_id, joined_at) select billing_account_id, id, ?1"
                + " from household where billing_account_id in (select id from account where email like 'famille%@example.net')")
                .setParameter(1, now).executeUpdate();
        // one to three children per household; child ids are drawn first so the links can be written after
        em.createNativeQuery("create temporary table demo_child on commit drop as"
                        + " select nextval(pg_get_serial_sequence('child', 'id')) as child_id, h.id as household_id, h.name,"
                        + " k from household h join account a on a.id = h.billing_account_id,"
                        + " generate_series(1, 1 + (h.id % 3)::int) k where a.email like 'famille%@example.net'")
                .executeUpdate();
        em.createNativeQuery("insert into child (id, first_name, last_name, birth_date, sex, school_site_id, level_code,"
                        + " diet, pai, photo_consent, created_at)"
                        + " select d.child_id, (" + childNames + ")[1 + (d.child_id * 5) % 24], d.name,"
                        + " cast(?3 as date) - ((3 + (d.child_id % 8)) * 365 + d.child_id % 300)::int,"
                        + " case when d.child_id % 2 = 0 then 'F' else 'M' end,"
                        + " case when d.child_id % 8 < 3 then ?1 else ?2 end,"
                        + " (array['PS','MS','GS','CP','CE1','CE2','CM1','CM2'])[1 + d.child_id % 8],"
                        + " (array['NONE','NONE','NONE','NO_PORK','VEGETARIAN','NO_MEAT'])[1 + d.child_id % 6],"
                        + " d.child_id % 17 = 0, d.child_id % 3 <> 0, ?4 from demo_child d")
                .setParameter(1, nursery).setParameter(2, elementary).setParameter(3, today).setParameter(4, now).executeUpdate();
        em.createNativeQuery("insert into household_child (household_id, child_id, linked_at) select household_id, child_id, ?1"
                + " from demo_child").setParameter(1, now).executeUpdate();
        return em.createNativeQuery("update household set search_text = household_search_text(id)"
                + " where billing_account_id in (select id from account where email like 'famille%@example.net')")
                .executeUpdate();
    }

    /** A small valid PDF standing for the family-allowance certificate. */
    public static byte[] demoPdf() {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }
}
