package fr.marelle.legal.control;

import fr.marelle.platform.control.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.Map;

/** Fictitious legal information of the demo town, so that its legal pages show complete. */
@ApplicationScoped
public class LegalDemoData implements DemoData {

    static final Map<LegalField, String> VALUES = new EnumMap<>(Map.ofEntries(
            Map.entry(LegalField.PUBLISHER_NAME, "Commune de Marelle"),
            Map.entry(LegalField.PUBLISHER_ADDRESS, "Hôtel de ville, 1 place de la Mairie, 49000 Marelle"),
            Map.entry(LegalField.PUBLISHER_PHONE, "+33241000000"),
            Map.entry(LegalField.PUBLISHER_SIRET, "21490000000019"),
            Map.entry(LegalField.PUBLICATION_DIRECTOR, "Claire Fontaine, maire de Marelle"),
            Map.entry(LegalField.HOST_NAME, "Hébergeur Exemple SAS"),
            Map.entry(LegalField.HOST_ADDRESS, "10 rue des Serveurs, 75000 Paris"),
            Map.entry(LegalField.HOST_PHONE, "+33100000000"),
            Map.entry(LegalField.DPO_NAME, "Délégué à la protection des données de la commune"),
            Map.entry(LegalField.DPO_EMAIL, "dpo@example.org"),
            Map.entry(LegalField.DPO_ADDRESS, "Délégué à la protection des données, Hôtel de ville, 1 place de la Mairie, 49000 Marelle"),
            Map.entry(LegalField.SUPPORT_EMAIL, "portail-famille@example.org"),
            Map.entry(LegalField.SUPPORT_PHONE, "+33241000001"),
            Map.entry(LegalField.SUPPORT_HOURS, "du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h"),
            Map.entry(LegalField.ACCESSIBILITY_RATE, "78.5"),
            Map.entry(LegalField.ACCESSIBILITY_AUDIT_DATE, "2026-01-15"),
            Map.entry(LegalField.ACCESSIBILITY_AUDITOR, "Audit interne du service numérique (démonstration)"),
            Map.entry(LegalField.ACCESSIBILITY_EXCEPTIONS,
                    "Les factures en PDF ne sont pas encore des PDF balisés ; leur détail est lisible en HTML dans « Factures »."),
            Map.entry(LegalField.ACCESSIBILITY_OUT_OF_SCOPE, "Les documents bureautiques publiés avant le 23 septembre 2018."),
            Map.entry(LegalField.ACCESSIBILITY_PAGES, "Accueil ; connexion ; création de compte ; dossier de la famille ;"
                    + " réservations ; factures et paiement ; mentions légales ; accessibilité."),
            Map.entry(LegalField.ACCESSIBILITY_SCHEME_URL, "https://www.example.org/marelle/schema-accessibilite-2026-2028.pdf"),
            Map.entry(LegalField.ACCESSIBILITY_PLAN_URL, "https://www.example.org/marelle/plan-accessibilite-2026.pdf"),
            Map.entry(LegalField.DECISION_SIGNATORY_NAME, "Julien Marchand"),
            Map.entry(LegalField.DECISION_SIGNATORY_TITLE, "adjoint au maire chargé de l’enfance, par délégation du maire"),
            Map.entry(LegalField.ISSUER_NAME, "Claire Fontaine"),
            Map.entry(LegalField.ISSUER_TITLE, "maire de Marelle"),
            Map.entry(LegalField.APPEAL_COURT, "tribunal administratif de Nantes, 6 allée de l’Île-Gloriette, 44041 Nantes Cedex 01"),
            Map.entry(LegalField.ANSWER_DAYS, "15"),
            Map.entry(LegalField.SILENCE_MEANS, "REJECTION")));

    @Inject
    LegalSettings legalSettings;

    @Override
    public int order() {
        return 5;
    }

    @Override
    public void load() {
        legalSettings.putIfAbsent(VALUES);
    }
}
