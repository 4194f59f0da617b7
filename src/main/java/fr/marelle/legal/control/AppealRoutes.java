package fr.marelle.legal.control;

import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.Messages;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The legal mentions that go with what a family submits and what the town decides or bills
 * (LEGAL.md §6), in the reader's language, from the town's legal settings:
 * <ul>
 * <li>the acknowledgement of a request submitted online (CRPA L.112-11, R.112-5): reference, when it
 * was received, the usual answer time, what silence means and, when it means rejection, the remedies;</li>
 * <li>an unfavourable decision: its author (CRPA L.212-1) and the appeal routes with the court (CJA R.421-5);</li>
 * <li>an invoice: its issuer and the routes to contest the sum (CGCT L.1617-5).</li>
 * </ul>
 * Each is a block of paragraphs separated by blank lines, for mails; pages show them paragraph by paragraph.
 */
public final class AppealRoutes {

    private AppealRoutes() {
    }

    /** The acknowledgement's paragraphs, after the template's own "what happens next". */
    public static List<String> acknowledgement(LegalInformation info, Locale locale, SubmissionReference reference,
                                               OffsetDateTime receivedAt) {
        var paris = receivedAt.atZoneSameInstant(ClockProducer.PARIS);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(Messages.text(locale, "legal.ack.reference", reference.toString()) + "\n"
                + Messages.text(locale, "legal.ack.receivedAt",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(paris),
                DateTimeFormatter.ofPattern("HH:mm").format(paris)));
        info.answerDays().ifPresent(days -> paragraphs.add(Messages.text(locale, "legal.ack.answerDays", String.valueOf(days))));
        paragraphs.add(Messages.text(locale, "legal.ack.silence." + info.silence().name(), court(info, locale)));
        paragraphs.add(Messages.text(locale, "legal.ack.basis"));
        return paragraphs;
    }

    /** Who signs the town's decisions, "Name, title", as it is set now (kept with each decision). */
    public static Optional<String> signatory(LegalInformation info) {
        return person(info, LegalField.DECISION_SIGNATORY_NAME, LegalField.DECISION_SIGNATORY_TITLE);
    }

    /** An unfavourable decision's author (when known) and appeal routes. */
    public static List<String> decision(LegalInformation info, Locale locale, String signatory) {
        List<String> paragraphs = new ArrayList<>();
        if (signatory != null && !signatory.isBlank()) {
            paragraphs.add(Messages.text(locale, "legal.decision.author", signatory));
        }
        paragraphs.add(Messages.text(locale, "legal.decision.routes", court(info, locale)));
        return paragraphs;
    }

    /** An invoice's issuer (the ordonnateur, when set) and the routes to contest the sum. */
    public static List<String> invoice(LegalInformation info, Locale locale) {
        List<String> paragraphs = new ArrayList<>();
        person(info, LegalField.ISSUER_NAME, LegalField.ISSUER_TITLE)
                .ifPresent(issuer -> paragraphs.add(Messages.text(locale, "legal.invoice.issuer", issuer)));
        String court = info.get(LegalField.INVOICE_COURT).orElseGet(() -> court(info, locale));
        paragraphs.add(Messages.text(locale, "legal.invoice.routes", court));
        return paragraphs;
    }

    /** Paragraphs as one block of a mail. */
    public static String block(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** The administrative court named by the town, or a generic "competent court" until it is set. */
    private static String court(LegalInformation info, Locale locale) {
        return info.get(LegalField.APPEAL_COURT).orElseGet(() -> Messages.text(locale, "legal.court.unnamed"));
    }

    private static Optional<String> person(LegalInformation info, LegalField name, LegalField title) {
        return info.get(name).map(n -> info.get(title).map(t -> n + ", " + t).orElse(n));
    }
}
