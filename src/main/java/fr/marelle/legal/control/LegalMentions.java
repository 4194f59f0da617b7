package fr.marelle.legal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The legal mentions of acknowledgements, decisions, invoices and other documents, from the town's
 * legal settings as they are now (the wording is in {@link AppealRoutes}).
 */
@ApplicationScoped
public class LegalMentions {

    @Inject
    LegalSettings legalSettings;

    /** The acknowledgement of a request received online, as one block of a mail. */
    public String acknowledgement(Locale locale, SubmissionReference reference, OffsetDateTime receivedAt) {
        return AppealRoutes.block(AppealRoutes.acknowledgement(legalSettings.current(), locale, reference, receivedAt));
    }

    /** Who signs a decision made now, to keep with it; null while the town has not named anyone. */
    public String signatory() {
        return AppealRoutes.signatory(legalSettings.current()).orElse(null);
    }

    /** An unfavourable decision's author and appeal routes, paragraph by paragraph. */
    public List<String> decision(Locale locale, String signatory) {
        return AppealRoutes.decision(legalSettings.current(), locale, signatory);
    }

    /** The same as one block of a mail. */
    public String decisionBlock(Locale locale, String signatory) {
        return AppealRoutes.block(decision(locale, signatory));
    }

    /** An invoice's issuer and the routes to contest it, paragraph by paragraph. */
    public List<String> invoice(Locale locale) {
        return AppealRoutes.invoice(legalSettings.current(), locale);
    }

    public String invoiceBlock(Locale locale) {
        return AppealRoutes.block(invoice(locale));
    }

    /** The support line that closes every document a family receives. */
    public Optional<String> supportLine(Locale locale) {
        return SupportContact.line(legalSettings.current(), locale);
    }
}
