package fr.marelle.identity.entity;

public enum AccountStatus {
    /** Registered online, e-mail not confirmed yet. */
    PENDING_ACTIVATION,
    /** Created by staff, waiting for its holder to choose a password. */
    INVITED,
    ACTIVE,
    /** Login refused, data kept. */
    DEACTIVATED
}
