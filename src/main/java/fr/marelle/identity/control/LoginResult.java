package fr.marelle.identity.control;

import fr.marelle.identity.entity.Account;
import fr.marelle.platform.control.TooManyRequestsException;

/** Outcome of a check of e-mail and password; {@code tooMany} says how long to wait when THROTTLED. */
public record LoginResult(Outcome outcome, Account account, TooManyRequestsException tooMany) {

    public enum Outcome {
        SUCCESS,
        /** Wrong e-mail or password: the same answer for both. */
        INVALID,
        /** Too many failures for this e-mail from this address: refused for a while, whatever the password. */
        LOCKED,
        /** Too many failed logins or Basic calls from this address: refused before any password check. */
        THROTTLED,
        NOT_ACTIVATED,
        DEACTIVATED
    }

    public LoginResult(Outcome outcome, Account account) {
        this(outcome, account, null);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }

    /** Message key shown to the person who tried. */
    public String messageKey() {
        return "login." + switch (outcome) {
            case SUCCESS -> "success";
            case INVALID -> "invalid";
            case LOCKED -> "locked";
            case THROTTLED -> "throttled";
            case NOT_ACTIVATED -> "notActivated";
            case DEACTIVATED -> "deactivated";
        };
    }
}
