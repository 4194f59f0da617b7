package fr.marelle.payment.control;

public enum ProviderState { PENDING, PAID, REFUSED, ABANDONED, EXPIRED, ERROR }
