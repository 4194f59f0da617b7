package fr.marelle.identity.control;

/** An operation that needs an account was reached without one (401 on the API). */
public class NotSignedInException extends RuntimeException {

    public NotSignedInException() {
        super("not signed in");
    }
}
