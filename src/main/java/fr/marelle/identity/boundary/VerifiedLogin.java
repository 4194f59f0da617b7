package fr.marelle.identity.boundary;

import jakarta.security.enterprise.credential.Credential;

import java.util.Set;

/**
 * Handed by the login page to the authentication mechanism once e-mail and password were
 * checked; it exists only inside the server, so it cannot be forged by a request.
 */
record VerifiedLogin(String email, Set<String> roles) implements Credential {
}
