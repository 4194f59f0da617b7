package fr.marelle.platform.boundary;

import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.ServerBusyException;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The answer when the portal is too busy to take a request now: 503 with Retry-After (seconds) and a
 * translated problem body on the API; on a page, the same status and header with a message on the form.
 */
public final class ServerBusy {

    private ServerBusy() {
    }

    /** For code running before JAX-RS, e.g. the authentication mechanism on HTTP Basic. */
    public static void write(HttpServletRequest request, HttpServletResponse response, ServerBusyException e) {
        String title = Messages.text(ApiLocale.of(request), "problem.503.busy", e.retryAfterSeconds()).replace("\"", "'");
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        response.setHeader("Server", "Marelle");
        response.setContentType("application/problem+json;charset=UTF-8");
        try {
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":503}");
        } catch (IOException ignored) {
            // the client went away
        }
    }

    /** On a page: the message at the top of the form, and the page answered with 503 and Retry-After. */
    public static void onPage(ServerBusyException e) {
        Feedback.error("login.busy", e.retryAfterSeconds());
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
    }
}
