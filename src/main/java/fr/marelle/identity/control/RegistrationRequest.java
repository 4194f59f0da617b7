package fr.marelle.identity.control;

/** What a person types to create their parent account online. */
public record RegistrationRequest(String firstName, String lastName, String email, String password,
                                  boolean termsAccepted, String language) {
}
