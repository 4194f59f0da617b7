package fr.marelle.enrolment.entity;

/** Which house numbers of a range a school map line covers. */
public enum Parity {
    ALL, ODD, EVEN;

    public boolean covers(int number) {
        return switch (this) {
            case ALL -> true;
            case ODD -> number % 2 != 0;
            case EVEN -> number % 2 == 0;
        };
    }

    /** Whether two lines could both cover one number. */
    public boolean meets(Parity other) {
        return this == ALL || other == ALL || this == other;
    }
}
