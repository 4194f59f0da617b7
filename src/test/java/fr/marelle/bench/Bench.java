package fr.marelle.bench;

/**
 * {@code mvn -Pbench}: the booking rush; with {@code -Dbench.scenario=search} the staff household search,
 * with {@code -Dbench.scenario=payments} the online payment burst, with {@code -Dbench.scenario=failover} the rush
 * through two nodes and HAProxy, one of them killed midway.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = System.getProperty("bench.scenario", "rush").strip();
        switch (scenario) {
            case "rush", "" -> BookingRush.main(args);
            case "search" -> HouseholdSearch.main(args);
            case "payments" -> PaymentBurst.main(args);
            case "failover" -> FailoverRush.main(args);
            default -> {
                System.err.println("Unknown bench.scenario " + scenario + ": rush, search, payments or failover.");
                System.exit(2);
            }
        }
    }
}
