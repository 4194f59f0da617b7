package fr.marelle.platform.boundary;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentSecurityPolicyTest {

    private static final Supplier<URI> PAYFIP = () -> URI.create("https://www.payfip.gouv.fr/tpa/paiementws.web");

    @Test
    void thePayPageMayPostOnToThePaymentPagesOriginOnly() {
        String csp = ContentSecurityPolicy.of("/parent/pay.xhtml", PAYFIP);
        assertTrue(csp.contains("; form-action 'self' https://www.payfip.gouv.fr; "), csp);
        assertFalse(csp.contains("/tpa/"), "no path of the configuration in the policy: " + csp);
        assertEquals(ContentSecurityPolicy.DEFAULT.replace("form-action 'self'", "form-action 'self' https://www.payfip.gouv.fr"), csp,
                "only form-action differs");
    }

    @Test
    void aPaymentPageOnAnotherPortKeepsItsPortAndLosesItsPath() {
        String csp = ContentSecurityPolicy.of("/parent/pay.xhtml",
                () -> URI.create("http://localhost:18080/simulateur-payfip/tpa/paiementws.web?x=1"));
        assertTrue(csp.contains("form-action 'self' http://localhost:18080;"), csp);
        assertFalse(csp.contains("simulateur"), csp);
    }

    @Test
    void anInvoicesPayButtonMayLeadToThePaymentPageToo() {
        String csp = ContentSecurityPolicy.of("/parent/invoice.xhtml",
                () -> URI.create("http://localhost:18080/simulateur-payfip/tpa/paiementws.web"));
        assertTrue(csp.contains("form-action 'self' http://localhost:18080;"), csp);
    }

    @Test
    void everyOtherPageKeepsFormsOnThePortalAndNeverAsksForThePaymentPage() {
        Supplier<URI> never = () -> {
            throw new AssertionError("the payment page is asked for on the pay page only");
        };
        for (String page : new String[] {"/parent/payment.xhtml", "/parent/invoices.xhtml", "/parent/home.xhtml",
                "/login.xhtml", "/finance/online-payments.xhtml", "/parent/pay.xhtml/x", "/PARENT/PAY.XHTML", ""}) {
            String csp = ContentSecurityPolicy.of(page, never);
            assertEquals(ContentSecurityPolicy.DEFAULT, csp, page);
            assertTrue(csp.contains("; form-action 'self'; "), csp);
        }
    }

    /** PrimeFaces appends the page's nonce to the policy's end: script-src must be last, and strict. */
    @Test
    void scriptsComeFromThePortalOnlyAndTheirDirectiveIsLast() {
        for (String csp : new String[] {ContentSecurityPolicy.DEFAULT, ContentSecurityPolicy.of("/parent/pay.xhtml", PAYFIP)}) {
            assertTrue(csp.endsWith("; script-src 'self'"), csp);
            assertFalse(csp.contains("unsafe-eval"), csp);
            assertEquals(1, csp.split("unsafe-inline", -1).length - 1, "inline styles only: " + csp);
            assertTrue(csp.contains("style-src 'self' 'unsafe-inline';"), csp);
        }
    }

    @Test
    void aPaymentPageWithoutUsableOriginAddsNothing() {
        assertEquals(ContentSecurityPolicy.DEFAULT, ContentSecurityPolicy.of("/parent/pay.xhtml",
                () -> URI.create("/simulateur-payfip/tpa/paiementws.web")));
    }

    @Test
    void withFranceConnectEveryPageMayLeadToFranceConnectsOriginToo() {
        java.util.Optional<String> fc = java.util.Optional.of("https://oidc.franceconnect.gouv.fr");
        assertTrue(ContentSecurityPolicy.of("/login.xhtml", PAYFIP, fc).contains("; form-action 'self' https://oidc.franceconnect.gouv.fr; "));
        assertTrue(ContentSecurityPolicy.of("/parent/pay.xhtml", PAYFIP, fc)
                .contains("; form-action 'self' https://www.payfip.gouv.fr https://oidc.franceconnect.gouv.fr; "));
        assertEquals(ContentSecurityPolicy.DEFAULT, ContentSecurityPolicy.of("/login.xhtml", PAYFIP, java.util.Optional.empty()));
    }
}
