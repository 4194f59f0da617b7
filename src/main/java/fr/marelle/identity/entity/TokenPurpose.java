package fr.marelle.identity.entity;

import java.time.Duration;

/** Why a one-time token was mailed, and how long it stays valid. */
public enum TokenPurpose {
    ACTIVATION(Duration.ofHours(48)),
    PASSWORD_RESET(Duration.ofHours(1)),
    INVITATION(Duration.ofDays(7));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
