package fr.marelle.platform.boundary;

import fr.marelle.franceconnect.control.FranceConnectSettings;
import fr.marelle.payment.control.PayfipSettings;
import fr.marelle.platform.control.WebOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Security headers on every answer: the page's Content-Security-Policy ({@link ContentSecurityPolicy},
 * one header, with the script nonce of PrimeFaces' CSP mode on Faces pages), no framing, no sniffing. HSTS is sent only on https (directly or through a proxy).
 */
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    PayfipSettings payfip;

    @Inject
    FranceConnectSettings franceConnect;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the page's path inside the portal, as the servlet mapping sees it (no context path, no ;parameters)
        String page = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String policy = ContentSecurityPolicy.of(page, () -> payfip.endpoint().paymentPage(),
                franceConnect.enabled() ? WebOrigin.of(franceConnect.issuer()) : Optional.empty());
        response.setHeader(OnePolicyHeaderResponse.HEADER, policy);
        // Faces pages: PrimeFaces sends this policy again with the page's script nonce
        request.setAttribute(ContentSecurityPolicy.REQUEST_ATTRIBUTE, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        // the server's own header would name the application server and its version: tell nothing
        response.setHeader("Server", "Marelle");
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getRequestURI();
        if (!path.startsWith(request.getContextPath() + "/jakarta.faces.resource/")
                && !path.startsWith(request.getContextPath() + "/resources/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicyHeaderResponse(response));
    }
}
