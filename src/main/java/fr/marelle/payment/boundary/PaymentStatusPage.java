package fr.marelle.payment.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.billing.entity.Payment;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.payment.control.OnlinePayments;
import fr.marelle.payment.entity.AttemptStatus;
import fr.marelle.payment.entity.PaymentAttempt;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Where the family lands back from the provider: "being confirmed" until the server-side check
 * settles the attempt (the page's script asks the API again every few seconds), then the receipt or what went
 * wrong and a way to try again. A payer who cancelled on the provider's page reads at once that nothing was
 * paid, although the provider keeps the operation usable for a few minutes more.
 */
@Named
@ViewScoped
public class PaymentStatusPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Acting acting;

    @Inject
    OnlinePayments payments;

    @Inject
    LanguageSwitch language;

    private Long attemptId;
    private transient PaymentAttempt attempt;
    private transient Payment receipt;

    /** View action: the attempt, checked with the provider while open; another household's is not found (404). */
    public void load() {
        if (attemptId == null) {
            Feedback.notFound();
            return;
        }
        try {
            attempt = payments.checkMine(acting.require().getId(), attemptId, true);
        } catch (UnknownRecordException e) {
            Feedback.notFound();
        }
    }

    public PaymentAttempt getAttempt() {
        if (attempt == null && attemptId != null) {
            attempt = payments.mine(acting.require().getId(), attemptId);
        }
        return attempt;
    }

    public boolean isOpen() {
        return getAttempt() != null && getAttempt().getStatus().isOpen();
    }

    /** Open and nothing known yet: "being confirmed", and the page asks again. */
    public boolean isWaiting() {
        return isOpen() && !payments.payerLeft(getAttempt());
    }

    /**
     * The payer cancelled on the provider's page (or the provider says so finally): the payment was not
     * made and the invoices are still to pay, whatever the provider may still allow for a few minutes.
     */
    public boolean isNotMade() {
        return getAttempt() != null && (payments.payerLeft(getAttempt()) || getAttempt().getStatus() == AttemptStatus.ABANDONED);
    }

    /** The payment recorded for a paid attempt (its receipt). */
    public Payment getReceipt() {
        if (receipt == null && getAttempt() != null) {
            receipt = payments.paymentOf(getAttempt()).orElse(null);
        }
        return receipt;
    }

    public List<String> getInvoiceNumbers() {
        return getAttempt() == null ? List.of() : payments.invoiceNumbers(getAttempt());
    }

    public String money(long cents) {
        return Prices.money(cents, language.getLocale());
    }


    public Long getAttemptId() {
        return attemptId;
    }

    public void setAttemptId(Long attemptId) {
        this.attemptId = attemptId;
    }

    /** The address's {@code attempt}: anything but a number is an unknown attempt (404), not a conversion error (500). */
    public String getAttemptParam() {
        return attemptId == null ? null : attemptId.toString();
    }

    public void setAttemptParam(String value) {
        this.attemptId = value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }
}
