package fr.marelle.enrolment.control;

import fr.marelle.enrolment.entity.DocumentKind;
import fr.marelle.family.control.HouseholdRules;
import fr.marelle.platform.control.Violation;

import java.util.List;
import java.util.Optional;

/** Small rules shared by the enrolment use cases and their boundaries: free texts and the documents' field names. */
public final class EnrolmentRules {

    private EnrolmentRules() {
    }

    /** A free text, stripped (null when blank), at most {@code max} characters, no control characters. */
    public static String text(String field, String value, int max, List<Violation> violations) {
        return HouseholdRules.text(field, value, max, violations);
    }

    /** The field (form and multipart part) of a document: proofOfAddress, familyRecord, vaccination. */
    public static String field(DocumentKind kind) {
        return switch (kind) {
            case PROOF_OF_ADDRESS -> "proofOfAddress";
            case FAMILY_RECORD -> "familyRecord";
            case VACCINATION -> "vaccination";
        };
    }

    /** The document a field or a kind's name stands for. */
    public static Optional<DocumentKind> document(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.name().equalsIgnoreCase(name.strip()) || field(kind).equals(name.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
