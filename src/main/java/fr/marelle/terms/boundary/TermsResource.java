package fr.marelle.terms.boundary;

import fr.marelle.identity.boundary.OpenOperation;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Role;
import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.boundary.Problem;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalLinks;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.terms.control.TermsAcceptances;
import fr.marelle.terms.control.TermsDraft;
import fr.marelle.terms.control.TermsVersions;
import fr.marelle.terms.entity.TermsVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

import java.util.List;
import java.util.Locale;

/** The terms of use: the version in force for anyone, the versions for the administrator, a family's acceptance. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Terms of use", description = "The terms of use in force (no sign-in), their versions (administrators) and the family's acceptance")
public class TermsResource {

    /** The version in force, for anyone. */
    public record TermsJson(
            @Schema(description = "Label of the version", example = "2026-09") String version,
            @Schema(description = "Day it came into force (Paris)", example = "2026-09-01") String inForceOn,
            @Schema(description = "fr or en, after Accept-Language") String language,
            @Schema(description = "The text in that language: blank lines separate paragraphs, a line starting with '# ' is a heading") String text,
            @Schema(description = "The page showing this version") String url) {
    }

    /** Body of POST /admin/terms. */
    public static class DraftJson {
        @Schema(description = "Label, unique (without case): letters, digits, '.', '-', '_'; 20 characters at most", example = "2027-01")
        public String version;
        @Schema(description = "Day it comes into force (Paris), today or later; today: at once", example = "2027-01-01")
        public String inForceOn;
        @Schema(description = "Text in French (required; blank lines separate paragraphs, '# ' starts a heading)")
        public String textFr;
        @Schema(description = "Text in English (required)")
        public String textEn;
    }

    /** A version in the administrator's history. */
    public record VersionJson(String version, String inForceOn,
                              @Schema(description = "CURRENT (in force now), UPCOMING (its day has not come) or PAST") String status,
                              @Schema(description = "Accounts that accepted it") long acceptances,
                              @Schema(description = "When it was published, with the Paris offset") String publishedAt,
                              @Schema(description = "E-mail of the administrator who published it; null for the version shipped with the portal") String publishedBy,
                              String textFr, String textEn) {
    }

    /** Body of POST /me/terms-acceptance. */
    public static class AcceptanceJson {
        @Schema(description = "Label of the version read and accepted: must be the one in force", example = "2026-09")
        public String version;
    }

    /** An acceptance recorded. */
    public record AcceptedJson(String version, String inForceOn,
                               @Schema(description = "When it was accepted, with the Paris offset") String acceptedAt) {
    }

    /** The 409 answer: the version named is not the one in force. */
    public static class NotCurrentProblem extends Problem {
        @Schema(description = "Label of the version in force, to read and accept")
        public String currentVersion;
    }

    @Inject
    Acting acting;

    @Inject
    TermsVersions versions;

    @Inject
    TermsAcceptances acceptances;

    @Inject
    PortalLinks links;

    @Context
    HttpHeaders headers;

    @OpenOperation
    @GET
    @Path("terms")
    @SecurityRequirements
    @Operation(operationId = "getCurrentTerms", summary = "The terms of use in force, in the language of Accept-Language, for anyone")
    @APIResponse(responseCode = "200", description = "The version in force")
    public TermsJson current() {
        TermsVersion v = versions.current().orElseThrow(() -> new IllegalStateException("no terms of use in force"));
        String language = ApiLocale.of(headers).getLanguage();
        return new TermsJson(v.getLabel(), v.getInForceOn().toString(), language, v.text(language), links.to(TermsVersions.pagePath(v.getLabel())));
    }

    @GET
    @Path("admin/terms")
    @Operation(operationId = "listTermsVersions", summary = "Every version of the terms of use, the latest day in force first, with how many accounts accepted each (administrators)")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public List<VersionJson> history() {
        acting.requireRole(Role.ADMIN);
        return versions.history().stream().map(s -> new VersionJson(s.version().getLabel(), s.version().getInForceOn().toString(),
                s.status().name(), s.acceptances(),
                s.version().getPublishedAt().atZoneSameInstant(ClockProducer.PARIS).toOffsetDateTime().toString(),
                s.publishedBy(), s.version().getTextFr(), s.version().getTextEn())).toList();
    }

    @POST
    @Path("admin/terms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishTermsVersion", summary = "Publish a new version of the terms of use (administrators)",
            description = "It comes into force on its day by the portal's clock (today: at once); from then on, families who"
                    + " have not accepted it are sent to the acceptance page and their API writes are refused until they"
                    + " accept. A version is never changed: a correction is a new version (on the same day, the one"
                    + " published last wins). Audited.")
    @APIResponse(responseCode = "201", description = "Published", content = @Content(schema = @Schema(implementation = VersionJson.class)))
    @APIResponse(responseCode = "400", description = "One entry per wrong field (version blank, malformed or taken;"
            + " a text blank; inForceOn missing, malformed or in the past); nothing saved",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response publish(DraftJson body) {
        DraftJson b = body == null ? new DraftJson() : body;
        long actor = acting.requireRole(Role.ADMIN).getId();
        TermsVersion v = versions.publish(actor, new TermsDraft(b.version, b.textFr, b.textEn, b.inForceOn));
        var summary = versions.history().stream().filter(s -> s.version().getLabel().equals(v.getLabel())).findFirst().orElseThrow();
        return Response.status(Response.Status.CREATED).entity(new VersionJson(v.getLabel(), v.getInForceOn().toString(),
                summary.status().name(), summary.acceptances(),
                v.getPublishedAt().atZoneSameInstant(ClockProducer.PARIS).toOffsetDateTime().toString(),
                acting.require().getEmail(), v.getTextFr(), v.getTextEn())).build();
    }

    @POST
    @Path("me/terms-acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptTerms", summary = "The signed-in account accepts the terms of use in force",
            description = "Names the version read (GET /terms). Allowed while other writes are refused for want of this"
                    + " acceptance. Accepting again changes nothing. Audited.")
    @APIResponse(responseCode = "200", description = "Accepted (now or before)", content = @Content(schema = @Schema(implementation = AcceptedJson.class)))
    @APIResponse(responseCode = "400", description = "version missing", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Not the version in force (currentVersion names it): read it and accept it",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = NotCurrentProblem.class)))
    public Response accept(AcceptanceJson body) {
        long accountId = acting.require().getId();
        try {
            var accepted = acceptances.accept(accountId, body == null ? null : body.version);
            return Response.ok(new AcceptedJson(accepted.label(), accepted.inForceOn().toString(),
                    accepted.acceptedAt().atZoneSameInstant(ClockProducer.PARIS).toOffsetDateTime().toString())).build();
        } catch (RuleViolationException e) {
            if (!TermsAcceptances.NOT_CURRENT.equals(e.violations().get(0).key())) {
                throw e;
            }
            Locale locale = ApiLocale.of(headers);
            NotCurrentProblem problem = new NotCurrentProblem();
            problem.status = 409;
            problem.title = Messages.text(locale, e.violations().get(0));
            problem.currentVersion = versions.current().map(TermsVersion::getLabel).orElse(null);
            return problem.toResponse();
        }
    }
}
