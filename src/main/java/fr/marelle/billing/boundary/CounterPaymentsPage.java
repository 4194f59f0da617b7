package fr.marelle.billing.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.billing.control.CounterPayments;
import fr.marelle.billing.control.CounterRules;
import fr.marelle.billing.control.EuroAmounts;
import fr.marelle.billing.control.FinanceAccess;
import fr.marelle.billing.control.InvoiceRuns;
import fr.marelle.billing.control.Invoices;
import fr.marelle.billing.control.LedgerRules;
import fr.marelle.billing.control.Payments;
import fr.marelle.billing.entity.InvoiceStatus;
import fr.marelle.billing.entity.Payment;
import fr.marelle.billing.entity.PaymentKind;
import fr.marelle.billing.entity.PaymentMeans;
import fr.marelle.planning.control.Prices;
import fr.marelle.planning.entity.Regie;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The "payments" part of finance staff's household page: per régie the unpaid invoices, a counter
 * payment spread over them (oldest first proposed, amounts editable), the household's credit used or
 * refunded, and the household's payments with their receipts and the cancellation of a mistaken one.
 */
@Named("counterPage")
@RequestScoped
public class CounterPaymentsPage {

    @Inject
    Acting acting;

    @Inject
    FinanceAccess finance;

    @Inject
    Invoices invoices;

    @Inject
    Payments payments;

    @Inject
    CounterPayments counter;

    @Inject
    InvoiceRuns runs;

    @Inject
    LanguageSwitch language;

    @Inject
    Clock clock;

    private Long householdId;
    private String regieCode;
    private List<Invoices.Summary> all;
    private List<Payments.Entry> entries;
    private Map<String, Long> credits;
    private List<Regie> regies;

    private String means = PaymentMeans.CASH.name();
    private String amount;
    private String receivedOn;
    private String chequeNumber;
    private String bank;
    private String reference;
    private String note;
    private final Map<Long, String> shares = new HashMap<>();
    private String refundAmount;
    private String refundMeans = PaymentMeans.CASH.name();
    private String refundReference;
    private Long reversePayment;
    private String reverseReason;

