package fr.marelle.bench;

/** {@code mvn -Pbench}: the booking rush, or with {@code -Dbench.scenario=search} the staff household search. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = System.getProperty("bench.scenario", "rush").strip();
        switch (scenario) {
            case "rush", "" -> BookingRush.main(args);
            case "search" -> HouseholdSearch.main(args);
            default -> {
                System.err.println("Unknown bench.scenario " + scenario + ": rush or search.");
                System.exit(2);
            }
        }
    }
}
