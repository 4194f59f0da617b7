package fr.marelle.billing.control;

import fr.marelle.billing.entity.InvoiceLine;
import fr.marelle.platform.control.Messages;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Invoice lines and anomalies in words, in the reader's language. */
public final class BillingTexts {

    private BillingTexts() {
    }

    /** Whom the line charges: the child; a room hire charges no child (the hirer is the invoice's addressee). */
    public static String who(InvoiceLine line, Locale locale) {
        return line.getRoomHireId() != null ? Messages.text(locale, "billing.line.noChild") : line.getChildName();
    }

    /** What the line charges: the activity; for a room hire, the hire (room and hours, its day beside it). */
    public static String what(InvoiceLine line, Locale locale) {
        return line.getRoomHireId() != null ? Messages.text(locale, "billing.line.roomHireWhat", line.getActivityName())
                : line.getActivityName();
    }

    /** How the line's amount was found, e.g. "Tranche 2 (QF de 701 à 1 000 €), résident : 3,20 €". */
    public static String explanation(InvoiceLine line, Locale locale) {
        if (line.getRoomHireId() != null) {
            return Messages.text(locale, "billing.line.roomHire");
        }
        StringBuilder text = new StringBuilder(line.price().explanation(locale));
        if (line.isUnmarked()) {
            text.append(Messages.text(locale, "billing.line.unmarked"));
        }
        if (line.isAdjustment()) {
            text.append(Messages.text(locale, "billing.line.adjustment"));
        }
        return text.toString();
    }

    public static String explanation(ChargeRules.Charge charge, Locale locale) {
        StringBuilder text = new StringBuilder(charge.price().explanation(locale));
        if (charge.unmarked()) {
            text.append(Messages.text(locale, "billing.line.unmarked"));
        }
        return text.toString();
    }

    /** e.g. "Pointage manquant : Léa Martin, Cantine, 03/03/2026 (facturé comme réservé)". */
    public static String anomaly(ChargeRules.Anomaly a, String householdName, Locale locale) {
        String day = a.day() == null ? "" : a.day().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        return Messages.text(locale, "billing.anomaly." + a.kind().name(), householdName,
                a.childName() == null ? "" : a.childName(), a.activityName() == null ? "" : a.activityName(), day);
    }
}
