package fr.marelle.treasury.control;

/** A SIRET (14 digits) whose Luhn key is right; La Poste's establishments (SIREN 356000000) sum their digits instead. */
public final class SiretCheck {

    private static final String LA_POSTE = "356000000";

    private SiretCheck() {
    }

    public static boolean valid(String siret) {
        if (siret == null || !siret.matches("\\d{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE)) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int d = siret.charAt(13 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
