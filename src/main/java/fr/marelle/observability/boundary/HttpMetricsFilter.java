package fr.marelle.observability.boundary;

import fr.marelle.observability.control.PortalMetrics;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

/**
 * Times every request, first of the filters, and records it under its route: the API operation's
 * template when one answered ({@link ApiRouteFilter}), else the page or a fixed name
 * ({@link RouteTemplates#other}). Requests refused by the sign-in itself (401 before any filter)
 * are not seen here.
 */
public class HttpMetricsFilter extends HttpFilter {

    static final String ROUTE = "fr.marelle.route";

    @Inject
    PortalMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            Object api = request.getAttribute(ROUTE);
            String route = api instanceof String template ? template
                    : RouteTemplates.other(request.getRequestURI().substring(request.getContextPath().length()), status);
            metrics.request(request.getMethod(), route, status, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
