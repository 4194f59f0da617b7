package fr.marelle.payment.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayfipResultsTest {

    private static final Instant CREATED = Instant.parse("2026-11-23T13:00:00Z");

    private static Map<String, String> detail(String resultrans) {
        Map<String, String> f = new HashMap<>();
        f.put("resultrans", resultrans);
        f.put("montant", "4250");
        f.put("refdet", "MAR2026000123");
        f.put("numauto", "123456");
        f.put("dattrans", "23112026");
        f.put("heurtrans", "1412");
        return f;
    }

    private static OperationResult after(Map<String, String> f, Duration age) {
        return PayfipResults.ofDetail(f, CREATED, CREATED.plus(age), "<raw/>");
    }

    private static ProviderState faultAfter(String code, Duration age) {
        return PayfipResults.ofFault(new PayfipAnswers.Fault("FonctionnelleErreur", code, "x", null),
                CREATED, CREATED.plus(age), "<raw/>").orElseThrow().state();
    }

    @Test
    void pIsPaidByCardWithTheExactAmountReferenceAuthorisationAndParisTime() {
        OperationResult r = after(detail("P"), Duration.ofMinutes(3));
        assertEquals(ProviderState.PAID, r.state());
        assertEquals(OnlineMeans.CARD, r.means());
        assertEquals(4250L, r.amountCents());
        assertEquals("MAR2026000123", r.reference());
        assertEquals("123456", r.authorisation());
        assertEquals(LocalDateTime.of(2026, 11, 23, 14, 12), r.paidAt());
        assertEquals("P", r.providerCode());
        assertEquals("<raw/>", r.rawAnswer());
    }

    @Test
    void vIsPaidByDirectDebit() {
        OperationResult r = after(detail("V"), Duration.ofHours(30));
        assertEquals(ProviderState.PAID, r.state());
        assertEquals(OnlineMeans.DIRECT_DEBIT, r.means());
    }

    @Test
    void aPaymentWithoutAReadableAmountCannotBeCheckedAndIsAnError() {
        Map<String, String> f = detail("P");
        f.put("montant", "42.50");
        OperationResult r = after(f, Duration.ofMinutes(3));
        assertEquals(ProviderState.ERROR, r.state());
        assertNull(r.means());
        f.remove("montant");
        assertEquals(ProviderState.ERROR, after(f, Duration.ofMinutes(3)).state());
    }

    @Test
    void rAndZAreRefused() {
        assertEquals(ProviderState.REFUSED, after(detail("R"), Duration.ofMinutes(1)).state());
        assertEquals(ProviderState.REFUSED, after(detail("Z"), Duration.ofMinutes(1)).state());
        assertNull(after(detail("R"), Duration.ofMinutes(1)).means());
    }

    @Test
    void anAbandonStaysPendingWhileThePayerCanStillComeBackThatIsFifteenMinutes() {
        assertEquals(ProviderState.PENDING, after(detail("A"), Duration.ZERO).state());
        assertEquals(ProviderState.PENDING, after(detail("A"), Duration.ofMinutes(15).minusSeconds(1)).state());
        assertEquals(ProviderState.ABANDONED, after(detail("A"), Duration.ofMinutes(15)).state());
        assertEquals(ProviderState.ABANDONED, after(detail("A"), Duration.ofMinutes(16)).state());
    }

    @Test
    void anUnknownResultCodeIsAnError() {
        assertEquals(ProviderState.ERROR, after(detail("Q"), Duration.ofMinutes(1)).state());
        assertEquals(ProviderState.ERROR, after(detail(""), Duration.ofMinutes(1)).state());
    }

    @Test
    void noResultYetIsPendingForTwentyMinutesThenExpired() {
        assertEquals(ProviderState.PENDING, faultAfter("P5", Duration.ofMinutes(1)));
        assertEquals(ProviderState.PENDING, faultAfter("P5", Duration.ofMinutes(20).minusSeconds(1)));
        assertEquals(ProviderState.EXPIRED, faultAfter("P5", Duration.ofMinutes(20)));
        assertEquals(ProviderState.EXPIRED, faultAfter("P5", Duration.ofDays(2)));
    }

    @Test
    void anUnknownOperationIsExpiredAtOnce() {
        assertEquals(ProviderState.EXPIRED, faultAfter("P1", Duration.ZERO));
    }

    @Test
    void otherFaultsAreNoStateAndTechnicalFaultsNeither() {
        assertTrue(PayfipResults.ofFault(new PayfipAnswers.Fault("FonctionnelleErreur", "C1", "x", null),
                CREATED, CREATED, "").isEmpty());
        assertTrue(PayfipResults.ofFault(new PayfipAnswers.Fault("TechIndisponibiliteErreur", "P5", "x", null),
                CREATED, CREATED, "").isEmpty());
    }

    @Test
    void theTransactionTimeIsReadFromDattransAndHeurtrans() {
        assertEquals(LocalDateTime.of(2026, 1, 5, 9, 7), PayfipResults.paidAt("05012026", "0907"));
        assertEquals(LocalDateTime.of(2026, 1, 5, 9, 7), PayfipResults.paidAt("05012026", "907"));
        assertEquals(LocalDateTime.of(2026, 1, 5, 9, 7), PayfipResults.paidAt("05012026", "09:07"));
        assertNull(PayfipResults.paidAt("31022026", "0907"));
        assertNull(PayfipResults.paidAt(null, "0907"));
    }
}
