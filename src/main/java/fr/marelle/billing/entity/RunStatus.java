package fr.marelle.billing.entity;

public enum RunStatus { DRAFT, VALIDATED }
