package fr.marelle.platform.boundary;

import fr.marelle.platform.control.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The container refuses a role outside an API family of web.xml (e.g. a parent on {@code /api/v1/staff/*})
 * with a 403 sent to the forbidden page; software reading the API gets the same translated
 * {@code application/problem+json} as for the refusals of the resources instead.
 */
public class ApiForbiddenProblem extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null || !uri.toString().startsWith(request.getContextPath() + "/api/")) {
            chain.doFilter(request, response);
            return;
        }
        String title = Messages.text(ApiLocale.of(request), "problem.forbidden");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("type", "about:blank")
                .add("title", title).add("status", 403).build().toString());
    }
}
