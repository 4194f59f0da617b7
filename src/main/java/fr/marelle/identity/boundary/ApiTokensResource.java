package fr.marelle.identity.boundary;

import fr.marelle.identity.control.Acting;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import fr.marelle.identity.control.ApiTokens;
import fr.marelle.identity.entity.ApiToken;
import fr.marelle.identity.entity.Role;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * API tokens: the signed-in holder manages their own, an administrator those of any account.
 * Tokens are managed with the password or the page session only: a call made with a token cannot
 * create or revoke tokens.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens", description = "Personal API tokens, and those an administrator issues for an account")
public class ApiTokensResource {

    /** Body of POST …/tokens. */
    public static class TokenRequestJson {
        @Schema(description = "What the token is for, e.g. the software using it (1 to 100 characters)")
        public String name;
        @Schema(description = "The role the token acts with: the account's own (one) role", enumeration = {"PARENT", "AGENT", "FINANCE", "ADMIN"})
        public String role;
        @Schema(description = "Last day the token works (Paris time, YYYY-MM-DD); none: until revoked")
        public String expiresOn;
    }

    /** A token as listed: never its secret. */
    public record TokenJson(long id, long accountId, String name, String role, String prefix, OffsetDateTime createdAt,
                            OffsetDateTime expiresAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
        static TokenJson of(ApiToken t) {
            return new TokenJson(t.getId(), t.getAccountId(), t.getName(), t.getRole().name(), t.getPrefix(),
                    t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt());
        }
    }

    /** A token just created, with its secret: the only time it is shown. */
    public record CreatedTokenJson(TokenJson token,
                                   @Schema(description = "Send it as `Authorization: Bearer <secret>`; shown once, kept only hashed")
                                   String secret) {
    }

    @Inject
    ApiTokens tokens;

    @Inject
    Acting acting;

    @Context
    HttpHeaders headers;

    @GET
    @Path("me/tokens")
    @Operation(operationId = "listMyApiTokens", summary = "The signed-in account's API tokens", description = "Revoked and expired ones too; never the secrets.")
    @APIResponse(responseCode = "200", description = "The tokens, newest first")
    public List<TokenJson> mine() {
        return tokens.of(acting.require().getId()).stream().map(TokenJson::of).toList();
    }

    @POST
    @Path("me/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API token for the signed-in account",
            description = "For software calling the API: `Authorization: Bearer <secret>` instead of the password. The"
                    + " secret is in this answer only. Needs the password or the page session (not a token).")
    @APIResponse(responseCode = "201", description = "Created; the secret is shown once", content = @Content(schema = @Schema(implementation = CreatedTokenJson.class)))
    @APIResponse(responseCode = "400", description = "One entry per broken rule (name, role, expiresOn)")
    @APIResponse(responseCode = "403", description = "Called with a token")
    public Response createMine(TokenRequestJson json) {
        refuseTokenCalls();
        TokenRequestJson body = json == null ? new TokenRequestJson() : json;
        ApiTokens.Created created = tokens.createOwn(acting.require().getId(), body.name, role(body.role),
                day(body.expiresOn));
        return Response.created(UriBuilder.fromPath("me/tokens/{id}").build(created.token().getId())).entity(new CreatedTokenJson(TokenJson.of(created.token()), created.secret())).build();
    }

    @DELETE
    @Path("me/tokens/{id}")
    @Operation(summary = "Revoke one of the signed-in account's API tokens")
    @APIResponse(responseCode = "204", description = "Revoked (again: nothing changes)")
    @APIResponse(responseCode = "404", description = "No such token of this account")
    public Response revokeMine(@PathParam("id") long id) {
        refuseTokenCalls();
        tokens.revokeOwn(acting.require().getId(), id).orElseThrow(NotFoundException::new);
        return Response.noContent().build();
    }

    @GET
    @Path("admin/accounts/{accountId}/tokens")
    @Operation(summary = "An account's API tokens (administrator)")
    @APIResponse(responseCode = "200", description = "The tokens, newest first")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public List<TokenJson> ofAccount(@PathParam("accountId") long accountId) {
        acting.requireRole(Role.ADMIN);
        return tokens.of(accountId).stream().map(TokenJson::of).toList();
    }

    @POST
    @Path("admin/accounts/{accountId}/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API token for an account (administrator), e.g. a service account",
            description = "The secret is in this answer only. Needs the password or the page session (not a token).")
    @APIResponse(responseCode = "201", description = "Created; the secret is shown once", content = @Content(schema = @Schema(implementation = CreatedTokenJson.class)))
    @APIResponse(responseCode = "400", description = "One entry per broken rule (name, role, expiresOn)")
    @APIResponse(responseCode = "403", description = "Not an administrator, or called with a token")
    public Response createFor(@PathParam("accountId") long accountId, TokenRequestJson json) {
        refuseTokenCalls();
        acting.requireRole(Role.ADMIN);
        TokenRequestJson body = json == null ? new TokenRequestJson() : json;
        ApiTokens.Created created = tokens.createFor(acting.require().getId(), accountId, body.name, role(body.role),
                day(body.expiresOn));
        return Response.created(UriBuilder.fromPath("admin/tokens/{id}").build(created.token().getId())).entity(new CreatedTokenJson(TokenJson.of(created.token()), created.secret())).build();
    }

    @DELETE
    @Path("admin/tokens/{id}")
    @Operation(summary = "Revoke any API token (administrator)")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "403", description = "Not an administrator, or called with a token")
    @APIResponse(responseCode = "404", description = "No such token")
    public Response revokeAny(@PathParam("id") long id) {
        refuseTokenCalls();
        acting.requireRole(Role.ADMIN);
        tokens.revokeAny(acting.require().getId(), id).orElseThrow(NotFoundException::new);
        return Response.noContent().build();
    }

    /** A token acting with one role must not mint others: tokens are managed with the password or the page. */
    private void refuseTokenCalls() {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ForbiddenException();
        }
    }

    private static Role role(String value) {
        try {
            return value == null ? null : Role.valueOf(value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw RuleViolationException.of("role", "apiToken.role");
        }
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolationException.of("expiresOn", "apiToken.expiresOn");
        }
    }
}
