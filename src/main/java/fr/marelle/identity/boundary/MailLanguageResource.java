package fr.marelle.identity.boundary;

import fr.marelle.identity.control.AccountSettings;
import fr.marelle.identity.control.Acting;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Set;

/** The language of the mails the portal sends to the signed-in account, apart from the pages' language. */
@Path("me/mail-language")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "Self-registration and the signed-in account: who it is, its password, its notices")
public class MailLanguageResource {

    private static final Set<String> LANGUAGES = Set.of("fr", "en");

    /** In and out. */
    public static class MailLanguageJson {
        @Schema(description = "Language of every mail sent to the account: fr or en", enumeration = {"fr", "en"})
        public String language;
    }

    @Inject
    Acting acting;

    @Inject
    AccountSettings settings;

    @GET
    @Operation(operationId = "getMailLanguage", summary = "The language of the mails sent to the signed-in account")
    public MailLanguageJson get() {
        MailLanguageJson answer = new MailLanguageJson();
        answer.language = acting.require().getLanguage();
        return answer;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setMailLanguage", summary = "Choose the language of the mails sent to the signed-in account. Audited.",
            description = "Only the mails: the pages keep the language chosen with their switch.")
    @APIResponse(responseCode = "200", description = "The language now recorded")
    @APIResponse(responseCode = "400", description = "language missing or neither fr nor en",
            content = @Content(mediaType = "application/problem+json"))
    public MailLanguageJson put(MailLanguageJson body) {
        if (body == null || body.language == null || !LANGUAGES.contains(body.language)) {
            throw RuleViolationException.of("language", "mailLanguage.invalid");
        }
        settings.changeMailLanguage(acting.require().getId(), body.language);
        MailLanguageJson answer = new MailLanguageJson();
        answer.language = body.language;
        return answer;
    }
}
