package fr.marelle.platform.boundary;

import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.TooManyRequestsException;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.util.Locale;

/**
 * The answer to a request over its throttle limit: 429 with Retry-After (seconds) and a translated
 * problem body on the API; on a page, the same status and header with a message on the page.
 */
public final class TooManyRequests {

    private TooManyRequests() {
    }

    /** For JAX-RS resources (see {@link ProblemMapper}). */
    public static Response problem(Locale locale, TooManyRequestsException e) {
        return Response.fromResponse(new Problem(429, Messages.text(locale, "problem.429", e.retryAfterMinutes()),
                        null, null).toResponse())
                .header("Retry-After", e.retryAfterSeconds()).build();
    }

    /** For code running before JAX-RS, e.g. the authentication mechanism on HTTP Basic. */
    public static void write(HttpServletRequest request, HttpServletResponse response, TooManyRequestsException e) {
        String title = Messages.text(ApiLocale.of(request), "problem.429", e.retryAfterMinutes()).replace("\"", "'");
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        response.setContentType("application/problem+json;charset=UTF-8");
        try {
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":429}");
        } catch (IOException ignored) {
            // the client went away
        }
    }

    /** On a page: the message at the top of the form, and the page answered with 429 and Retry-After. */
    public static void onPage(TooManyRequestsException e) {
        Feedback.error("throttle.tooMany", e.retryAfterMinutes());
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
    }
}
