package fr.marelle.rooms.entity;

/** The deposit of a hire: none asked, held since acceptance, returned or kept (with a reason) after the event. */
public enum DepositStatus { NONE, HELD, RETURNED, KEPT }
