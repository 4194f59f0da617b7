package fr.marelle.identity.control;

import fr.marelle.identity.entity.Account;

/** Outcome of a check of e-mail and password. */
public record LoginResult(Outcome outcome, Account account) {

    public enum Outcome {
        SUCCESS,
        /** Wrong e-mail or password: the same answer for both. */
        INVALID,
        /** Too many failures: refused for a while, whatever the password. */
        LOCKED,
        NOT_ACTIVATED,
        DEACTIVATED
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
            case NOT_ACTIVATED -> "notActivated";
            case DEACTIVATED -> "deactivated";
        };
    }
}
