package fr.marelle.family.entity;

public enum RequestState {
    SUBMITTED,
    ACCEPTED,
    REFUSED
}
