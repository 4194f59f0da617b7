package fr.marelle.planning.entity;

public enum SiteKind {
    SCHOOL, LEISURE_CENTRE, ROOM, OTHER
}
