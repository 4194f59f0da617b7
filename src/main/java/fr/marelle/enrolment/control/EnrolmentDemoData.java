package fr.marelle.enrolment.control;

import fr.marelle.enrolment.entity.DocumentKind;
import fr.marelle.enrolment.entity.EnrolmentState;
import fr.marelle.family.control.FamilyDemoData;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.entity.Child;
import fr.marelle.identity.control.Accounts;
import fr.marelle.identity.entity.Account;
import fr.marelle.platform.control.DemoData;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The demo town's school map (its six streets and the parent's, between its three schools) and, for the coming
 * school year, enrolment requests of famille9 to famille12 in each state: submitted, incomplete, accepted,
 * refused and withdrawn. Made through the use cases, so history, audit and mails are as in real life.
 */
@ApplicationScoped
public class EnrolmentDemoData implements DemoData {

    private static final Logger LOG = Logger.getLogger(EnrolmentDemoData.class.getName());

    public static final String MAP = """
            rue;de;à;parité;niveau;école
            rue des Écoles;;;toutes;maternelle;École maternelle Les Tilleuls
            rue des Écoles;;;toutes;élémentaire;École Jules-Ferry
            rue des Tilleuls;;;toutes;maternelle;École maternelle Les Tilleuls
            rue des Tilleuls;;;toutes;élémentaire;École Jules-Ferry
            rue Victor-Hugo;1;59;impairs;maternelle;École maternelle Les Tilleuls
            rue Victor-Hugo;2;60;pairs;maternelle;École Louise-Michel
            rue Victor-Hugo;61;;toutes;maternelle;École Louise-Michel
            rue Victor-Hugo;;;toutes;élémentaire;École Louise-Michel
            rue de la Gare;;;toutes;maternelle;École Louise-Michel
            rue de la Gare;;;toutes;élémentaire;École Louise-Michel
            rue du Moulin;;;toutes;maternelle;École maternelle Les Tilleuls
            rue du Moulin;;;toutes;élémentaire;École Jules-Ferry
            rue Jean-Jaurès;1;60;toutes;maternelle;École maternelle Les Tilleuls
            rue Jean-Jaurès;1;60;toutes;élémentaire;École Jules-Ferry
            rue Jean-Jaurès;61;;toutes;maternelle;École Louise-Michel
            rue Jean-Jaurès;61;;toutes;élémentaire;École Louise-Michel
            rue des Lilas;;;toutes;maternelle;École maternelle Les Tilleuls
            rue des Lilas;;;toutes;élémentaire;École Jules-Ferry
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    SchoolMap map;

    @Inject
    SchoolEnrolments enrolments;

    @Inject
    HouseholdAccess access;

    @Inject
    Accounts accounts;

    @Override
    public int order() {
        return 35;
    }

    @Override
    public void load() {
        Account admin = accounts.byEmail("admin@example.org").orElse(null);
        Account agent = accounts.byEmail("agent@example.org").orElse(null);
        if (admin == null || agent == null || map.entries().size() > 0) {
            return;
        }
        map.replace(admin.getId(), MAP);
        // a withdrawn or refused request leaves the child free for another: three children show the five states
        List<List<EnrolmentState>> perChild = List.of(List.of(EnrolmentState.WITHDRAWN, EnrolmentState.SUBMITTED),
                List.of(EnrolmentState.REFUSED, EnrolmentState.INCOMPLETE), List.of(EnrolmentState.ACCEPTED));
        int made = 0;
        int child = 0;
        for (int f = 9; f <= 12 && child < perChild.size(); f++) {
            Account parent = accounts.byEmail("famille" + f + "@example.net").orElse(null);
            Long household = parent == null ? null : access.householdOf(parent.getId()).orElse(null);
            if (household == null) {
                continue;
            }
            for (Child c : children(household)) {
                if (child == perChild.size() || !enrollable(c, enrolments.comingSchoolYear())) {
                    continue;
                }
                for (EnrolmentState state : perChild.get(child)) {
                    request(parent.getId(), household, c, agent.getId(), state);
                    made++;
                }
                child++;
            }
        }
        int count = made;
        LOG.info(() -> "Demo school map and " + count + " enrolment requests loaded");
    }

    private void request(long parent, long household, Child child, long agent, EnrolmentState state) {
        Map<DocumentKind, byte[]> documents = new EnumMap<>(DocumentKind.class);
        documents.put(DocumentKind.PROOF_OF_ADDRESS, FamilyDemoData.demoPdf());
        documents.put(DocumentKind.FAMILY_RECORD, FamilyDemoData.demoPdf());
        if (state != EnrolmentState.INCOMPLETE) {
            documents.put(DocumentKind.VACCINATION, FamilyDemoData.demoPdf());
        }
        long id = enrolments.submit(parent, household, new SchoolEnrolments.Form(child.getId(), null, null, null), documents)
                .getId();
        switch (state) {
            case INCOMPLETE -> enrolments.decide(agent, id, new SchoolEnrolments.Decision(EnrolmentState.INCOMPLETE, null,
                    DocumentKind.VACCINATION, "Merci d’ajouter la page des vaccinations du carnet de santé."));
            case ACCEPTED -> enrolments.decide(agent, id, new SchoolEnrolments.Decision(EnrolmentState.ACCEPTED, null, null,
                    "Bienvenue ! La réunion de rentrée a lieu la dernière semaine d’août."));
            case REFUSED -> enrolments.decide(agent, id, new SchoolEnrolments.Decision(EnrolmentState.REFUSED, null, null,
                    "L’enfant est déjà inscrit dans une école de la commune pour cette année."));
            case WITHDRAWN -> enrolments.withdraw(parent, household, id);
            default -> {
            }
        }
    }

    private List<Child> children(long household) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select c.id from child c join household_child hc on hc.child_id = c.id"
                + " where hc.household_id = ?1 order by c.birth_date desc, c.id").setParameter(1, household).getResultList();
        return ids.stream().map(id -> em.find(Child.class, id.longValue())).toList();
    }

    private static boolean enrollable(Child child, String schoolYear) {
        List<Violation> violations = new ArrayList<>();
        return SchoolLevelRule.levelFor(child.getBirthDate(), Integer.parseInt(schoolYear.substring(0, 4)), violations) != null;
    }
}
