package fr.marelle.family.control;

import fr.marelle.family.entity.Household;
import fr.marelle.identity.control.Accounts;
import fr.marelle.identity.entity.Account;
import fr.marelle.planning.control.Sites;
import fr.marelle.planning.entity.Site;
import fr.marelle.platform.control.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The household history in words: the stored values (codes, ids, E.164 phones, ISO dates,
 * true/false) as a person reads them, in French or English. The stored history stays as it was
 * written; this is only how it is shown.
 */
@ApplicationScoped
public class HistoryWording {

    /** What the wording needs to look up: names of schools, levels, accounts and households by their key. */
    public interface Names {
        Optional<String> school(long siteId);

        Optional<String> level(String code, Locale locale);

        Optional<String> account(long accountId);

        Optional<String> household(long householdId);
    }

    private static final Set<String> DATES = Set.of("birthDate", "validFrom", "validTo");
    private static final Set<String> YES_NO = Set.of("pai", "photoConsent", "mayPickUp", "emergencyContact", "notAllowed");
    private static final Set<String> PHONES = Set.of("phone", "otherPhone", "doctorPhone");

    @Inject
    Sites sites;

    @Inject
    Accounts accounts;

    @PersistenceContext
    EntityManager em;

    private final Names names = new Names() {
        @Override
        public Optional<String> school(long siteId) {
            return sites.byId(siteId).map(Site::getName);
        }

        @Override
        public Optional<String> level(String code, Locale locale) {
            return sites.level(code).map(l -> l.label(locale));
        }

        @Override
        public Optional<String> account(long accountId) {
            return accounts.byId(accountId).map(Account::fullName);
        }

        @Override
        public Optional<String> household(long householdId) {
            return Optional.ofNullable(em.find(Household.class, householdId)).map(Household::getName);
        }
    };

    /** The label of a recorded field, e.g. "child.diet" → "Régime alimentaire". */
    public String label(String field, Locale locale) {
        return Messages.text(locale, "history.field." + field);
    }

    /** A recorded value as a person reads it. */
    public String value(String field, String stored, Locale locale) {
        return value(field, stored, Messages.supported(locale), names);
    }

    /** The wording itself, with the look-ups given (unit-tested without a database). */
    static String value(String field, String stored, Locale locale, Names names) {
        String name = field == null ? "" : field.substring(field.indexOf('.') + 1);
        if (field == null) {
            return stored == null ? "" : stored;
        }
        if ("household.residentOverride".equals(field)) {
            return stored == null ? Messages.text(locale, "history.value.residence.auto")
                    : Messages.text(locale, Boolean.parseBoolean(stored) ? "household.resident" : "household.nonResident");
        }
        if ("household.country".equals(field)) {
            // stored null for France
            return Messages.text(locale, "country." + (stored == null ? Countries.FRANCE : stored));
        }
        if (stored == null || stored.isBlank()) {
            return "";
        }
        if (field.endsWith(".added") || field.endsWith(".removed")) {
            return stored;
        }
        if (DATES.contains(name)) {
            try {
                return fr.marelle.platform.control.DisplayFormats.date(LocalDate.parse(stored), locale);
            } catch (DateTimeParseException e) {
                return stored;
            }
        }
        if (YES_NO.contains(name)) {
            return Messages.text(locale, Boolean.parseBoolean(stored) ? "history.value.yes" : "history.value.no");
        }
        if (PHONES.contains(name)) {
            String shown = Phones.display(stored);
            return shown.isEmpty() ? stored : shown;
        }
        return switch (field) {
            case "child.diet" -> Messages.text(locale, "diet." + stored);
            case "child.sex" -> Messages.text(locale, "child.sex." + stored);
            case "guardian.civility" -> Messages.text(locale, "civility." + stored);
            case "child.levelCode" -> names.level(stored, locale).orElse(stored);
            // written as the school's name; an id only in history older than that
            case "child.schoolSiteId" -> stored.matches("[0-9]+")
                    ? names.school(Long.parseLong(stored)).orElse(stored) : stored;
            case "household.billingAccountId" -> stored.matches("[0-9]+")
                    ? names.account(Long.parseLong(stored)).orElse(stored) : stored;
            case "quotient.status" -> Messages.text(locale, "quotient.status." + stored);
            case "room_hire.status" -> Messages.text(locale, "roomHire.status." + stored);
            case "room_hire.depositStatus" -> Messages.text(locale, "roomHire.depositStatus." + stored);
            case "room_hire.totalCents", "room_hire.depositCents" -> stored.matches("[0-9]+")
                    ? fr.marelle.platform.control.DisplayFormats.money(Long.parseLong(stored), locale) : stored;
            case "room_hire.startsAt", "room_hire.endsAt" -> stored.replace('T', ' ');
            case "enrolment.state" -> Messages.text(locale, "enrolment.state." + stored);
            case "enrolment.level" -> names.level(stored, locale).orElse(stored);
            case "enrolment.missingDocument" -> Messages.text(locale, "enrolment.document." + stored);
            case "custody.households" -> householdNames(stored, names);
            default -> stored;
        };
    }

    /** "[12, 34]" → "Martin, Durand". */
    private static String householdNames(String stored, Names names) {
        return Arrays.stream(stored.replaceAll("[\\[\\]]", "").split(","))
                .map(String::strip).filter(s -> s.matches("[0-9]+"))
                .map(id -> names.household(Long.parseLong(id)).orElse("n° " + id))
                .collect(Collectors.joining(", "));
    }
}
