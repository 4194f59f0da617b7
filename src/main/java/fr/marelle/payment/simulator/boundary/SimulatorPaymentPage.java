package fr.marelle.payment.simulator.boundary;

import fr.marelle.payment.control.PayfipEnvelopes;
import fr.marelle.payment.simulator.control.PayerChoice;
import fr.marelle.payment.simulator.control.SimulatedOperation;

/**
 * The simulated PayFiP payment page, written as plain escaped HTML (it stands for the provider's
 * own site, so it does not use the portal's layout, and it is in French only, as PayFiP is).
 * Accessible: landmarks, one h1, grouped and labelled radio buttons, visible focus, keyboard only.
 */
final class SimulatorPaymentPage {

    private SimulatorPaymentPage() {
    }

    static String form(SimulatedOperation op, String town) {
        StringBuilder b = head("Paiement de votre facture");
        b.append("<dl>")
                .append(item("Collectivité", town + " (client PayFiP " + op.numcli() + ")"))
                .append(item("Référence", op.refdet()))
                .append(item("Objet", op.objet()))
                .append(item("Montant", euros(op.montant())))
                .append(item("Adresse électronique", op.mel()))
                .append("</dl>");
        b.append("<form method=\"post\" action=\"paiementws.web\">")
                .append("<input type=\"hidden\" name=\"idop\" value=\"").append(e(op.idOp())).append("\">");
        b.append("<fieldset><legend>Résultat du paiement</legend>")
                .append(radio("resultat", "CARD", "resultat-carte", "Payé par carte bancaire", true))
                .append(radio("resultat", "DIRECT_DEBIT", "resultat-prelevement", "Payé par prélèvement SEPA", false))
                .append(radio("resultat", "REFUSED", "resultat-refuse", "Paiement par carte refusé", false))
                .append(radio("resultat", "DIRECT_DEBIT_REFUSED", "resultat-prelevement-refuse", "Prélèvement SEPA refusé", false))
                .append(radio("resultat", "ABANDONED", "resultat-abandon", "Paiement abandonné par le payeur", false))
                .append("</fieldset>");
        b.append("<fieldset><legend>Notification envoyée au portail</legend>")
                .append(radio("notification", "NOW", "notification-immediate", "Tout de suite", true))
                .append(radio("notification", "DELAYED", "notification-retardee", "Retardée du nombre de secondes ci-dessous", false))
                .append(radio("notification", "DROPPED", "notification-perdue", "Jamais envoyée (perdue)", false))
                .append("<p class=\"field\"><label for=\"delai\">Retard de la notification, en secondes (0 à ")
                .append(PayerChoice.MAX_DELAY_SECONDS).append(")</label>")
                .append("<input type=\"number\" id=\"delai\" name=\"delai\" min=\"0\" max=\"")
                .append(PayerChoice.MAX_DELAY_SECONDS).append("\" value=\"30\" inputmode=\"numeric\"></p>")
                .append("</fieldset>");
        b.append("<fieldset><legend>Réponses du service de paiement</legend>")
                .append("<p class=\"field\"><label for=\"sans-resultat\">Répondre « résultat pas encore connu » (P5)"
                        + " aux prochaines demandes de résultat, combien de fois (0 à ")
                .append(PayerChoice.MAX_NO_RESULT).append(")</label>")
                .append("<input type=\"number\" id=\"sans-resultat\" name=\"sansresultat\" min=\"0\" max=\"")
                .append(PayerChoice.MAX_NO_RESULT).append("\" value=\"0\" inputmode=\"numeric\"></p>")
                .append("</fieldset>");
        b.append("<p><button type=\"submit\" id=\"valider\">Valider et revenir sur le portail</button></p></form>");
        return tail(b);
    }

    static String message(String title, String text) {
        StringBuilder b = head(title);
        b.append("<p>").append(e(text)).append("</p>");
        return tail(b);
    }

    private static StringBuilder head(String title) {
        return new StringBuilder(4096).append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(e(title)).append(" – Simulateur PayFiP</title><style>")
                .append("body{font-family:system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0;line-height:1.5}")
                .append("header{background:#000091;color:#fff;padding:.75rem 1rem}header p{margin:0;font-weight:bold}")
                .append("main{max-width:40rem;margin:0 auto;padding:1rem}")
                .append("dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0}")
                .append("fieldset{border:1px solid #666;margin:1rem 0;padding:.5rem 1rem}legend{font-weight:bold;padding:0 .25rem}")
                .append(".choice{margin:.35rem 0}.field label{display:block;margin-top:.5rem}")
                .append("input[type=number]{font:inherit;padding:.25rem;border:1px solid #555;width:8rem}")
                .append("button{font:inherit;background:#000091;color:#fff;border:0;padding:.6rem 1.2rem;cursor:pointer}")
                .append(":focus-visible{outline:3px solid #c35600;outline-offset:2px}")
                .append("</style></head><body><header><p>Simulateur PayFiP — environnement de test, aucun paiement réel</p></header>")
                .append("<main id=\"main\"><h1>").append(e(title)).append("</h1>");
    }

    private static String tail(StringBuilder b) {
        return b.append("</main></body></html>").toString();
    }

    private static String item(String term, String value) {
        return "<dt>" + e(term) + "</dt><dd>" + e(value) + "</dd>";
    }

    private static String radio(String name, String value, String id, String label, boolean checked) {
        return "<div class=\"choice\"><input type=\"radio\" name=\"" + name + "\" value=\"" + value + "\" id=\"" + id + "\""
                + (checked ? " checked" : "") + "><label for=\"" + id + "\"> " + e(label) + "</label></div>";
    }

    /** 4250 → "42,50 €" (no floating point). */
    static String euros(long cents) {
        return String.format("%d,%02d\u00a0€", cents / 100, cents % 100);
    }

    private static String e(String s) {
        return PayfipEnvelopes.escape(s);
    }
}
