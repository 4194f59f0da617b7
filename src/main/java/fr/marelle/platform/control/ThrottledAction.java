package fr.marelle.platform.control;

/**
 * What is throttled, by which key, and its default limit. Each limit is a setting
 * {@code marelle.throttle.<name>} (environment MARELLE_THROTTLE_<NAME>), e.g. {@code 10/1h}.
 */
public enum ThrottledAction {

    /** Registrations from one client address (each costs a password hash and a mail). */
    REGISTRATION_PER_ADDRESS("registration-per-address", "10/1h"),
    /** Registrations naming one e-mail address (each mails its owner). */
    REGISTRATION_PER_RECIPIENT("registration-per-recipient", "5/1h"),
    /** Password reset requests from one client address. */
    RESET_PER_ADDRESS("reset-per-address", "20/1h"),
    /** Password reset requests naming one e-mail address. */
    RESET_PER_RECIPIENT("reset-per-recipient", "5/1h"),
    /** Guardian invitations sent by one household. */
    INVITATION_PER_HOUSEHOLD("invitation-per-household", "20/1d"),
    /** Failed logins (page or HTTP Basic) from one client address, whatever the accounts. */
    LOGIN_FAILURES_PER_ADDRESS("login-failures-per-address", "30/1h"),
    /** HTTP Basic calls from one client address (each costs a PBKDF2 check, about 150 ms of CPU). */
    BASIC_PER_ADDRESS("basic-per-address", "3000/10m"),
    /** "Login blocked" mails to one account, so that failures from many addresses do not flood its owner. */
    LOCK_MAIL_PER_ACCOUNT("lock-mail-per-account", "3/1d");

    private final String setting;
    private final String defaultLimit;

    ThrottledAction(String setting, String defaultLimit) {
        this.setting = setting;
        this.defaultLimit = defaultLimit;
    }

    /** The MicroProfile Config property of the limit. */
    public String property() {
        return "marelle.throttle." + setting;
    }

    public ThrottleLimit defaultLimit() {
        return ThrottleLimit.parse(defaultLimit);
    }
}
