package fr.marelle.payment.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an answer of {@code recupererDetailPaiementSecurise} means for the portal, given how old the
 * operation is. Pure, so the rules on time are tested without a provider:
 * <ul>
 * <li>resultrans P → paid by card, V → paid by direct debit (a paid answer without a readable
 * amount is an ERROR: it could not be checked);</li>
 * <li>R or Z → refused;</li>
 * <li>A → abandoned, but only once the operation is {@value #USABLE_MINUTES} minutes old: until then
 * the payer may still come back to the page and pay, so it stays pending;</li>
 * <li>fault P5 ("no result yet") → pending while the operation is younger than
 * {@value #NO_RESULT_MINUTES} minutes, expired after;</li>
 * <li>fault P1 (unknown operation, PayFiP purges them after about a day) → expired;</li>
 * <li>any other resultrans → ERROR.</li>
 * </ul>
 */
public final class PayfipResults {

    static final int USABLE_MINUTES = 15;
    static final int NO_RESULT_MINUTES = 20;
    public static final Duration USABLE = Duration.ofMinutes(USABLE_MINUTES);
    public static final Duration NO_RESULT_WAIT = Duration.ofMinutes(NO_RESULT_MINUTES);

    private static final DateTimeFormatter DATTRANS_HEURTRANS = DateTimeFormatter.ofPattern("ddMMuuuuHHmm")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private PayfipResults() {
    }

    /** The result given by the fields of recupererDetailPaiementSecuriseResponse/return. */
    public static OperationResult ofDetail(Map<String, String> f, Instant createdAt, Instant now, String raw) {
        Objects.requireNonNull(createdAt, "createdAt");
        String code = f.getOrDefault("resultrans", "").strip();
        Long amount = cents(f.get("montant"));
        String reference = blankToNull(f.get("refdet"));
        String authorisation = blankToNull(f.get("numauto"));
        LocalDateTime at = paidAt(f.get("dattrans"), f.get("heurtrans"));
        return switch (code) {
            case "P", "V" -> amount == null
                    ? new OperationResult(ProviderState.ERROR, null, null, reference, authorisation, at, code, raw)
                    : new OperationResult(ProviderState.PAID, "P".equals(code) ? OnlineMeans.CARD : OnlineMeans.DIRECT_DEBIT,
                    amount, reference, authorisation, at, code, raw);
            case "R", "Z" -> new OperationResult(ProviderState.REFUSED, null, amount, reference, authorisation, at, code, raw);
            case "A" -> new OperationResult(olderThan(createdAt, now, USABLE) ? ProviderState.ABANDONED : ProviderState.PENDING,
                    null, amount, reference, null, at, code, raw);
            default -> new OperationResult(ProviderState.ERROR, null, amount, reference, authorisation, at,
                    code.isEmpty() ? null : code, raw);
        };
    }

    /** The state a fault of recupererDetailPaiementSecurise stands for, if it stands for one (P5, P1). */
    public static Optional<OperationResult> ofFault(PayfipAnswers.Fault fault, Instant createdAt, Instant now, String raw) {
        Objects.requireNonNull(createdAt, "createdAt");
        if (!fault.functional() || fault.code() == null) {
            return Optional.empty();
        }
        return switch (fault.code().strip()) {
            case "P5" -> Optional.of(new OperationResult(
                    olderThan(createdAt, now, NO_RESULT_WAIT) ? ProviderState.EXPIRED : ProviderState.PENDING,
                    null, null, null, null, null, "P5", raw));
            case "P1" -> Optional.of(new OperationResult(ProviderState.EXPIRED, null, null, null, null, null, "P1", raw));
            default -> Optional.empty();
        };
    }

    /** DDMMYYYY + HHMM (Paris time) as a local date-time; null when missing or unreadable. */
    static LocalDateTime paidAt(String dattrans, String heurtrans) {
        if (dattrans == null || heurtrans == null) {
            return null;
        }
        String d = dattrans.strip();
        String h = heurtrans.strip().replace(":", "");
        if (h.length() == 3) {
            h = "0" + h;
        }
        try {
            return LocalDateTime.parse(d + h, DATTRANS_HEURTRANS);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean olderThan(Instant createdAt, Instant now, Duration age) {
        return !now.isBefore(createdAt.plus(age));
    }

    private static Long cents(String montant) {
        if (montant == null || !montant.strip().matches("[0-9]{1,12}")) {
            return null;
        }
        return Long.parseLong(montant.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
