package fr.marelle.identity.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.identity.control.Passwords;
import fr.marelle.identity.control.Registration;
import fr.marelle.identity.control.RegistrationRequest;
import fr.marelle.identity.entity.Account;
import fr.marelle.platform.control.PortalLinks;
import fr.marelle.terms.control.TermsAcceptances;
import fr.marelle.terms.control.TermsVersions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

import java.util.List;

/** Accounts: self-registration of a parent, and the signed-in account. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "Self-registration and the signed-in account: who it is, its password, its notices")
public class AccountsResource {

    /** Body of POST /accounts. */
    @Schema(name = "AccountRegistrationJson")
    public static class RegistrationJson {
        public String firstName;
        public String lastName;
        public String email;
        public String password;
        @Schema(description = "The current terms of use were read and accepted")
        public Boolean termsAccepted;
        @Schema(description = "Language of the e-mails: fr (default) or en")
        public String language;
        @Schema(description = "Who holds the account: PRIVATE (default), ASSOCIATION or COMPANY",
                enumeration = {"PRIVATE", "ASSOCIATION", "COMPANY"})
        public String accountType;
        @Schema(description = "Name of the association or company (required unless PRIVATE)")
        public String organisationName;
        @Schema(description = "An association's RNA number (W and 9 digits) or SIRET; a company's SIRET (14 digits,"
                + " Luhn key checked)", example = "W751234567")
        public String organisationNumber;
    }

    /** The answer to a registration, the same whether the e-mail was new or not. */
    public record RegistrationAnswer(String email, String message) {
    }

    /** Body of PUT /me/password. */
    public static class PasswordChangeJson {
        @Schema(description = "The password in use now")
        public String currentPassword;
        @Schema(description = "At least 12 characters with upper case, lower case, digit and symbol, without the"
                + " e-mail's local part")
        public String newPassword;
    }

    /** GET /me. Like every answer of the API, a null field is left out: no termsToAccept means none. */
    public record Me(long id, String email, String firstName, String lastName, List<String> roles, String language,
                     @Schema(enumeration = {"PRIVATE", "ASSOCIATION", "COMPANY"}) String accountType,
                     @Schema(description = "The association or company, left out for a private person") Organisation organisation,
                     @Schema(description = "The terms of use in force, when this account (acting as a family) has yet to"
                             + " accept them: until then its writes are refused (403) except POST /me/terms-acceptance"
                             + " and the password change; left out otherwise")
                     TermsToAccept termsToAccept) {
    }

    /** The association or company an account holds for. */
    @Schema(name = "AccountOrganisation")
    public record Organisation(String name, @Schema(description = "RNA number or SIRET") String number) {
    }

    /** The version of the terms of use to read and accept. */
    public record TermsToAccept(@Schema(example = "2027-01") String version,
                                @Schema(description = "Day it came into force (Paris)") String inForceOn,
                                @Schema(description = "The page showing its text (GET /terms gives it too)") String url) {
    }

    @Inject
    Registration registration;

    @Inject
    Acting acting;

    @Inject
    Passwords passwords;

    @Inject
    TermsAcceptances terms;

    @Inject
    PortalLinks links;

    @Context
    HttpServletRequest request;

    @OpenOperation
    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Create a parent account (self-registration)",
            description = "A private person by default; an association (RNA number or SIRET) or a company (SIRET)"
                    + " gives its name and number. Mails an activation link. If the e-mail already has an account, the answer is the same"
                    + " and its owner is mailed instead.")
    @APIResponse(responseCode = "201", description = "Activation mail queued", content = @Content(schema = @Schema(implementation = RegistrationAnswer.class)))
    @APIResponse(responseCode = "400", description = "One entry per broken rule",
            content = @Content(mediaType = "application/problem+json"))
    public Response register(RegistrationJson body, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        RegistrationJson json = body == null ? new RegistrationJson() : body;
        var locale = fr.marelle.platform.control.Messages.supported(
                headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0));
        String language = json.language != null ? json.language : locale.getLanguage();
        registration.register(new RegistrationRequest(json.firstName, json.lastName, json.email, json.password,
                Boolean.TRUE.equals(json.termsAccepted), language, json.accountType, json.organisationName,
                json.organisationNumber));
        // the account is usable once activated: Location names the caller's account resource
        return Response.created(UriBuilder.fromPath("me").build())
                .entity(new RegistrationAnswer(json.email == null ? null : json.email.strip(),
                        fr.marelle.platform.control.Messages.text(locale, "register.done")))
                .build();
    }

    @GET
    @Path("me")
    @Operation(summary = "The signed-in account")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "No valid credentials",
            content = @Content(mediaType = "application/problem+json"))
    public Me me() {
        Account account = acting.require();
        TermsToAccept toAccept = !acting.has(TermsAcceptances.CONCERNED) ? null : terms.pending(account)
                .map(v -> new TermsToAccept(v.getLabel(), v.getInForceOn().toString(), links.to(TermsVersions.pagePath(v.getLabel()))))
                .orElse(null);
        return new Me(account.getId(), account.getEmail(), account.getFirstName(), account.getLastName(),
                account.getRoles().stream().map(Enum::name).sorted().toList(), account.getLanguage(),
                account.getAccountType().name(), account.getOrganisationName() == null ? null
                : new Organisation(account.getOrganisationName(), account.getOrganisationNumber()), toAccept);
    }

    @PUT
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the signed-in account's password",
            description = "Same rules and messages as the page. Every other session of the account ends (also those"
                    + " opened by HTTP Basic calls); a page session making the change goes on. A confirmation is"
                    + " mailed. HTTP Basic callers use the new password from the next call.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "Wrong current password (field currentPassword) or new password"
            + " refused (field newPassword), one entry per broken rule",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid credentials",
            content = @Content(mediaType = "application/problem+json"))
    public Response changePassword(PasswordChangeJson body) {
        PasswordChangeJson json = body == null ? new PasswordChangeJson() : body;
        Account account = passwords.change(acting.require().getId(), json.currentPassword, json.newPassword);
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getSession(false) != null) {
            // the page session making the change goes on, under a new id; a Basic call's session ends
            request.changeSessionId();
            SessionStamp.stamp(request, account);
        }
        return Response.noContent().build();
    }
}
