package fr.marelle.registration.entity;

/** Who wrote a message or closed a request: the family or an agent. */
public enum AuthorKind {
    FAMILY, STAFF
}
