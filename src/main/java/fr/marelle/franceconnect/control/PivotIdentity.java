package fr.marelle.franceconnect.control;

import java.io.Serializable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The six pivot fields of a person as FranceConnect gives them (identite_pivot) or as the town
 * verified them. Two identities are the same person only when all six agree after the
 * normalisation FranceConnect's reconciliation guidance asks for: case, accents, hyphens and
 * apostrophes folded, and the first given name compared with the first of FranceConnect's.
 */
public record PivotIdentity(String familyName, String givenNames, LocalDate birthdate, String gender,
                            String birthplace, String birthcountry) implements Serializable {

    public static final String FRANCE = "99100";

    public PivotIdentity {
        familyName = familyName == null ? "" : familyName.strip();
        givenNames = givenNames == null ? "" : givenNames.strip();
        gender = gender == null ? "" : gender.strip().toLowerCase(Locale.ROOT);
        birthplace = birthplace == null ? "" : birthplace.strip().toUpperCase(Locale.ROOT);
        birthcountry = birthcountry == null ? "" : birthcountry.strip();
    }

    /** From FranceConnect's claims; empty when a pivot claim is missing (an automatic link is then impossible). */
    public static Optional<PivotIdentity> fromClaims(Map<String, Object> claims) {
        Object birthdate = claims.get("birthdate");
        if (!(claims.get("family_name") instanceof String family) || family.isBlank()
                || !(claims.get("given_name") instanceof String given) || given.isBlank()
                || !(birthdate instanceof String date) || !(claims.get("gender") instanceof String gender)
                || !(claims.get("birthcountry") instanceof String country) || country.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PivotIdentity(family, given, LocalDate.parse(date), gender,
                    claims.get("birthplace") instanceof String place ? place : "", country));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** All six fields equal after normalisation; the birthplace counts only for people born in France. */
    public boolean sameAs(PivotIdentity other) {
        return fold(familyName).equals(fold(other.familyName))
                && firstGivenName().equals(other.firstGivenName())
                && birthdate.equals(other.birthdate)
                && gender.equals(other.gender)
                && birthcountry.equals(other.birthcountry)
                && (!FRANCE.equals(birthcountry) || birthplace.equals(other.birthplace));
    }

    /** The first of the given names as FranceConnect writes it (the usual first name of an account). */
    public String firstGivenNameAsWritten() {
        return givenNames.split("\\s+")[0];
    }

    String firstGivenName() {
        String folded = fold(givenNames);
        int space = folded.indexOf(' ');
        return space < 0 ? folded : folded.substring(0, space);
    }

    /** Upper case without accents; hyphens and apostrophes are spaces; one space between words. */
    static String fold(String name) {
        String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return bare.toUpperCase(Locale.ROOT).replaceAll("[-'’‘ʼ]", " ").replaceAll("\\s+", " ").strip();
    }

    /** What is kept of the identity with a link and shown to the person. */
    public Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("family_name", familyName);
        values.put("given_name", givenNames);
        values.put("birthdate", birthdate.toString());
        values.put("gender", gender);
        values.put("birthplace", birthplace);
        values.put("birthcountry", birthcountry);
        return values;
    }
}
