package fr.marelle.family.control;

import fr.marelle.family.entity.RequestType;
import fr.marelle.identity.control.AccountForm;
import fr.marelle.platform.control.Violation;

import java.time.LocalDate;
import java.util.List;

/**
 * The input rules of a request that an agent validates, without a database. A custody link names
 * either a child of the household (to link to the other parent's household) or a child of another
 * household (first and last name, birth date, to link to this household), and the other parent.
 * A person not allowed names the child, the person and the relation.
 */
public final class HouseholdRequestRules {

    public static final int MAX_MESSAGE = 2000;

    private HouseholdRequestRules() {
    }

    public record RequestForm(RequestType type, Long childId, String firstName, String lastName, String relation,
                              String otherParentName, String otherParentEmail, String childFirstName,
                              String childLastName, LocalDate childBirthDate, String note) {
    }

    /** The form cleaned, with only the fields of its type; violations added for what is wrong. */
    public static RequestForm check(RequestForm f, LocalDate today, List<Violation> violations) {
        if (f.type() == null) {
            violations.add(Violation.of("type", "request.type.required"));
            return f;
        }
        String note = HouseholdRules.text("note", f.note(), 1000, violations);
        if (f.type() == RequestType.NOT_ALLOWED_PERSON) {
            if (f.childId() == null) {
                violations.add(Violation.of("childId", "request.child.required"));
            }
            AccountForm.checkName("firstName", f.firstName(), violations);
            AccountForm.checkName("lastName", f.lastName(), violations);
            String relation = HouseholdRules.text("relation", f.relation(), 60, violations);
            if (relation == null) {
                violations.add(Violation.of("relation", "pickup.relation.required"));
            }
            return new RequestForm(f.type(), f.childId(), AccountForm.clean(f.firstName()),
                    AccountForm.clean(f.lastName()), relation, null, null, null, null, null, note);
        }
        String otherParent = HouseholdRules.text("otherParentName", f.otherParentName(), 210, violations);
        if (otherParent == null) {
            violations.add(Violation.of("otherParentName", "request.otherParent.required"));
        }
        String email = HouseholdRules.clean(f.otherParentEmail());
        if (email != null) {
            email = AccountForm.normalizeEmail(email);
            AccountForm.checkEmail("otherParentEmail", email, violations);
        }
        boolean namesAChild = HouseholdRules.clean(f.childFirstName()) != null
                || HouseholdRules.clean(f.childLastName()) != null || f.childBirthDate() != null;
        if (f.childId() != null) {
            if (namesAChild) {
                violations.add(Violation.of("childId", "request.custody.oneChild"));
            }
            return new RequestForm(f.type(), f.childId(), null, null, null, otherParent, email, null, null, null, note);
        }
        if (!namesAChild) {
            violations.add(Violation.of("childId", "request.custody.child.required"));
            return f;
        }
        AccountForm.checkName("childFirstName", f.childFirstName(), violations);
        AccountForm.checkName("childLastName", f.childLastName(), violations);
        if (f.childBirthDate() == null) {
            violations.add(Violation.of("childBirthDate", "child.birthDate.required"));
        } else if (f.childBirthDate().isAfter(today)) {
            violations.add(Violation.of("childBirthDate", "child.birthDate.future"));
        } else if (!f.childBirthDate().isAfter(today.minusYears(HouseholdRules.MAX_CHILD_AGE))) {
            violations.add(Violation.of("childBirthDate", "child.birthDate.tooOld", HouseholdRules.MAX_CHILD_AGE));
        }
        return new RequestForm(f.type(), null, null, null, null, otherParent, email,
                AccountForm.clean(f.childFirstName()), AccountForm.clean(f.childLastName()), f.childBirthDate(), note);
    }

    /** A message of the thread: required, at most 2,000 characters. */
    public static String message(String field, String body, List<Violation> violations) {
        String text = HouseholdRules.text(field, body, MAX_MESSAGE, violations);
        if (text == null) {
            violations.add(Violation.of(field, "request.message.required"));
        }
        return text;
    }
}
