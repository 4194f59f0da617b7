package fr.marelle.family.control;

import fr.marelle.family.entity.Civility;
import fr.marelle.family.entity.Diet;
import fr.marelle.identity.control.AccountForm;
import fr.marelle.platform.control.Violation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The input rules of the household file, without a database: each check collects its
 * violations (field name = the form's input id and the JSON property) and returns the value
 * cleaned (trimmed, phones in E.164). Checks that need the database (school, level, billing
 * contact) are made by the controls on top.
 */
public final class HouseholdRules {

    /** A child is under 18: born at most this many years ago. */
    public static final int MAX_CHILD_AGE = 18;

    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
    /** The widest postcode abroad (the column's size); letters, digits, spaces and hyphens. */
    private static final Pattern FOREIGN_POSTCODE = Pattern.compile("[A-Za-z0-9 -]{1,10}");

    private HouseholdRules() {
    }

    /**
     * The household's fields. {@code country}: INSEE code of the address's country ("99100" or blank: France;
     * null: unchanged). {@code civilities}: civility (M, MME, blank: none) by guardian's account id; null or a
     * guardian left out: unchanged.
     */
    public record HouseholdForm(String name, String addressLine1, String addressLine2, String postcode, String city,
                                String phone, String otherPhone, Long billingAccountId, String country,
                                Map<Long, String> civilities) {

        /** Without country nor civilities: both stay as they are. */
        public HouseholdForm(String name, String addressLine1, String addressLine2, String postcode, String city,
                             String phone, String otherPhone, Long billingAccountId) {
            this(name, addressLine1, addressLine2, postcode, city, phone, otherPhone, billingAccountId, null, null);
        }

        /** The same form, the country given when it was left out. */
        public HouseholdForm countryOr(String current) {
            return country != null ? this : new HouseholdForm(name, addressLine1, addressLine2, postcode, city, phone,
                    otherPhone, billingAccountId, current == null ? Countries.FRANCE : current, civilities);
        }
    }

    public record ChildForm(String firstName, String lastName, LocalDate birthDate, String sex, Long schoolSiteId,
                            String levelCode, Diet diet, String dietOther, String allergies, boolean pai,
                            String doctorName, String doctorPhone, boolean photoConsent) {
    }

    public record PickupForm(String firstName, String lastName, String relation, String phone, String otherPhone,
                             boolean mayPickUp, boolean emergencyContact, boolean notAllowed, String note) {
    }

    public record QuotientForm(Integer amount, LocalDate validFrom, LocalDate validTo) {
    }

    /** Checks the form; a null country (unchanged) is checked as France: give the current one first. */
    public static HouseholdForm check(HouseholdForm f, List<Violation> violations) {
        AccountForm.checkName("name", f.name(), violations);
        String country = Countries.stored(f.country());
        if (!Countries.known(f.country())) {
            violations.add(Violation.of("country", "country.unknown", f.country().strip()));
            country = null;
        }
        String postcode = clean(f.postcode());
        if (postcode != null && country == null && !POSTCODE.matcher(postcode).matches()) {
            violations.add(Violation.of("postcode", "postcode.invalid"));
        } else if (postcode != null && country != null && !FOREIGN_POSTCODE.matcher(postcode).matches()) {
            violations.add(Violation.of("postcode", "postcode.invalidAbroad"));
        }
        return new HouseholdForm(AccountForm.clean(f.name()),
                text("addressLine1", f.addressLine1(), 200, violations),
                text("addressLine2", f.addressLine2(), 200, violations),
                postcode,
                text("city", f.city(), 100, violations),
                Phones.toE164("phone", f.phone(), violations),
                Phones.toE164("otherPhone", f.otherPhone(), violations),
                f.billingAccountId(), country == null ? Countries.FRANCE : country, civilities(f.civilities(), violations));
    }

    /** Each civility as its code (null: none); an unknown one is a violation. */
    static Map<Long, String> civilities(Map<Long, String> given, List<Violation> violations) {
        if (given == null) {
            return null;
        }
        Map<Long, String> checked = new LinkedHashMap<>();
        given.forEach((account, civility) -> {
            String c = clean(civility);
            if (c != null && Arrays.stream(Civility.values()).noneMatch(v -> v.name().equals(c))) {
                violations.add(Violation.of("civilities", "civility.unknown", c));
            } else {
                checked.put(account, c);
            }
        });
        return checked;
    }

    public static ChildForm check(ChildForm f, LocalDate today, List<Violation> violations) {
        AccountForm.checkName("firstName", f.firstName(), violations);
        AccountForm.checkName("lastName", f.lastName(), violations);
        checkBirthDate(f.birthDate(), today, violations);
        String sex = clean(f.sex());
        if (sex != null && !sex.equals("F") && !sex.equals("M")) {
            violations.add(Violation.of("sex", "child.sex.invalid"));
        }
        Diet diet = f.diet() == null ? Diet.NONE : f.diet();
        String dietOther = text("dietOther", f.dietOther(), 200, violations);
        if (diet == Diet.OTHER && dietOther == null) {
            violations.add(Violation.of("dietOther", "child.dietOther.required"));
        }
        return new ChildForm(AccountForm.clean(f.firstName()), AccountForm.clean(f.lastName()), f.birthDate(), sex,
                f.schoolSiteId(), clean(f.levelCode()), diet, diet == Diet.OTHER ? dietOther : null,
                text("allergies", f.allergies(), 1000, violations), f.pai(),
                text("doctorName", f.doctorName(), 120, violations),
                Phones.toE164("doctorPhone", f.doctorPhone(), violations), f.photoConsent());
    }

    /** Born today at the latest, and less than 18 years ago. */
    public static void checkBirthDate(LocalDate birthDate, LocalDate today, List<Violation> violations) {
        if (birthDate == null) {
            violations.add(Violation.of("birthDate", "child.birthDate.required"));
        } else if (birthDate.isAfter(today)) {
            violations.add(Violation.of("birthDate", "child.birthDate.future"));
        } else if (!birthDate.isAfter(today.minusYears(MAX_CHILD_AGE))) {
            violations.add(Violation.of("birthDate", "child.birthDate.tooOld", MAX_CHILD_AGE));
        }
    }

    public static PickupForm check(PickupForm f, List<Violation> violations) {
        AccountForm.checkName("firstName", f.firstName(), violations);
        AccountForm.checkName("lastName", f.lastName(), violations);
        String relation = text("relation", f.relation(), 60, violations);
        if (relation == null) {
            violations.add(Violation.of("relation", "pickup.relation.required"));
        }
        String phone = Phones.toE164("phone", f.phone(), violations);
        if (phone == null && !f.notAllowed() && (f.phone() == null || f.phone().isBlank())) {
            violations.add(Violation.of("phone", "pickup.phone.required"));
        }
        if (f.notAllowed() && (f.mayPickUp() || f.emergencyContact())) {
            violations.add(Violation.of("notAllowed", "pickup.notAllowed.exclusive"));
        }
        if (!f.notAllowed() && !f.mayPickUp() && !f.emergencyContact()) {
            violations.add(Violation.of("mayPickUp", "pickup.role.required"));
        }
        return new PickupForm(AccountForm.clean(f.firstName()), AccountForm.clean(f.lastName()), relation, phone,
                Phones.toE164("otherPhone", f.otherPhone(), violations), f.mayPickUp(), f.emergencyContact(),
                f.notAllowed(), text("note", f.note(), 500, violations));
    }

    public static QuotientForm check(QuotientForm f, List<Violation> violations) {
        if (f.amount() == null) {
            violations.add(Violation.of("amount", "quotient.amount.required"));
        } else if (f.amount() < 0) {
            violations.add(Violation.of("amount", "quotient.amount.negative"));
        } else if (f.amount() > 100_000) {
            violations.add(Violation.of("amount", "quotient.amount.tooLarge"));
        }
        if (f.validFrom() == null) {
            violations.add(Violation.of("validFrom", "quotient.validFrom.required"));
        }
        if (f.validTo() == null) {
            violations.add(Violation.of("validTo", "quotient.validTo.required"));
        } else if (f.validFrom() != null && f.validTo().isBefore(f.validFrom())) {
            violations.add(Violation.of("validTo", "quotient.validTo.beforeFrom"));
        }
        return f;
    }

    /** Trimmed text or null when blank; a violation when longer than max or with control characters. */
    public static String text(String field, String value, int max, List<Violation> violations) {
        String cleaned = clean(value);
        if (cleaned == null) {
            return null;
        }
        if (cleaned.length() > max) {
            violations.add(Violation.of(field, "text.tooLong", max));
        } else if (cleaned.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            violations.add(Violation.of(field, "text.invalidCharacters"));
        }
        return cleaned;
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
