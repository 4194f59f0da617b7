package fr.marelle.platform.boundary;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that carries one Content-Security-Policy header at most. The filter sets the page's
 * policy first (so that every answer has one); on Faces pages PrimeFaces then adds the same policy
 * with the answer's script nonce, which must replace it: with two headers a browser enforces both,
 * and the first one, without the nonce, would block the page's scripts.
 */
final class OnePolicyHeaderResponse extends HttpServletResponseWrapper {

    static final String HEADER = "Content-Security-Policy";

    OnePolicyHeaderResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void addHeader(String name, String value) {
        if (HEADER.equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        } else {
            super.addHeader(name, value);
        }
    }
}
