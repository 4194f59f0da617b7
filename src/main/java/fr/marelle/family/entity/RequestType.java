package fr.marelle.family.entity;

/** The changes of the household file that an agent validates (besides the family quotient). */
public enum RequestType {
    /** Alternating custody: a child linked to a second household. */
    CUSTODY_LINK,
    /** A person who must not pick a child up (court decision). */
    NOT_ALLOWED_PERSON
}
