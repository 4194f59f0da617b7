package fr.marelle.terms.boundary;

import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalLinks;
import fr.marelle.terms.control.TermsAcceptances;
import fr.marelle.terms.control.TermsVersions;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one place where a family that has not accepted the terms of use in force is held up, on whichever page or
 * API call, also when a version comes into force during its session: pages send it to the acceptance page
 * (reading the legal pages, changing the password, closing the account, taking a copy of one's data and
 * signing out stay possible: refusing new terms must leave a way out); API writes answer 403 with a problem naming
 * the version, except the acceptance itself, the password change and the account's closing; API reads go on. Who is
 * concerned is {@link TermsAcceptances#CONCERNED}. Placed after authentication, RequestContextFilter and the
 * maintenance filter.
 */
public class TermsGate extends HttpFilter {

    /** The acceptance page. */
    public static final String ACCEPTANCE_PAGE = "/account/terms.xhtml";

    private static final Set<String> OPEN_PAGES = Set.of(ACCEPTANCE_PAGE, "/account/password.xhtml", "/login.xhtml",
            "/account/close.xhtml", "/account-closed.xhtml", "/parent/data.xhtml", "/terms.xhtml", "/legal-notice.xhtml",
            "/privacy.xhtml", "/cookies.xhtml", "/accessibility.xhtml", "/contact.xhtml");
    private static final Set<String> OPEN_API_WRITES = Set.of("POST /api/v1/me/terms-acceptance", "PUT /api/v1/me/password",
            "POST /api/v1/me/erasure-request");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** The header's sign-out button, posted to whichever page it is on. */
    private static final String SIGN_OUT_BUTTON = "logoutButton";

    @Inject
    TermsAcceptances acceptances;

    @Inject
    PortalLinks links;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length()).split(";", 2)[0];
        Kind kind = kindOf(request, path);
        if (kind == Kind.NOT_HELD || request.getUserPrincipal() == null
                || !request.isUserInRole(TermsAcceptances.CONCERNED.name())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> pending = acceptances.pendingLabel(request.getUserPrincipal().getName());
        if (pending.isEmpty() || (kind == Kind.PAGE && signingOut(request))) {
            chain.doFilter(request, response);
        } else if (kind == Kind.API_WRITE) {
            refuse(request, response, pending.get());
        } else {
            sendToAcceptance(request, response, path);
        }
    }

    private enum Kind { NOT_HELD, API_WRITE, PAGE }

    private static Kind kindOf(HttpServletRequest request, String path) {
        if (path.startsWith("/api/")) {
            return WRITES.contains(request.getMethod()) && !OPEN_API_WRITES.contains(request.getMethod() + " " + path)
                    ? Kind.API_WRITE : Kind.NOT_HELD;
        }
        boolean page = path.equals("/") || (path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/"));
        return !page || OPEN_PAGES.contains(path) || path.startsWith("/error/") ? Kind.NOT_HELD : Kind.PAGE;
    }

    /** Read only for a family held up: the form's parameters are then decoded as every page sends them, UTF-8. */
    private static boolean signingOut(HttpServletRequest request) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            return false;
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        return request.getParameter(SIGN_OUT_BUTTON) != null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String label) throws IOException {
        Locale locale = ApiLocale.of(request);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Messages.text(locale, "problem.403.termsToAccept"))
                .add("status", 403)
                .add("detail", Messages.text(locale, "problem.403.termsToAccept.detail", label))
                .add("termsToAccept", Json.createObjectBuilder()
                        .add("version", label)
                        .add("url", links.to(TermsVersions.pagePath(label))))
                .build().toString());
    }

    /** To the acceptance page, which brings the family back here (a page it asked for) once it accepted. */
    private static void sendToAcceptance(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String target = request.getContextPath() + ACCEPTANCE_PAGE;
        if ("GET".equals(request.getMethod()) && !path.equals("/")) {
            String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            target += "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
    }
}
