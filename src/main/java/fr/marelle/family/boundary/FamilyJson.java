package fr.marelle.family.boundary;

import fr.marelle.family.control.Countries;
import fr.marelle.family.control.HouseholdRules;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.Civility;
import fr.marelle.family.entity.Diet;
import fr.marelle.family.entity.FamilyQuotient;
import fr.marelle.family.entity.Household;
import fr.marelle.family.entity.HouseholdChange;
import fr.marelle.family.entity.PickupPerson;
import fr.marelle.identity.entity.Account;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the household API: requests as classes (strict JSON-B), answers as records. */
public final class FamilyJson {

    private FamilyJson() {
    }

    /** PUT /household. */
    public static class HouseholdIn {
        @Schema(description = "Household name (usually the family name)", required = true)
        public String name;
        public String addressLine1;
        public String addressLine2;
        @Schema(description = "Postcode: 5 digits in France; abroad as written there (letters, digits, spaces, hyphens, at most 10)")
        public String postcode;
        public String city;
        @Schema(description = "INSEE code of the address's country (e.g. 99131 Belgique): 99100 for France; absent: unchanged"
                + " (France for a new household). An unlisted code is refused (400, field country)")
        public String country;
        @Schema(description = "Civility of guardians (M or MME, null: none), for the invoices handed to the public accountant;"
                + " a guardian left out keeps theirs")
        public List<CivilityIn> civilities;
        @Schema(description = "Phone in any usual form (06 12 34 56 78, +44 20 7946 0958); stored and returned in E.164")
        public String phone;
        public String otherPhone;
        @Schema(description = "Account id of the guardian who receives the invoices")
        public Long billingAccountId;

        HouseholdRules.HouseholdForm form() {
            Map<Long, String> byGuardian = null;
            if (civilities != null) {
                byGuardian = new LinkedHashMap<>();
                for (CivilityIn c : civilities) {
                    if (c != null && c.accountId != null) {
                        byGuardian.put(c.accountId, c.civility);
                    }
                }
            }
            return new HouseholdRules.HouseholdForm(name, addressLine1, addressLine2, postcode, city, phone, otherPhone,
                    billingAccountId, country, byGuardian);
        }
    }

    /** A guardian's civility in PUT /household. */
    public static class CivilityIn {
        @Schema(required = true, description = "Account id of a guardian of the household")
        public Long accountId;
        @Schema(description = "M (Monsieur), MME (Madame) or null (none)")
        public String civility;
    }

    public record GuardianOut(long accountId, String firstName, String lastName, String email,
                              @Schema(description = "M (Monsieur), MME (Madame) or null when not given") String civility) {
        public GuardianOut(long accountId, String firstName, String lastName, String email) {
            this(accountId, firstName, lastName, email, null);
        }

        static GuardianOut of(Account a, Map<Long, Civility> civilities) {
            Civility c = civilities.get(a.getId());
            return new GuardianOut(a.getId(), a.getFirstName(), a.getLastName(), a.getEmail(), c == null ? null : c.name());
        }
    }

    public record QuotientOut(long id, int amount, LocalDate validFrom, LocalDate validTo, String status,
                              OffsetDateTime submittedAt, OffsetDateTime decidedAt, String message, boolean proofKept) {
        static QuotientOut of(FamilyQuotient q) {
            return q == null ? null : new QuotientOut(q.getId(), q.getAmount(), q.getValidFrom(), q.getValidTo(),
                    q.getStatus().name(), q.getSubmittedAt(), q.getDecidedAt(), q.getDecisionMessage(), q.hasProof());
        }
    }

    public record HouseholdOut(long id, String name, String addressLine1, String addressLine2, String postcode,
                               String city,
                               @Schema(description = "INSEE code of the address's country; 99100: France") String country,
                               String phone, String otherPhone, Long billingAccountId, boolean resident,
                               List<GuardianOut> guardians,
                               @Schema(description = "The accepted quotient valid today; null: the highest price band applies")
                               QuotientOut validQuotient) {
        static HouseholdOut of(Household h, boolean resident, List<Account> guardians, Map<Long, Civility> civilities,
                               FamilyQuotient valid) {
            return new HouseholdOut(h.getId(), h.getName(), h.getAddressLine1(), h.getAddressLine2(), h.getPostcode(),
                    h.getCity(), h.isAbroad() ? h.getCountryCode() : Countries.FRANCE, h.getPhone(), h.getOtherPhone(),
                    h.getBillingAccountId(), resident, guardians.stream().map(a -> GuardianOut.of(a, civilities)).toList(),
                    QuotientOut.of(valid));
        }
    }

