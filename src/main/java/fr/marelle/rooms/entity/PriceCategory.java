package fr.marelle.rooms.entity;

/** Whose prices apply to a hire: the town's residents, associations, or everyone else (companies included). */
public enum PriceCategory { STANDARD, RESIDENT, ASSOCIATION }
