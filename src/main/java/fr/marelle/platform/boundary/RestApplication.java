package fr.marelle.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API: JSON, errors as RFC 9457 problems, signed in by session or HTTP Basic. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Marelle API", version = "1",
                description = "Portail famille. Errors are application/problem+json (RFC 9457) with one entry per"
                        + " invalid field in 'errors'. Messages follow Accept-Language (fr by default, en)."),
        security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "basic"),
                @SecurityRequirement(name = "session")})
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token (mrl_…) created with POST /api/v1/me/tokens or by an administrator; acts with the"
                + " account's role, for this call only")
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The account's e-mail and password, checked on each call (no session is opened)")
@SecurityScheme(securitySchemeName = "session", type = SecuritySchemeType.APIKEY,
        apiKeyName = "MARELLE_SESSION", in = org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn.COOKIE,
        description = "The session of the portal's pages after login. Writes with this cookie alone need a JSON body"
                + " (or an upload's declared type) and the portal's Origin or the header X-Marelle-Request: 1;"
                + " otherwise 403.")
public class RestApplication extends Application {
}
