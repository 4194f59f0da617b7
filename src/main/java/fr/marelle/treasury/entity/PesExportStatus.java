package fr.marelle.treasury.entity;

/** Where a PES file stands with the public accountant: sent (no acknowledgement yet), accepted or rejected. */
public enum PesExportStatus {
    SENT, ACCEPTED, REJECTED
}
