package fr.marelle.platform.boundary;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.platform.control.ClockAdjustment;
import fr.marelle.platform.control.ClockProducer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The integration tests' handle on the running portal's clock: {@code POST /test-clock?minutes=1440} moves it
 * that far from where it started (0 puts it back), for an administrator. It exists only when the portal was
 * started with {@code marelle.clock.adjustable} in demo mode; anywhere else it answers 404. Audited.
 */
@WebServlet(urlPatterns = "/test-clock")
public class TestClockServlet extends HttpServlet {

    @Inject
    ClockProducer clocks;

    @Inject
    ClockAdjustment adjustment;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!clocks.isAdjustable()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!request.isUserInRole("ADMIN")) {
            response.sendError(request.getUserPrincipal() == null ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        long minutes;
        try {
            minutes = Long.parseLong(String.valueOf(request.getParameter("minutes")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "minutes=<whole number> expected");
            return;
        }
        Duration before = adjustment.offset();
        adjustment.set(Duration.ofMinutes(minutes));
        audit.record("TEST_CLOCK_MOVED", "clock", null, Map.of("offsetMinutes", before.toMinutes()),
                Map.of("offsetMinutes", minutes));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(clock.instant().atZone(ClockProducer.PARIS).toString());
    }
}
