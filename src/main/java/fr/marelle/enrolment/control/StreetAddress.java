package fr.marelle.enrolment.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A household's first address line read as a house number and a street, with the street folded so that the ways
 * families and the town write it meet: "12 bis, Av. Victor Hugo" and "avenue Victor-Hugo" have the same key.
 */
public record StreetAddress(Integer number, String streetKey) {

    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(\\d{1,5})\\s*(?:(?:bis|ter|quater|[a-d])\\b)?\\s*,?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("r", "rue"), Map.entry("av", "avenue"), Map.entry("ave", "avenue"), Map.entry("bd", "boulevard"),
            Map.entry("bld", "boulevard"), Map.entry("boul", "boulevard"), Map.entry("pl", "place"),
            Map.entry("all", "allee"), Map.entry("imp", "impasse"), Map.entry("ch", "chemin"), Map.entry("che", "chemin"),
            Map.entry("rte", "route"), Map.entry("sq", "square"), Map.entry("st", "saint"), Map.entry("ste", "sainte"),
            Map.entry("fg", "faubourg"), Map.entry("res", "residence"), Map.entry("lot", "lotissement"));

    /** The number (null when the line has none) and the folded street of an address line. */
    public static StreetAddress parse(String line) {
        if (line == null || line.isBlank()) {
            return new StreetAddress(null, "");
        }
        Matcher m = NUMBERED.matcher(line);
        if (m.matches()) {
            return new StreetAddress(Integer.valueOf(m.group(1)), fold(m.group(2)));
        }
        return new StreetAddress(null, fold(line));
    }

    /** Lower case, no accents, words separated by one space, common abbreviations written out. */
    public static String fold(String street) {
        if (street == null) {
            return "";
        }
        String plain = Normalizer.normalize(street, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("œ", "oe").replace("Œ", "oe").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        StringBuilder key = new StringBuilder();
        for (String word : plain.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(ABBREVIATIONS.getOrDefault(word, word));
        }
        return key.toString();
    }
}
