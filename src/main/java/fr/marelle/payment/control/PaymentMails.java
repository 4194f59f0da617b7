package fr.marelle.payment.control;

import fr.marelle.billing.entity.Payment;
import fr.marelle.identity.entity.Account;
import fr.marelle.notification.control.Outbox;
import fr.marelle.payment.entity.PaymentAttempt;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The receipt mailed to whoever paid online, in their language. */
@ApplicationScoped
public class PaymentMails {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    void receipt(PaymentAttempt attempt, Payment payment, List<String> invoiceNumbers) {
        Account payer = attempt.getCreatedBy() == null ? null : em.find(Account.class, attempt.getCreatedBy());
        String language = payer == null ? "fr" : payer.getLanguage();
        Locale locale = Messages.forLanguage(language);
        outbox.queue(attempt.getPayerEmail(), language, "payment-receipt", Map.of(
                "firstName", payer == null ? "" : payer.getFirstName(),
                "amount", Prices.money(payment.getAmountCents(), locale),
                "receipt", payment.getNumber(),
                "reference", attempt.getReference(),
                "invoices", String.join(", ", invoiceNumbers),
                "day", payment.getReceivedOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)),
                "link", links.to("/parent/payment.xhtml?attempt=" + attempt.getId())));
    }
}
