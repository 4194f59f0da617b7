package fr.marelle.payment.simulator.control;

/**
 * What the tester chooses on the simulated payment page: the result, and the test switches
 * (notification at once, after {@code delaySeconds}, or never; "no result yet" for the next
 * {@code noResultCount} result requests).
 */
public record PayerChoice(Result result, Notification notification, int delaySeconds, int noResultCount) {

    public enum Result {
        CARD("P"), DIRECT_DEBIT("V"), REFUSED("R"), DIRECT_DEBIT_REFUSED("Z"), ABANDONED("A");

        public final String resultrans;

        Result(String resultrans) {
            this.resultrans = resultrans;
        }
    }

    public enum Notification { NOW, DELAYED, DROPPED }

    public static final int MAX_DELAY_SECONDS = 3600;
    public static final int MAX_NO_RESULT = 100;

    public PayerChoice {
        if (result == null || notification == null) {
            throw new IllegalArgumentException("result and notification are required");
        }
        if (delaySeconds < 0 || delaySeconds > MAX_DELAY_SECONDS || noResultCount < 0 || noResultCount > MAX_NO_RESULT) {
            throw new IllegalArgumentException("delay 0.." + MAX_DELAY_SECONDS + " s, no result 0.." + MAX_NO_RESULT);
        }
    }
}
