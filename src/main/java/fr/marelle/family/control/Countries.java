package fr.marelle.family.control;

import java.util.List;
import java.util.Optional;

/**
 * The countries a household may live in outside France, by their INSEE code (the code the PES file's
 * CodPays carries). A short list of the neighbouring and most frequent countries; the full list is INSEE's
 * "Code officiel géographique – pays et territoires étrangers" (https://www.insee.fr/fr/information/2028273),
 * from which more codes can be added here (names go in the bundles as {@code country.<code>}).
 */
public final class Countries {

    /** France's own INSEE code: accepted as input, stored as "no country" (null). */
    public static final String FRANCE = "99100";

    /** In the order the form lists them (neighbours first). */
    public static final List<String> ABROAD = List.of(
            "99131", // Belgique
            "99140", // Suisse
            "99137", // Luxembourg
            "99109", // Allemagne
            "99127", // Italie
            "99134", // Espagne
            "99139", // Portugal
            "99132", // Royaume-Uni
            "99135", // Pays-Bas
            "99138", // Monaco
            "99130", // Andorre
            "99350", // Maroc
            "99352", // Algérie
            "99351"); // Tunisie

    private Countries() {
    }

    /** Whether the code names France (blank or 99100) or a listed country. */
    public static boolean known(String code) {
        String stored = stored(code);
        return stored == null || ABROAD.contains(stored);
    }

    /** The code as stored: null for France (blank or 99100), else the code trimmed. */
    public static String stored(String code) {
        String c = code == null ? "" : code.strip();
        return c.isEmpty() || c.equals(FRANCE) ? null : c;
    }
}
