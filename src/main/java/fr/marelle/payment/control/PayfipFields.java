package fr.marelle.payment.control;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The limits PayFiP puts on the fields of {@code creerPaiementSecurise}, checked before sending so
 * that a bad request is refused here with a clear code instead of by a fault: refdet 6–30 ASCII
 * letters or digits, montant 100 to 10,000,000 cents, mel 6–80 characters, numcli 6 digits, and
 * objet reduced to what PayFiP accepts (ASCII letters, digits and spaces, at most 100).
 * The codes of the refusals start with "MARELLE_" so they cannot be taken for PayFiP's.
 */
public final class PayfipFields {

    public static final long MIN_AMOUNT_CENTS = 100;
    public static final long MAX_AMOUNT_CENTS = 10_000_000;
    public static final int MAX_OBJET = 100;

    private static final Pattern REFDET = Pattern.compile("[A-Za-z0-9]{6,30}");
    private static final Pattern NUMCLI = Pattern.compile("[0-9]{6}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9 ]+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private PayfipFields() {
    }

    /** The request as PayFiP will take it (objet normalised), or a REFUSED exception naming the field. */
    public static OperationRequest checked(OperationRequest request) throws ProviderException {
        if (request.clientNumber() == null || !NUMCLI.matcher(request.clientNumber()).matches()) {
            throw refused("MARELLE_NUMCLI", "numéro client PayFiP invalide (6 chiffres)", request.clientNumber());
        }
        if (request.reference() == null || !REFDET.matcher(request.reference()).matches()) {
            throw refused("MARELLE_REFDET", "référence invalide (6 à 30 lettres ou chiffres)", request.reference());
        }
        if (request.amountCents() < MIN_AMOUNT_CENTS || request.amountCents() > MAX_AMOUNT_CENTS) {
            throw refused("MARELLE_MONTANT", "montant hors des limites de PayFiP (1 € à 100 000 €)",
                    String.valueOf(request.amountCents()));
        }
        String mel = request.payerEmail() == null ? "" : request.payerEmail().strip();
        if (mel.length() < 6 || mel.length() > 80 || mel.indexOf('@') < 1) {
            throw refused("MARELLE_MEL", "adresse e-mail refusée par PayFiP (6 à 80 caractères)", mel);
        }
        if (request.year() < 2000 || request.year() > 2999) {
            throw refused("MARELLE_EXER", "exercice invalide", String.valueOf(request.year()));
        }
        if (request.notificationUrl() == null || request.returnUrl() == null) {
            throw refused("MARELLE_URL", "adresse de notification ou de retour manquante", null);
        }
        return new OperationRequest(request.clientNumber(), request.reference(), request.year(),
                objet(request.label()), request.amountCents(), mel, request.notificationUrl(), request.returnUrl());
    }

    /** "Cantine février – Léa" → "Cantine fevrier Lea": accents dropped, other signs become spaces, ≤ 100. */
    public static String objet(String label) {
        if (label == null) {
            return "";
        }
        String s = label.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = NOT_ALLOWED.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return s.length() <= MAX_OBJET ? s : s.substring(0, MAX_OBJET).stripTrailing();
    }

    public static boolean validReference(String refdet) {
        return refdet != null && REFDET.matcher(refdet).matches();
    }

    private static ProviderException refused(String code, String label, String value) {
        return new ProviderException(ProviderException.Kind.REFUSED, code, label,
                "not sent to PayFiP: " + label + " (" + value + ")");
    }
}
