package fr.marelle.privacy.control;

import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErasureRulesTest {

    private static List<String> keys(ErasureRules.Facts facts) {
        return ErasureRules.refusals(facts).stream().map(Violation::key).toList();
    }

    @Test
    void theLastGuardianWithNothingToSettleMayGo() {
        assertTrue(ErasureRules.refusals(new ErasureRules.Facts(false, true, 0, 0, 0, 0)).isEmpty());
    }

    @Test
    void everythingStillToSettleIsSaidAtOnce() {
        assertEquals(List.of("erasure.refused.unpaid", "erasure.refused.paymentPending",
                        "erasure.refused.upcomingBookings", "erasure.refused.notInvoiced"),
                keys(new ErasureRules.Facts(false, true, 7400, 1, 3, 2)));
    }

    @Test
    void aCreditIsToBeRefundedFirstAndTheAmountIsInEuros() {
        List<Violation> reasons = ErasureRules.refusals(new ErasureRules.Facts(false, true, -1250, 0, 0, 0));
        assertEquals("erasure.refused.credit", reasons.get(0).key());
        assertEquals(new BigDecimal("12.50"), reasons.get(0).args().get(0));
    }

    @Test
    void aGuardianWhoLeavesOthersBehindMayAlwaysGoTheHouseholdStays() {
        assertTrue(ErasureRules.refusals(new ErasureRules.Facts(false, false, 7400, 1, 3, 2)).isEmpty());
    }

    @Test
    void staffAccountsAreClosedByTheAdministrator() {
        assertEquals(List.of("erasure.refused.staff"), keys(new ErasureRules.Facts(true, false, 0, 0, 0, 0)));
    }

    @Test
    void anEnrolmentInProgressAHireToComeAndAHeldDepositStandInTheWayOfTheLastGuardianOnly() {
        assertEquals(List.of("erasure.refused.enrolmentInProgress", "erasure.refused.hireToCome", "erasure.refused.depositHeld"),
                keys(new ErasureRules.Facts(false, true, 0, 0, 0, 0, 1, 2, 1)));
        assertEquals(2, ErasureRules.refusals(new ErasureRules.Facts(false, true, 0, 0, 0, 0, 0, 2, 0)).get(0).args().get(0));
        assertTrue(ErasureRules.refusals(new ErasureRules.Facts(false, false, 0, 0, 0, 0, 1, 2, 1)).isEmpty());
    }
}
