package fr.marelle.identity.boundary;

import fr.marelle.identity.entity.Account;

/** Fired once the login page signed a browser in with the account's password (its session is open). */
public record SignedInWithPassword(Account account) {
}
