package fr.marelle.identity.entity;

/** Who holds the account: a private person (the default), an association or a company. */
public enum AccountType { PRIVATE, ASSOCIATION, COMPANY }
