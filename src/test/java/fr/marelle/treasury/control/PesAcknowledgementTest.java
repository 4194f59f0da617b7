package fr.marelle.treasury.control;

import fr.marelle.platform.control.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PesAcknowledgementTest {

    /** An acknowledgement as Hélios writes it (DGFiP technical file, "Acquittement"), here a rejection. */
    static String acquit(String etat, String errors) {
        return "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<n:PES_ACQUIT xmlns:n=\"http://www.minefi.gouv.fr/cp/helios/pes_v2/Rev0/aller\">"
                + "<Enveloppe><Parametres><Version V=\"2\"/><TypFic V=\"PESORMC\"/><NomFic V=\"PESORMC_00100_2026_7.xml\"/></Parametres></Enveloppe>"
                + "<EnTetePES><DteStr V=\"2026-12-04\"/><IdPost V=\"049099\"/><IdColl V=\"21490100100013\"/><CodCol V=\"001\"/><CodBud V=\"00\"/></EnTetePES>"
                + "<ACQUIT><EnTeteAcquit><IdVer V=\"2\"/></EnTeteAcquit>"
                + "<ElementACQUIT><DomaineAck V=\"6\"/><EtatAck V=\"" + etat + "\"/><NumBord V=\"7\"/><ExerciceBord V=\"2026\"/>" + errors
                + "</ElementACQUIT></ACQUIT></n:PES_ACQUIT>";
    }

    @Test
    void anAcceptedBordereauIsReadWithItsNumberExerciseAndBudget() {
        PesAcknowledgement ack = PesAcknowledgement.read(acquit("1", "").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("001", ack.codCol());
        assertEquals("00", ack.codBud());
        assertEquals("21490100100013", ack.idColl());
        assertEquals("PESORMC_00100_2026_7.xml", ack.fileName());
        assertEquals(1, ack.elements().size());
        assertTrue(ack.elements().get(0).accepted());
        assertEquals(Optional.of(7), ack.elements().get(0).bordereau());
        assertEquals(Optional.of(2026), ack.elements().get(0).exercise());
    }

    @Test
    void aRejectionKeepsItsCodesForTheBordereauAndPerArticle() {
        PesAcknowledgement ack = PesAcknowledgement.read(acquit("0",
                "<Erreur><NumAnoAck V=\"ERREUR_DOUBLON_BORDEREAU\"/><LibelleAnoAck V=\"Bordereau déjà reçu\"/></Erreur>"
                        + "<DetailPiece><NumPiece V=\"2\"/><Erreur><NumAnoAck V=\"ERREUR_CODIFICATION\"/></Erreur></DetailPiece>")
                .getBytes(StandardCharsets.ISO_8859_1));
        PesAcknowledgement.Element e = ack.elements().get(0);
        assertFalse(e.accepted());
        assertEquals(2, e.anomalies().size());
        assertEquals(new PesAcknowledgement.Anomaly("ERREUR_DOUBLON_BORDEREAU", "Bordereau déjà reçu", null), e.anomalies().get(0));
        assertEquals(new PesAcknowledgement.Anomaly("ERREUR_CODIFICATION", null, 2), e.anomalies().get(1));
    }

    @Test
    void anythingElseIsRefusedWithAReason() {
        assertEquals("treasury.ack.notXml", key("{\"json\": true}"));
        assertEquals("treasury.ack.notAcquit", key(acquit("1", "").replace("PES_ACQUIT", "PES_Aller")));
        assertEquals("treasury.ack.missing", key(acquit("1", "").replaceAll("<ElementACQUIT>.*</ElementACQUIT>", "")));
    }

    @Test
    void aDoctypeIsNeverRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + acquit("1", "").substring(acquit("1", "").indexOf("<n:PES_ACQUIT"));
        assertEquals("treasury.ack.notXml", key(xxe));
    }

    private static String key(String xml) {
        return assertThrows(RuleViolationException.class, () -> PesAcknowledgement.read(xml.getBytes(StandardCharsets.ISO_8859_1)))
                .violations().get(0).key();
    }
}
