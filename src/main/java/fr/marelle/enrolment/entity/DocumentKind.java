package fr.marelle.enrolment.entity;

/** The documents of an enrolment request. */
public enum DocumentKind {
    /** Justificatif de domicile. */
    PROOF_OF_ADDRESS,
    /** Pages of the livret de famille, or the birth certificate. */
    FAMILY_RECORD,
    /** The vaccination page of the health record. */
    VACCINATION
}