    /** The household and the régie come from the request, also on the forms' postbacks. */
    @PostConstruct
    void read() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String id = params.get("id");
        if (id != null && id.matches("\\d{1,18}")) {
            householdId = Long.valueOf(id);
        }
        String regie = params.get("regie");
        if (regie != null && regie.matches("[A-Za-z0-9_-]{1,20}")) {
            regieCode = regie;
        }
        receivedOn = LocalDate.now(clock).toString();
        if (householdId != null && !FacesContext.getCurrentInstance().isPostback() && !getUnpaid().isEmpty()) {
            // first look: everything unpaid of the régie, each invoice in full
            long total = getUnpaid().stream().mapToLong(Invoices.Summary::remainingCents).sum();
            amount = euros(total);
            getUnpaid().forEach(s -> shares.put(s.invoice().getId(), euros(s.remainingCents())));
        }
    }

    private List<Invoices.Summary> all() {
        if (all == null) {
            acting.requireFinanceStaff().getId();
            all = householdId == null ? List.of() : invoices.ofHousehold(householdId);
        }
        return all;
    }

    /** The régies the household has invoices or credit at. */
    public List<Regie> getRegies() {
        if (regies == null) {
            Set<String> codes = new LinkedHashSet<>();
            all().forEach(s -> codes.add(s.invoice().getRegieCode()));
            codes.addAll(getCredits().keySet());
            regies = runs.regies().stream().filter(r -> codes.contains(r.getCode())).toList();
        }
        return regies;
    }

    /** The chosen régie, or the first with something unpaid, or the first at all. */
    public String getRegieCode() {
        if (regieCode == null) {
            regieCode = all().stream().filter(CounterPaymentsPage::payable).map(s -> s.invoice().getRegieCode()).findFirst()
                    .orElseGet(() -> getRegies().stream().map(Regie::getCode).findFirst().orElse(null));
        }
        return regieCode;
    }

    public String getRegieName() {
        return getRegies().stream().filter(r -> r.getCode().equals(getRegieCode())).map(Regie::getName).findFirst()
                .orElse(getRegieCode());
    }

    /** The régie's invoices still to pay here, oldest first. */
    public List<Invoices.Summary> getUnpaid() {
        String regie = getRegieCode();
        List<Invoices.Summary> unpaid = new ArrayList<>(all().stream()
                .filter(s -> s.invoice().getRegieCode().equals(regie) && payable(s)).toList());
        unpaid.sort((x, y) -> x.invoice().getIssuedOn().equals(y.invoice().getIssuedOn())
                ? x.invoice().getNumber().compareTo(y.invoice().getNumber())
                : x.invoice().getIssuedOn().compareTo(y.invoice().getIssuedOn()));
        return unpaid;
    }

    private static boolean payable(Invoices.Summary s) {
        return s.status() == InvoiceStatus.UNPAID || s.status() == InvoiceStatus.PARTLY_PAID;
    }

    public Map<String, Long> getCredits() {
        if (credits == null) {
            credits = householdId == null ? Map.of() : payments.creditsOf(acting.requireFinanceStaff().getId(), householdId);
        }
        return credits;
    }

    public long getCredit() {
        return getRegieCode() == null ? 0 : getCredits().getOrDefault(getRegieCode(), 0L);
    }

    public List<Payments.Entry> getEntries() {
        if (entries == null) {
            entries = householdId == null ? List.of() : payments.ofHousehold(acting.requireFinanceStaff().getId(), householdId);
        }
        return entries;
    }

    /** What may still be cancelled here: counter entries not reversed, not reversals themselves. */
    public List<Payments.Entry> getReversible() {
        return getEntries().stream().filter(e -> e.payment().getKind() != PaymentKind.REVERSAL && e.reversedByNumber() == null
                && !e.payment().getMeans().isOnline()).toList();
    }

    public List<PaymentMeans> getCounterMeans() {
        return PaymentMeans.COUNTER.stream().toList();
    }

    public List<PaymentMeans> getRefundOptions() {
        return PaymentMeans.REFUND.stream().toList();
    }

    /** Spreads the amount typed over the unpaid invoices, oldest first. */
    public String propose() {
        Optional<Integer> cents = EuroAmounts.parseCents(amount);
        if (cents.isEmpty()) {
            Feedback.refused(RuleViolationException.of("amount", "billing.counter.amountFormat"));
            return null;
        }
        shares.clear();
        List<CounterRules.Unpaid> unpaid = getUnpaid().stream().map(s -> new CounterRules.Unpaid(s.invoice().getId(),
                s.invoice().getNumber(), s.invoice().getIssuedOn(), s.remainingCents())).toList();
        CounterRules.oldestFirst(unpaid, cents.get()).forEach(a -> shares.put(a.invoiceId(), euros(a.amountCents())));
        return null;
    }

    public String record() {
        List<Violation> bad = new ArrayList<>();
        Optional<Integer> cents = EuroAmounts.parseCents(amount);
        if (cents.isEmpty()) {
            bad.add(Violation.of("amount", "billing.counter.amountFormat"));
        }
        LocalDate day = null;
        try {
            day = LocalDate.parse(receivedOn == null ? "" : receivedOn.strip());
        } catch (DateTimeParseException e) {
            bad.add(Violation.of("receivedOn", "date.invalid"));
        }
        List<Invoices.Summary> unpaid = getUnpaid();
        List<LedgerRules.Allocation> allocations = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < unpaid.size(); i++) {
            String share = shares.get(unpaid.get(i).invoice().getId());
            if (share == null || share.isBlank()) {
                continue;
            }
            Optional<Integer> shareCents = EuroAmounts.parseCents(share);
            if (shareCents.isEmpty()) {
                bad.add(Violation.of(shareId(i), "billing.counter.amountFormat"));
            } else if (shareCents.get() > 0) {
                allocations.add(new LedgerRules.Allocation(unpaid.get(i).invoice().getId(), (long) shareCents.get()));
                rows.add(i);
            }
        }
        try {
            RuleViolationException.throwIfAny(bad);
            Payment payment = counter.receive(acting.require().getId(), householdId, new CounterRules.Received(getRegieCode(),
                    meansOf(means), (long) cents.get(), day, chequeNumber, bank, reference, note), allocations);
            Feedback.infoAfterRedirect("counter.recorded", payment.getNumber());
            return back();
        } catch (RuleViolationException e) {
            Feedback.refused(onPage(e, rows, Map.of("amountCents", "amount")));
            return null;
        }
    }

    /** Puts the household's credit at the régie on its unpaid invoices, oldest first. */
    public String useCredit() {
        List<CounterRules.Unpaid> unpaid = getUnpaid().stream().map(s -> new CounterRules.Unpaid(s.invoice().getId(),
                s.invoice().getNumber(), s.invoice().getIssuedOn(), s.remainingCents())).toList();
        try {
            counter.useCredit(acting.require().getId(), householdId, getRegieCode(),
                    CounterRules.oldestFirst(unpaid, getCredit()));
            Feedback.infoAfterRedirect("counter.creditUsed");
            return back();
        } catch (RuleViolationException e) {
            Feedback.refused(onPage(e, List.of(), Map.of()));
            return null;
        }
    }

    public String refund() {
        Optional<Integer> cents = EuroAmounts.parseCents(refundAmount);
        try {
            if (cents.isEmpty()) {
                throw RuleViolationException.of("refundAmount", "billing.counter.amountFormat");
            }
            Payment refund = counter.refund(acting.require().getId(), householdId, getRegieCode(), (long) cents.get(),
                    meansOf(refundMeans), refundReference, null);
            Feedback.infoAfterRedirect("counter.refunded", refund.getNumber());
            return back();
        } catch (RuleViolationException e) {
            Feedback.refused(onPage(e, List.of(), Map.of("amountCents", "refundAmount", "means", "refundMeans",
                    "reference", "refundReference")));
            return null;
        }
    }

    public String reverse() {
        try {
            if (reversePayment == null) {
                throw RuleViolationException.of("reversePayment", "counter.choosePayment");
            }
            Payment reversal = counter.reverse(acting.require().getId(), reversePayment, reverseReason);
            Feedback.infoAfterRedirect("counter.reversed", reversal.getNumber());
            return back();
        } catch (RuleViolationException e) {
            Feedback.refused(onPage(e, List.of(), Map.of("reason", "reverseReason", "paymentId", "reversePayment")));
            return null;
        }
    }

    private String back() {
        return "/finance/household?faces-redirect=true&id=" + householdId + "&regie=" + getRegieCode();
    }

    /** The rules name the API's fields: show them on the page's inputs (allocations[k] is the k-th filled row). */
    private static RuleViolationException onPage(RuleViolationException e, List<Integer> rows, Map<String, String> fields) {
        return new RuleViolationException(e.violations().stream().map(v -> {
            String field = v.field() == null ? null : fields.getOrDefault(v.field(), v.field());
            if (field != null && field.matches("allocations\\[\\d+]\\..*")) {
                int k = Integer.parseInt(field.substring(12, field.indexOf(']')));
                field = k < rows.size() ? shareId(rows.get(k)) : null;
            } else if ("allocations".equals(field)) {
                field = "amount";
            }
            return Violation.of(field, v.key(), v.args().toArray());
        }).toList());
    }

    private static String shareId(int row) {
        return "shares:" + row + ":share";
    }

    private static PaymentMeans meansOf(String value) {
        try {
            return value == null || value.isBlank() ? null : PaymentMeans.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String euros(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
    }

    public String money(long cents) {
        return Prices.money((int) cents, language.getLocale());
    }

    public String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public String meansLabel(PaymentMeans m) {
        return Feedback.text("billing.means." + m.name());
    }

    public Long getHouseholdId() { return householdId; }
    public Map<Long, String> getShares() { return shares; }
    public String getMeans() { return means; }
    public void setMeans(String means) { this.means = means; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getReceivedOn() { return receivedOn; }
    public void setReceivedOn(String receivedOn) { this.receivedOn = receivedOn; }
    public String getChequeNumber() { return chequeNumber; }
    public void setChequeNumber(String chequeNumber) { this.chequeNumber = chequeNumber; }
    public String getBank() { return bank; }
    public void setBank(String bank) { this.bank = bank; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getRefundAmount() { return refundAmount; }
    public void setRefundAmount(String refundAmount) { this.refundAmount = refundAmount; }
    public String getRefundMeans() { return refundMeans; }
    public void setRefundMeans(String refundMeans) { this.refundMeans = refundMeans; }
    public String getRefundReference() { return refundReference; }
    public void setRefundReference(String refundReference) { this.refundReference = refundReference; }
    public Long getReversePayment() { return reversePayment; }
    public void setReversePayment(Long reversePayment) { this.reversePayment = reversePayment; }
    public String getReverseReason() { return reverseReason; }
    public void setReverseReason(String reverseReason) { this.reverseReason = reverseReason; }
}
