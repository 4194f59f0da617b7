package fr.marelle.payment.control;

import fr.marelle.payment.control.AttemptOutcomes.Action;
import fr.marelle.payment.entity.AttemptStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttemptOutcomesTest {

    private static OperationResult result(ProviderState state, Long amount, String reference) {
        return new OperationResult(state, state == ProviderState.PAID ? OnlineMeans.CARD : null, amount, reference,
                "123456", LocalDateTime.of(2026, 11, 23, 10, 5), "P", "<raw/>");
    }

    @Test
    void a_pending_attempt_paid_for_its_exact_amount_and_reference_is_paid() {
        var d = AttemptOutcomes.decide(AttemptStatus.PENDING, 4250, "MREF1", result(ProviderState.PAID, 4250L, "MREF1"));
        assertEquals(Action.PAY, d.action());
        assertEquals(AttemptStatus.PAID, d.status());
    }

    @Test
    void a_second_identical_answer_changes_nothing() {
        var d = AttemptOutcomes.decide(AttemptStatus.PAID, 4250, "MREF1", result(ProviderState.PAID, 4250L, "MREF1"));
        assertEquals(Action.NONE, d.action());
        assertEquals(AttemptStatus.PAID, d.status());
    }

    @Test
    void another_amount_is_not_applied_and_is_reported() {
        var d = AttemptOutcomes.decide(AttemptStatus.PENDING, 4250, "MREF1", result(ProviderState.PAID, 4200L, "MREF1"));
        assertEquals(Action.MISMATCH, d.action());
        assertEquals(AttemptStatus.ERROR, d.status());
        assertEquals("AMOUNT_MISMATCH", d.mismatch());
    }

    @Test
    void another_reference_is_not_applied_and_is_reported() {
        var d = AttemptOutcomes.decide(AttemptStatus.PENDING, 4250, "MREF1", result(ProviderState.PAID, 4250L, "MREF2"));
        assertEquals(Action.MISMATCH, d.action());
        assertEquals("REFERENCE_MISMATCH", d.mismatch());
    }

    @Test
    void a_paid_answer_without_amount_is_a_mismatch() {
        assertEquals(Action.MISMATCH,
                AttemptOutcomes.decide(AttemptStatus.PENDING, 4250, "MREF1", result(ProviderState.PAID, null, "MREF1")).action());
    }

    @Test
    void refused_abandoned_and_expired_settle_the_attempt() {
        assertEquals(AttemptStatus.REFUSED,
                AttemptOutcomes.decide(AttemptStatus.PENDING, 100, "R", result(ProviderState.REFUSED, null, null)).status());
        assertEquals(AttemptStatus.ABANDONED,
                AttemptOutcomes.decide(AttemptStatus.PENDING, 100, "R", result(ProviderState.ABANDONED, null, null)).status());
        assertEquals(AttemptStatus.EXPIRED,
                AttemptOutcomes.decide(AttemptStatus.PENDING, 100, "R", result(ProviderState.EXPIRED, null, null)).status());
    }

    @Test
    void no_result_yet_or_a_technical_answer_waits() {
        assertEquals(Action.WAIT,
                AttemptOutcomes.decide(AttemptStatus.PENDING, 100, "R", result(ProviderState.PENDING, null, null)).action());
        assertEquals(Action.WAIT,
                AttemptOutcomes.decide(AttemptStatus.PENDING, 100, "R", result(ProviderState.ERROR, null, null)).action());
    }

    @Test
    void a_replaced_attempt_that_the_family_completed_is_still_paid_and_reported() {
        var d = AttemptOutcomes.decide(AttemptStatus.EXPIRED, 4250, "MREF1", result(ProviderState.PAID, 4250L, "MREF1"));
        assertEquals(Action.PAY_LATE, d.action());
        assertEquals(AttemptStatus.PAID, d.status());
    }

    @Test
    void a_replaced_attempt_not_paid_stays_expired() {
        var d = AttemptOutcomes.decide(AttemptStatus.EXPIRED, 4250, "MREF1", result(ProviderState.REFUSED, null, null));
        assertEquals(Action.NONE, d.action());
        assertEquals(AttemptStatus.EXPIRED, d.status());
    }

    @Test
    void a_refused_attempt_is_not_reopened_by_a_later_paid_answer() {
        assertEquals(Action.NONE,
                AttemptOutcomes.decide(AttemptStatus.REFUSED, 100, "R", result(ProviderState.PAID, 100L, "R")).action());
    }
}
