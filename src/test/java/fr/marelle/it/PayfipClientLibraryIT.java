package fr.marelle.it;

import fr.marelle.it.payfipclient.FonctionnelleErreur_Exception;
import fr.marelle.it.payfipclient.PaiementSecuriseService;
import fr.marelle.it.payfipclient.PaiementSecuriseService_Service;
import fr.marelle.it.payfipclient.reponse.RecupererDetailClientRequest;
import fr.marelle.it.payfipclient.reponse.RecupererDetailClientResponse;
import fr.marelle.it.payfipclient.reponse.RecupererDetailPaiementSecuriseRequest;
import fr.marelle.it.payfipclient.reponse.RecupererDetailPaiementSecuriseResponse;
import fr.marelle.it.payfipclient.requete.CreerPaiementSecuriseRequest;
import jakarta.xml.ws.BindingProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An independent PayFiP client against the simulator: Apache CXF's JAX-WS client, built from the
 * WSDL the simulator publishes at {@code securite?wsdl} (and its schemas at {@code ?xsd=N}), with
 * schema validation of what it sends and receives. Faults reach it as the typed exceptions the WSDL
 * declares only when their element is in the WSDL's namespace, as PayFiP's are; a fault shaped
 * otherwise would come as a bare SOAPFaultException and fail these tests.
 */
class PayfipClientLibraryIT extends PortalITBase {

    private static final String SERVICE = "/simulateur-payfip/tpa/services/securite";
    private static final String PAGE = "/simulateur-payfip/tpa/paiementws.web";
    private static final String FAULT_CLASS = "fr.gouv.finances.cp.tpa.webservice.exceptions.FonctionnelleErreur";
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private static PaiementSecuriseService payfip;

    @BeforeAll
    static void clientFromThePublishedWsdl() throws Exception {
        payfip = new PaiementSecuriseService_Service(URI.create(ItEnvironment.baseUrl() + SERVICE + "?wsdl").toURL())
                .getPaiementSecuriseServicePort();
        BindingProvider binding = (BindingProvider) payfip;
        // the address comes from the served WSDL; the client checks every message against PayFiP's schema
        assertEquals(ItEnvironment.baseUrl() + SERVICE, binding.getRequestContext().get(BindingProvider.ENDPOINT_ADDRESS_PROPERTY));
        binding.getRequestContext().put("schema-validation-enabled", "BOTH");
    }

    private static CreerPaiementSecuriseRequest creation(Consumer<CreerPaiementSecuriseRequest> change) {
        CreerPaiementSecuriseRequest r = new CreerPaiementSecuriseRequest();
        r.setExer("2026");
        r.setMel("client.cxf@example.net");
        r.setMontant("1990");
        r.setNumcli("000001");
        r.setObjet("Cantine novembre");
        r.setRefdet("CXF" + System.currentTimeMillis() + "N" + SEQUENCE.incrementAndGet());
        r.setSaisie("T");
        r.setUrlnotif(ItEnvironment.baseUrl() + "/api/v1/payments/notifications");
        r.setUrlredirect(ItEnvironment.baseUrl() + "/index.xhtml");
        change.accept(r);
        return r;
    }

    private static RecupererDetailPaiementSecuriseResponse detail(String idOp) throws Exception {
        RecupererDetailPaiementSecuriseRequest r = new RecupererDetailPaiementSecuriseRequest();
        r.setIdOp(idOp);
        return payfip.recupererDetailPaiementSecurise(r);
    }

    private static String faultCode(org.junit.jupiter.api.function.Executable call) {
        FonctionnelleErreur_Exception e = assertThrows(FonctionnelleErreur_Exception.class, call);
        assertEquals(FAULT_CLASS, e.getMessage(), "the faultstring is the class name of PayFiP's error");
        assertNotNull(e.getFaultInfo().getLibelle());
        return e.getFaultInfo().getCode();
    }

    @Test
    void aPaymentIsCreatedWaitsForThePayerAndIsReadBackPaid() throws Exception {
        CreerPaiementSecuriseRequest request = creation(r -> { });
        String idOp = payfip.creerPaiementSecurise(request).getIdOp();
        assertEquals(1, UUID.fromString(idOp).version(), idOp);
        assertEquals("P5", faultCode(() -> detail(idOp)), "no result before the payer chooses");

        HttpResponse<String> choice = Api.send(Api.request(PAGE).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("idop=" + URLEncoder.encode(idOp, StandardCharsets.UTF_8)
                        + "&resultat=CARD&notification=DROPPED&delai=0&sansresultat=0")));
        assertEquals(303, choice.statusCode(), choice.body());

        RecupererDetailPaiementSecuriseResponse paid = detail(idOp);
        assertEquals("P", paid.getResultrans());
        assertEquals("1990", paid.getMontant());
        assertEquals(request.getRefdet(), paid.getRefdet());
        assertEquals(idOp, paid.getIdOp());
        assertTrue(paid.getNumauto().matches("[0-9]{12}-tip"), paid.getNumauto());
        assertTrue(paid.getDattrans().matches("[0-9]{8}") && paid.getHeurtrans().matches("[0-9]{4}"));
    }

    @Test
    void faultsComeAsTheWsdlsTypedErrorsWithPayfipsCodes() {
        assertEquals("P1", faultCode(() -> detail("d2a1c7f0-0000-11f1-8000-000000000000")));
        assertEquals("R3", faultCode(() -> payfip.creerPaiementSecurise(creation(r -> r.setRefdet("ABCD")))));
        assertEquals("A2", faultCode(() -> payfip.creerPaiementSecurise(creation(r -> r.setMel("pas-une-adresse")))));
        assertEquals("M3", faultCode(() -> payfip.creerPaiementSecurise(creation(r -> r.setMontant("50")))));
        assertEquals("T2", faultCode(() -> payfip.creerPaiementSecurise(creation(r -> r.setNumcli("999999")))));
        assertEquals("N1", faultCode(() -> payfip.creerPaiementSecurise(creation(r -> r.setUrlnotif("http://example.org/n")))));
    }

    @Test
    void theClientNumberCheckGivesTheThreeLabelLines() throws Exception {
        RecupererDetailClientRequest known = new RecupererDetailClientRequest();
        known.setNumCli("000001");
        RecupererDetailClientResponse client = payfip.recupererDetailClient(known);
        assertEquals("000001", client.getNumcli());
        assertNotNull(client.getLibelleN1());
        assertNotNull(client.getLibelleN2());
        assertNotNull(client.getLibelleN3());

        RecupererDetailClientRequest unknown = new RecupererDetailClientRequest();
        unknown.setNumCli("999999");
        assertEquals("T2", faultCode(() -> payfip.recupererDetailClient(unknown)));
    }
}
