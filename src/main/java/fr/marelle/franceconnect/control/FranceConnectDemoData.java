package fr.marelle.franceconnect.control;

import fr.marelle.franceconnect.entity.VerifiedCivilIdentity;
import fr.marelle.identity.control.Accounts;
import fr.marelle.platform.control.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    @Inject
    Accounts accounts;

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void load() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (DemoIdentity identity : IDENTITIES) {
            if (identity.verified()) {
                PivotIdentity p = identity.pivot();
                long accountId = accounts.byEmail(identity.guardian()).orElseThrow().getId();
                VerifiedCivilIdentity verified = new VerifiedCivilIdentity(accountId);
                verified.verify(p.familyName(), p.givenNames(), p.birthdate(), p.gender(), p.birthplace(), p.birthcountry(),
                        VerifiedCivilIdentities.DocumentKind.ID_CARD.name(), "", "Démo", now);
                em.persist(verified);
            }
        }
    }
}
