package fr.marelle.platform.boundary;

import fr.marelle.platform.control.WebOrigin;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Content-Security-Policy of the portal's answers. Scripts come from the portal's own files
 * only: no inline script, no event handler attribute, no eval. Faces pages add their answer's
 * nonce: PrimeFaces' CSP mode reads the page's policy from the request ({@link #REQUEST_ATTRIBUTE},
 * web.xml's {@code primefaces.CSP_POLICY}) and appends {@code 'nonce-…'} to its end, hence
 * script-src last. Inline styles stay allowed for now (PrimeFaces' widgets set them).
 * No site may frame the portal. Forms post to the portal only, except on the pages whose form is
 * answered by a redirect to the payment provider's page: browsers apply form-action to that
 * redirect too, so these pages also allow the origin of the configured payment page, and no other.
 */
final class ContentSecurityPolicy {

    /** The pages whose form sends the parent on to the payment page ({@code PayPage.pay}): the pay page and an invoice's. */
    static final Set<String> PAYMENT_FORMS = Set.of("/parent/pay.xhtml", "/parent/invoice.xhtml");

    static final String DEFAULT = withFormAction("'self'");

    /** Where the filter leaves the page's policy for PrimeFaces (named in web.xml). */
    static final String REQUEST_ATTRIBUTE = "fr.marelle.csp";

    private ContentSecurityPolicy() {
    }

    /**
     * The policy of a page, by its path inside the portal; the payment page's address is asked for
     * only on the pages that send a payer there.
     */
    static String of(String path, Supplier<URI> paymentPage) {
        return of(path, paymentPage, Optional.empty());
    }

    /**
     * The same, on a portal that signs in with FranceConnect (its origin given): every page's header has
     * the logout form, which leaves through FranceConnect's logout for a session that came from it, and
     * the sign-in, registration and account pages send the browser there, so every page allows it.
     */
    static String of(String path, Supplier<URI> paymentPage, Optional<String> franceConnectOrigin) {
        String fc = franceConnectOrigin.map(origin -> " " + origin).orElse("");
        if (!PAYMENT_FORMS.contains(path)) {
            return fc.isEmpty() ? DEFAULT : withFormAction("'self'" + fc);
        }
        return WebOrigin.of(paymentPage.get()).map(origin -> withFormAction("'self' " + origin + fc))
                .orElse(withFormAction("'self'" + fc));
    }

    private static String withFormAction(String sources) {
        return "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
                + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action " + sources
                + "; frame-ancestors 'none'; script-src 'self'";
    }
}
