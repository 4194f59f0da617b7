package fr.marelle.family.control;

/**
 * The object does not exist, or is not the acting parent's: both answer the same (404), so that
 * a parent changing an id learns nothing about other households.
 */
public class UnknownRecordException extends RuntimeException {

    public UnknownRecordException(String what, Object id) {
        super(what + " " + id + " not found for this account");
    }
}
