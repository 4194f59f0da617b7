package fr.marelle.privacy.control;

import fr.marelle.platform.control.Violation;

import java.util.List;

/** The account cannot be closed now; the reasons say what to settle first. */
public class ErasureRefusedException extends RuntimeException {

    private final transient List<Violation> reasons;

    public ErasureRefusedException(List<Violation> reasons) {
        super("erasure refused: " + reasons.stream().map(Violation::key).toList());
        this.reasons = List.copyOf(reasons);
    }

    public List<Violation> reasons() {
        return reasons;
    }
}
