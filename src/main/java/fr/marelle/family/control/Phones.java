package fr.marelle.family.control;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import fr.marelle.platform.control.Violation;

import java.util.List;

/**
 * Phone numbers as typed by people (French national form "06 12 34 56 78", or international
 * "+44 20 7946 0958") validated and stored in E.164 ("+33612345678"), shown back in the
 * national form for French numbers and the international form otherwise.
 */
public final class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "FR";

    private Phones() {
    }

    /** E.164 of the number, null when blank; adds a violation on the field when it is not a valid number. */
    public static String toE164(String field, String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String e164 = toE164(raw);
        if (e164 == null) {
            violations.add(Violation.of(field, "phone.invalid"));
        }
        return e164;
    }

    /** E.164 of a valid number, or null. */
    public static String toE164(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            return null;
        }
        try {
            PhoneNumber number = UTIL.parse(raw.strip(), DEFAULT_REGION);
            return UTIL.isValidNumber(number) ? UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** How a stored number is shown: "06 12 34 56 78" in France, "+44 20 7946 0958" elsewhere. */
    public static String display(String e164) {
        return fr.marelle.platform.control.DisplayFormats.phone(e164);
    }
}
