package fr.marelle.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspException;

import java.io.IOException;

/**
 * A Faces form posted without its page's script nonce, or with another one (a hand-made or forged
 * postback, which PrimeFaces' CSP mode refuses), is sent to the "page expired" page: the error
 * page itself cannot be rendered for such a request, which made it a bare error 500.
 */
public class RefusedPostbackFilter extends HttpFilter {

    static final String EXPIRED_PAGE = "/error/expired.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!refusedNonce(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + EXPIRED_PAGE);
        }
    }

    static boolean refusedNonce(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CspException) {
                return true;
            }
        }
        return false;
    }
}
