package fr.marelle.maintenance.boundary;

import fr.marelle.maintenance.control.MaintenanceRule;
import fr.marelle.maintenance.control.MaintenanceWindows;
import fr.marelle.maintenance.entity.MaintenanceWindow;
import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.boundary.Town;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.Messages;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * During a maintenance window, families and anonymous visitors get 503 with Retry-After (seconds until
 * the end): the maintenance page instead of pages, a problem body on the API. Staff go on working; what
 * stays open to everybody is {@link MaintenanceRule}'s. Placed after authentication and
 * RequestContextFilter, so that the caller's roles are known.
 */
public class MaintenanceFilter extends HttpFilter {

    private static final String[] STAFF = {"AGENT", "FINANCE", "ADMIN"};

    @Inject
    MaintenanceWindows windows;

    @Inject
    Clock clock;

    @Inject
    Town town;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<MaintenanceWindow> inForce = windows.inForce();
        if (inForce.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<MaintenanceRule.Window> window = inForce.map(MaintenanceWindows::forRule);
        String path = request.getRequestURI().substring(request.getContextPath().length()).split(";", 2)[0];
        boolean staff = request.getUserPrincipal() != null && Stream.of(STAFF).anyMatch(request::isUserInRole);
        MaintenanceRule.Answer answer = MaintenanceRule.answer(window, clock, path, staff);
        if (answer == MaintenanceRule.Answer.PASS) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(MaintenanceRule.retryAfterSeconds(window.get(), clock)));
        if (answer == MaintenanceRule.Answer.MAINTENANCE_PROBLEM) {
            writeProblem(request, response, inForce.get());
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(MaintenancePageHtml.of(inForce.get(), town, request.getContextPath()));
        }
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response, MaintenanceWindow window)
            throws IOException {
        Locale locale = ApiLocale.of(request);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Messages.text(locale, "problem.503.maintenance"))
                .add("status", 503)
                .add("detail", window.message(locale.getLanguage()))
                .add("endsAt", window.getEndsAt().atZoneSameInstant(ClockProducer.PARIS).toOffsetDateTime().toString())
                .build().toString());
    }
}
