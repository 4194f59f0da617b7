package fr.marelle.payment.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayfipAnswersTest {

    static final String CREATED = """
            <?xml version='1.0' encoding='UTF-8'?>
            <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/">
              <S:Body>
                <ns2:creerPaiementSecuriseResponse xmlns:ns2="http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService">
                  <return>
                    <idOp>c2b7e1a0-6f43-11ef-9b4e-0050568c4f5a</idOp>
                  </return>
                </ns2:creerPaiementSecuriseResponse>
              </S:Body>
            </S:Envelope>""";

    static final String PAID = """
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
            <ns2:recupererDetailPaiementSecuriseResponse xmlns:ns2="http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService"
                xmlns:ns3="http://securite.service.tpa.cp.finances.gouv.fr/reponse">
            <return><ns3:dattrans>23112026</ns3:dattrans><ns3:exer>2026</ns3:exer><ns3:heurtrans>1412</ns3:heurtrans>
            <ns3:idOp>c2b7e1a0</ns3:idOp><ns3:mel>camille@example.org</ns3:mel><ns3:montant>4250</ns3:montant>
            <ns3:numauto>123456</ns3:numauto><ns3:numcli>000001</ns3:numcli><ns3:objet>Cantine fevrier</ns3:objet>
            <ns3:refdet>MAR2026000123</ns3:refdet><ns3:resultrans>P</ns3:resultrans><ns3:saisie>T</ns3:saisie></return>
            </ns2:recupererDetailPaiementSecuriseResponse></soap:Body></soap:Envelope>""";

    static String fault(String type, String code, String libelle) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/">
                  <S:Body>
                    <S:Fault xmlns:ns4="http://www.w3.org/2003/05/soap-envelope">
                      <faultcode>S:Server</faultcode>
                      <faultstring>fr.gouv.finances.cp.tpa.webservice.exceptions.%1$s</faultstring>
                      <detail>
                        <ns2:%1$s xmlns:ns2="http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService">
                          <code>%2$s</code>
                          <descriptif>%3$s</descriptif>
                          <libelle>%3$s</libelle>
                          <severite>2</severite>
                        </ns2:%1$s>
                      </detail>
                    </S:Fault>
                  </S:Body>
                </S:Envelope>""".formatted(type, code, libelle);
    }

    @Test
    void theOperationIdIsReadFromTheCreationAnswer() throws ProviderException {
        PayfipAnswers.Answer answer = PayfipAnswers.read("creerPaiementSecurise", CREATED);
        assertNull(answer.fault());
        assertEquals("c2b7e1a0-6f43-11ef-9b4e-0050568c4f5a", answer.fields().get("idOp"));
    }

    @Test
    void detailFieldsAreReadByLocalNameWhateverTheirNamespace() throws ProviderException {
        PayfipAnswers.Answer answer = PayfipAnswers.read("recupererDetailPaiementSecurise", PAID);
        assertEquals("P", answer.fields().get("resultrans"));
        assertEquals("4250", answer.fields().get("montant"));
        assertEquals("MAR2026000123", answer.fields().get("refdet"));
        assertEquals("123456", answer.fields().get("numauto"));
    }

    @Test
    void aFunctionalFaultIsARefusalWithItsCodeAndLabel() throws ProviderException {
        PayfipAnswers.Answer answer = PayfipAnswers.read("creerPaiementSecurise",
                fault("FonctionnelleErreur", "C1", "Numéro client inconnu"));
        assertTrue(answer.fault().functional());
        ProviderException e = answer.fault().toException("creerPaiementSecurise");
        assertEquals(ProviderException.Kind.REFUSED, e.kind());
        assertEquals("C1", e.code());
        assertEquals("Numéro client inconnu", e.label());
    }

    @Test
    void technicalFaultsAndFaultsWithoutDetailAreTechnical() throws ProviderException {
        for (String type : new String[]{"TechDysfonctionnementErreur", "TechIndisponibiliteErreur", "TechProtocolaireErreur"}) {
            PayfipAnswers.Fault f = PayfipAnswers.read("creerPaiementSecurise", fault(type, "T9", "Erreur technique")).fault();
            assertFalse(f.functional());
            assertEquals(ProviderException.Kind.TECHNICAL, f.toException("x").kind());
            assertEquals("T9", f.code());
        }
        String bare = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
                + "<faultcode>S:Client</faultcode><faultstring>Unmarshalling Error</faultstring></S:Fault></S:Body></S:Envelope>";
        PayfipAnswers.Fault f = PayfipAnswers.read("creerPaiementSecurise", bare).fault();
        assertEquals("Unmarshalling Error", f.label());
        assertEquals(ProviderException.Kind.TECHNICAL, f.toException("x").kind());
    }

    @Test
    void anAnswerThatIsNotXmlOrNotTheExpectedResponseIsTechnical() {
        assertEquals(ProviderException.Kind.TECHNICAL,
                assertThrows(ProviderException.class, () -> PayfipAnswers.read("x", "<html>Bad gateway")).kind());
        assertEquals(ProviderException.Kind.TECHNICAL,
                assertThrows(ProviderException.class, () -> PayfipAnswers.read("recupererDetailPaiementSecurise", CREATED)).kind());
    }

    @Test
    void aDocumentTypeIsRefusedSoNoExternalEntityIsEverRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>
                <creerPaiementSecuriseResponse><return><idOp>&x;</idOp></return></creerPaiementSecuriseResponse>
                </S:Body></S:Envelope>""";
        ProviderException e = assertThrows(ProviderException.class, () -> PayfipAnswers.read("creerPaiementSecurise", xxe));
        assertEquals(ProviderException.Kind.TECHNICAL, e.kind());
        assertFalse(e.getMessage().contains("root:"));
    }
}
