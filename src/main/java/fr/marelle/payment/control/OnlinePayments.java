package fr.marelle.payment.control;

import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.payment.entity.AttemptStatus;
import fr.marelle.payment.entity.PaymentAttempt;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.PortalLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Families pay invoices online: an attempt is stored, created at the provider, and the family is
 * sent there. Whatever comes back (the browser, the provider's notification, the poller) only
 * triggers a server-side check with the provider, which alone settles the attempt.
 */
@ApplicationScoped
public class OnlinePayments {

    private static final Logger LOG = Logger.getLogger(OnlinePayments.class.getName());

    /** An attempt that never reached the provider is given up after this. */
    static final Duration NEVER_SENT = Duration.ofMinutes(20);
    /** The provider forgets operations after about a day; an attempt it never answered is given up after this. */
    static final Duration NEVER_ANSWERED = Duration.ofHours(26);

    /** Where to send the family. */
    public record Started(long attemptId, String reference, long amountCents, URI redirectUrl) {
    }

    @Inject
    AttemptStore store;

    @Inject
    PaymentProvider provider;

    @Inject
    HouseholdAccess access;

    @Inject
    PortalLinks links;

    @Inject
    AttemptLog log;

    @Inject
    Clock clock;

    public Started start(long actorId, List<Long> invoiceIds) {
        AttemptStore.Opened opened = store.open(actorId, invoiceIds, provider.name());
        PaymentAttempt attempt = opened.attempt();
        OperationRequest request = new OperationRequest(opened.clientNumber(), attempt.getReference(),
                LocalDate.now(clock.withZone(ClockProducer.PARIS)).getYear(), opened.label(), attempt.getAmountCents(),
                attempt.getPayerEmail(), URI.create(links.to("/api/v1/payments/notifications")),
                URI.create(links.to("/parent/payment.xhtml?attempt=" + attempt.getId())));
        try {
            CreatedOperation operation = provider.create(request);
            store.sent(attempt.getId(), operation);
            return new Started(attempt.getId(), attempt.getReference(), attempt.getAmountCents(), operation.redirectUrl());
        } catch (ProviderException e) {
            LOG.warning("Payment provider did not create attempt " + attempt.getReference() + ": " + e.kind() + " " + e.getMessage());
            store.providerFailed(attempt.getId(), e);
            throw new ProviderUnavailableException(e.kind() == ProviderException.Kind.REFUSED);
        }
    }

    /** An attempt of the actor's household (another household's answers as unknown). */
    public PaymentAttempt mine(long actorId, long attemptId) {
        PaymentAttempt attempt = store.find(attemptId).orElseThrow(() -> new UnknownRecordException("payment", attemptId));
        if (!access.isGuardianOf(actorId, attempt.getHouseholdId())) {
            throw new UnknownRecordException("payment", attemptId);
        }
        return attempt;
    }

    /** The payment recorded for an attempt, once paid. */
    public Optional<fr.marelle.billing.entity.Payment> paymentOf(PaymentAttempt attempt) {
        return store.paymentOf(attempt.getId());
    }

    /**
     * The payer left the provider's page without paying and the attempt waits only for the provider to
     * make that final: for the family, the payment was not made and the invoices are still to pay.
     */
    public boolean payerLeft(PaymentAttempt attempt) {
        return attempt.getStatus().isOpen() && provider.payerLeft(attempt.getProviderCode());
    }

    /** The numbers of the invoices an attempt pays. */
    public List<String> invoiceNumbers(PaymentAttempt attempt) {
        return store.invoiceNumbers(attempt.getId());
    }

    /**
     * The family came back from the provider (the return is kept once), or asks where its payment
     * stands: checks with the provider while the attempt is still open.
     */
    public PaymentAttempt checkMine(long actorId, long attemptId, boolean returning) {
        PaymentAttempt attempt = mine(actorId, attemptId);
        if (attempt.getStatus().isOpen()) {
            if (returning) {
                log.event(attemptId, attempt.getOperationId(), "RETURN", actorId, null);
            }
            check(attempt, returning ? "return" : "status");
            return store.find(attemptId).orElseThrow();
        }
        return attempt;
    }

    /**
     * The provider's notification: it carries only an operation id and proves nothing, so it only
     * triggers a check. An unknown operation id changes nothing and is kept for finance.
     */
    public void notified(String operationId) {
        Optional<PaymentAttempt> attempt = operationId == null || operationId.isBlank() || operationId.length() > 64
                ? Optional.empty() : store.byOperation(operationId.strip());
        if (attempt.isEmpty()) {
            String shown = operationId == null ? "(none)" : operationId.length() > 64 ? operationId.substring(0, 64) + "…" : operationId;
            LOG.warning("Payment notification for an unknown operation: " + shown);
            log.unknownOperation(shown);
            return;
        }
        log.event(attempt.get().getId(), attempt.get().getOperationId(), "NOTIFICATION", null, null);
        check(attempt.get(), "notification");
    }

    /** One pass of the poller over an attempt still waiting. */
    public void poll(PaymentAttempt attempt) {
        Duration age = Duration.between(attempt.getCreatedAt(), OffsetDateTime.now(clock));
        if (attempt.getStatus() == AttemptStatus.NEW) {
            if (age.compareTo(NEVER_SENT) > 0) {
                store.expire(attempt.getId(), "never created at the provider");
            }
            return;
        }
        AttemptStatus status = check(attempt, "poller");
        if (status.isOpen() && age.compareTo(NEVER_ANSWERED) > 0) {
            store.expire(attempt.getId(), "no answer from the provider after " + NEVER_ANSWERED.toHours() + " hours");
        }
    }

    /** Asks the provider (outside any transaction), then applies the answer under the attempt's lock. */
    AttemptStatus check(PaymentAttempt attempt, String trigger) {
        if (attempt.getOperationId() == null
                || !(attempt.getStatus().isOpen() || attempt.getStatus() == AttemptStatus.EXPIRED)) {
            return attempt.getStatus();
        }
        OperationResult result;
        try {
            result = provider.fetch(attempt.getOperationId(), attempt.getCreatedAt().toInstant());
        } catch (ProviderException e) {
            store.checkFailed(attempt.getId(), trigger, e);
            return attempt.getStatus();
        }
        return store.apply(attempt.getId(), trigger, result);
    }

    /** The family could not be sent to the provider (unreachable, or it refused the request). */
    public static class ProviderUnavailableException extends RuntimeException {
        private final boolean refused;

        public ProviderUnavailableException(boolean refused) {
            super(refused ? "the payment provider refused the payment" : "the payment provider is unreachable");
            this.refused = refused;
        }

        public boolean refused() {
            return refused;
        }
    }
}