    /** POST /household/children and PUT /household/children/{id}. */
    public static class ChildIn {
        @Schema(required = true)
        public String firstName;
        @Schema(required = true)
        public String lastName;
        @Schema(required = true, description = "ISO date; the child is under 18")
        public LocalDate birthDate;
        @Schema(description = "F, M or null")
        public String sex;
        @Schema(description = "Id of a school (site of kind SCHOOL)")
        public Long schoolSiteId;
        @Schema(description = "School level code: TPS, PS, MS, GS, CP, CE1, CE2, CM1, CM2")
        public String levelCode;
        public Diet diet;
        @Schema(description = "The diet, when diet is OTHER")
        public String dietOther;
        public String allergies;
        @Schema(description = "An individual care plan (PAI) exists")
        public Boolean pai;
        public String doctorName;
        public String doctorPhone;
        public Boolean photoConsent;

        HouseholdRules.ChildForm form() {
            return new HouseholdRules.ChildForm(firstName, lastName, birthDate, sex, schoolSiteId, levelCode, diet,
                    dietOther, allergies, Boolean.TRUE.equals(pai), doctorName, doctorPhone,
                    Boolean.TRUE.equals(photoConsent));
        }
    }

    public record ChildOut(long id, String firstName, String lastName, LocalDate birthDate, String sex,
                           Long schoolSiteId, String levelCode, Diet diet, String dietOther, String allergies,
                           boolean pai, String doctorName, String doctorPhone, boolean photoConsent) {
        static ChildOut of(Child c) {
            return new ChildOut(c.getId(), c.getFirstName(), c.getLastName(), c.getBirthDate(), c.getSex(),
                    c.getSchoolSiteId(), c.getLevelCode(), c.getDiet(), c.getDietOther(), c.getAllergies(), c.isPai(),
                    c.getDoctorName(), c.getDoctorPhone(), c.isPhotoConsent());
        }
    }

    /** POST and PUT of a pick-up person. */
    public static class PickupIn {
        @Schema(required = true)
        public String firstName;
        @Schema(required = true)
        public String lastName;
        @Schema(required = true, description = "Relation to the child, e.g. grandmother")
        public String relation;
        public String phone;
        public String otherPhone;
        public Boolean mayPickUp;
        public Boolean emergencyContact;
        @Schema(description = "Must NOT pick the child up (court decision): staff only")
        public Boolean notAllowed;
        public String note;

        HouseholdRules.PickupForm form() {
            return new HouseholdRules.PickupForm(firstName, lastName, relation, phone, otherPhone,
                    Boolean.TRUE.equals(mayPickUp), Boolean.TRUE.equals(emergencyContact),
                    Boolean.TRUE.equals(notAllowed), note);
        }
    }

    public record PickupOut(long id, long childId, String firstName, String lastName, String relation, String phone,
                            String otherPhone, boolean mayPickUp, boolean emergencyContact, boolean notAllowed,
                            String note) {
        static PickupOut of(PickupPerson p) {
            return new PickupOut(p.getId(), p.getChildId(), p.getFirstName(), p.getLastName(), p.getRelation(),
                    p.getPhone(), p.getOtherPhone(), p.isMayPickUp(), p.isEmergencyContact(), p.isNotAllowed(),
                    p.getNote());
        }
    }

    public record ChangeOut(OffsetDateTime at, String actor, String subject, String field, String oldValue,
                            String newValue) {
        static ChangeOut of(HouseholdChange c) {
            return new ChangeOut(c.getAt(), c.getActorName(), c.getSubject(), c.getField(), c.getOldValue(),
                    c.getNewValue());
        }
    }

    /** A child with its pick-up persons, in the staff view of a household. */
    public record ChildFileOut(ChildOut child, List<PickupOut> pickupPersons) {
    }

    public record HouseholdFileOut(HouseholdOut household, List<ChildFileOut> children, List<QuotientOut> quotients) {
    }
}
