package fr.marelle.franceconnect.control;

import fr.marelle.platform.control.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

/**
 * The people of the demo FranceConnect (the local provider the run command starts, see the README):
 * one whose civil identity the town verified (famille37's guardian: signed in and linked at once, on
 * the pivot), one the portal knows by name only (famille38's guardian: signs in once with the password
 * to link) and one the portal does not know (creates an account, prefilled). The verified identity is
 * demo data; the names are those the demo town gives famille37 and famille38.
 */
@ApplicationScoped
public class FranceConnectDemoData implements DemoData {

    /** A person of the demo FranceConnect; {@code guardian} is the demo account they are, or null. */
    public record DemoIdentity(String sub, PivotIdentity pivot, String email, String guardian, boolean verified,
                               String whatHappens) {

        /** The claims FranceConnect v2 gives for the scopes {@code openid identite_pivot email}. */
        public Map<String, Object> claims() {
            Map<String, Object> claims = new LinkedHashMap<>(pivot.snapshot());
            claims.put("email", email);
            return claims;
        }
    }

    public static final List<DemoIdentity> IDENTITIES = List.of(
            new DemoIdentity("d3m0" + "0".repeat(56) + "0037v1",
                    new PivotIdentity("ROUSSEL", "Sébastien Paul", LocalDate.of(1984, 6, 21), "male", "49007", PivotIdentity.FRANCE),
                    "sebastien.roussel@example.net", "famille37@example.net", true,
                    "identité vérifiée par la mairie : connecté et lié tout de suite / verified identity: signed in and linked at once"),
            new DemoIdentity("d3m0" + "0".repeat(56) + "0038v1",
                    new PivotIdentity("NICOLAS", "Mélanie Claire", LocalDate.of(1988, 2, 9), "female", "49328", PivotIdentity.FRANCE),
                    "melanie.nicolas@example.net", "famille38@example.net", false,
                    "connue par son nom seulement : se connecter une fois avec famille38@example.net pour lier / known by name only: sign in once as famille38@example.net to link"),
            new DemoIdentity("d3m0" + "0".repeat(56) + "0000v1",
                    new PivotIdentity("LEMAIRE", "Anaïs Louise", LocalDate.of(1991, 11, 3), "female", "", "99131"),
                    "anais.lemaire@example.net", null, false,
                    "inconnue du portail : créer son compte, prérempli / unknown to the portal: create an account, prefilled"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void load() {
        for (DemoIdentity identity : IDENTITIES) {
            if (identity.verified()) {
                PivotIdentity p = identity.pivot();
                em.createNativeQuery("insert into verified_civil_identity (account_id, family_name, given_names, birthdate, gender,"
                                + " birthplace, birthcountry, verified_at, verified_by, document_kind)"
                                + " select id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'Démo', 'ID_CARD' from account where email = ?1")
                        .setParameter(1, identity.guardian()).setParameter(2, p.familyName()).setParameter(3, p.givenNames())
                        .setParameter(4, Date.valueOf(p.birthdate())).setParameter(5, p.gender()).setParameter(6, p.birthplace())
                        .setParameter(7, p.birthcountry()).setParameter(8, OffsetDateTime.now(clock)).executeUpdate();
            }
        }
    }
}
