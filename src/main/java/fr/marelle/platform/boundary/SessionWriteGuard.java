package fr.marelle.platform.boundary;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalConfig;
import fr.marelle.platform.control.SessionWriteRule;
import fr.marelle.platform.control.WebOrigin;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * No cross-site use of a page session on the API (CSRF): an API write signed in by the session
 * cookie alone must follow {@link SessionWriteRule}, or is refused with 403 before its body is read.
 * Runs after matching, to know the media types the operation declares.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SessionWriteGuard implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpHeaders headers;

    @Inject
    PortalConfig config;

    @Inject
    AuditTrail audit;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!SessionWriteRule.isUnsafe(request.getMethod())
                || request.getSecurityContext().getUserPrincipal() == null
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return;
        }
        var write = new SessionWriteRule.Write(request.getMethod(), request.getHeaderString(HttpHeaders.CONTENT_TYPE),
                request.hasEntity(), declaredTypes(), request.getHeaderString("Origin"),
                request.getHeaderString("Sec-Fetch-Site"),
                request.getHeaderString(SessionWriteRule.REQUEST_HEADER) != null
                        || request.getHeaderString("X-Requested-With") != null);
        SessionWriteRule.check(write, portalOrigins(request)).ifPresent(refusal -> {
            audit.record("API_SESSION_WRITE_REFUSED", "request", null, null, Map.of(
                    "method", request.getMethod(),
                    "path", request.getUriInfo().getPath(),
                    "reason", refusal.name(),
                    "origin", shortened(write.origin()),
                    "contentType", shortened(write.contentType())));
            request.abortWith(new Problem(403, Messages.text(ApiLocale.of(headers), refusal.messageKey), null, null)
                    .toResponse());
        });
    }

    /** The portal's public origin and the one this request was addressed to. */
    private Set<String> portalOrigins(ContainerRequestContext request) {
        Set<String> origins = new LinkedHashSet<>();
        config.baseUrl().flatMap(WebOrigin::of).ifPresent(origins::add);
        WebOrigin.of(request.getUriInfo().getRequestUri()).ifPresent(origins::add);
        return origins;
    }

    /** What a client sent, cut short for the audit trail. */
    private static String shortened(String header) {
        String value = String.valueOf(header);
        return value.length() <= 120 ? value : value.substring(0, 120) + "…";
    }

    private List<String> declaredTypes() {
        Method method = resource == null ? null : resource.getResourceMethod();
        Consumes consumes = method == null ? null : method.getAnnotation(Consumes.class);
        if (consumes == null && resource != null && resource.getResourceClass() != null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        return consumes == null ? List.of() : Arrays.stream(consumes.value())
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).toList();
    }
}
