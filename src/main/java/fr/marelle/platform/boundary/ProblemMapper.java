package fr.marelle.platform.boundary;

import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.TooManyRequestsException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error of the API as an application/problem+json body, translated, without stack traces. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        Locale locale = ApiLocale.of(headers);
        if (e instanceof RuleViolationException rv) {
            return new Problem(400, Messages.text(locale, "problem.invalid"), null,
                    rv.violations().stream()
                            .map(v -> new Problem.FieldError(v.field(), Messages.text(locale, v)))
                            .toList()).toResponse();
        }
        if (e instanceof TooManyRequestsException tooMany) {
            return TooManyRequests.problem(locale, tooMany);
        }
        if (e instanceof fr.marelle.identity.control.NotSignedInException) {
            return Response.fromResponse(problem(401, locale, "problem.401"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Marelle\"").build();
        }
        if (e instanceof SecurityException) {
            return problem(403, locale, "problem.forbidden");
        }
        RequestSizeLimitFilter.BodyTooLargeException tooLarge = causeOfType(e, RequestSizeLimitFilter.BodyTooLargeException.class);
        if (tooLarge != null) {
            return new Problem(413, Messages.text(locale, "problem.413", tooLarge.limit / 1024), null, null).toResponse();
        }
        if (isUnreadableBody(e)) {
            return JsonBodyProblem.of(e, locale).toProblem().toResponse();
        }
        if (e instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "API error", e);
            }
            Response response = problem(status, locale, "problem." + status);
            if (e instanceof NotAuthorizedException) {
                return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Marelle\"").build();
            }
            return response;
        }
        LOG.log(Level.SEVERE, "Unexpected API error", e);
        return problem(500, locale, "problem.500");
    }

    private static Response problem(int status, Locale locale, String key) {
        String title = Messages.text(locale, key);
        if (title.equals(key)) {
            title = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        }
        return new Problem(status, title, null, null).toResponse();
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean isUnreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
                return true;
            }
            if (t instanceof ProcessingException && !(e instanceof WebApplicationException)) {
                return true;
            }
        }
        return false;
    }
}
