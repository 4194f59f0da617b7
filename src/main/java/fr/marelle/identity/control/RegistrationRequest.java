package fr.marelle.identity.control;

/**
 * What a person types to create their account online: a private person by default, or the
 * representative of an association or a company with its name and number (RNA or SIRET).
 */
public record RegistrationRequest(String firstName, String lastName, String email, String password,
                                  boolean termsAccepted, String language, String accountType,
                                  String organisationName, String organisationNumber) {

    /** A private person's registration. */
    public RegistrationRequest(String firstName, String lastName, String email, String password,
                               boolean termsAccepted, String language) {
        this(firstName, lastName, email, password, termsAccepted, language, null, null, null);
    }
}
