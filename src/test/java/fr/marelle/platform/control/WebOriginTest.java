package fr.marelle.platform.control;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WebOriginTest {

    @Test
    void theOriginIsSchemeAndHostWithoutPathQueryOrUserInfo() {
        assertEquals(Optional.of("https://www.payfip.gouv.fr"), WebOrigin.of("https://www.payfip.gouv.fr/tpa/paiementws.web"));
        assertEquals(Optional.of("https://www.payfip.gouv.fr"), WebOrigin.of("https://user:secret@www.payfip.gouv.fr/a?b=c#d"));
        assertEquals(Optional.of("https://mairie.example.fr"), WebOrigin.of(" HTTPS://Mairie.Example.FR "));
    }

    @Test
    void theSchemesDefaultPortIsLeftOutAndAnyOtherKept() {
        assertEquals(Optional.of("https://pay.example.fr"), WebOrigin.of("https://pay.example.fr:443/page"));
        assertEquals(Optional.of("http://pay.example.fr"), WebOrigin.of("http://pay.example.fr:80/page"));
        assertEquals(Optional.of("http://pay.example.fr:443"), WebOrigin.of("http://pay.example.fr:443/page"));
        assertEquals(Optional.of("https://pay.example.fr:80"), WebOrigin.of("https://pay.example.fr:80/page"));
        assertEquals(Optional.of("http://localhost:18080"), WebOrigin.of(URI.create("http://localhost:18080/simulateur-payfip/tpa/paiementws.web")));
        assertEquals(Optional.of("http://[::1]:8080"), WebOrigin.of("http://[::1]:8080/x"));
    }

    @Test
    void anythingButAnAbsoluteHttpAddressHasNoOrigin() {
        assertEquals(Optional.empty(), WebOrigin.of((String) null));
        assertEquals(Optional.empty(), WebOrigin.of(""));
        assertEquals(Optional.empty(), WebOrigin.of("/simulateur-payfip/tpa/paiementws.web"));
        assertEquals(Optional.empty(), WebOrigin.of("www.payfip.gouv.fr/tpa/paiementws.web"));
        assertEquals(Optional.empty(), WebOrigin.of("javascript:alert(1)"));
        assertEquals(Optional.empty(), WebOrigin.of("ftp://pay.example.fr/"));
        assertEquals(Optional.empty(), WebOrigin.of("https://pay example.fr/"));
        // a host that would end the directive and add another one is no host
        assertEquals(Optional.empty(), WebOrigin.of("https://pay.example.fr;script-src*/"));
        assertEquals(Optional.empty(), WebOrigin.of("https://pay_example.fr/"));
    }
}
