package fr.marelle.payment.control;

public enum OnlineMeans { CARD, DIRECT_DEBIT }
