package fr.marelle.directdebit.control;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pain.008 files checked against the official ISO 20022 schemas (public copies in src/test/resources/sepa). */
class Pain008WriterTest {

    static final Pain008Writer.Creditor TOWN = new Pain008Writer.Creditor("Commune de Marelle-sur-Loire (régie périscolaire)",
            "FR7610278060000001234560112", null, "FR72ZZZ123456");

    static Pain008Writer.DebitFile sample() {
        LocalDate due = LocalDate.of(2026, 12, 21);
        return new Pain008Writer.DebitFile("MARELLE-SDD-20261205-1", LocalDateTime.of(2026, 12, 5, 10, 15, 30, 123), TOWN, List.of(
                new Pain008Writer.Batch("MARELLE-SDD-1-FRST", "FRST", due, List.of(
                        new Pain008Writer.Debit("2026-PERI-000042", 4080, "MARELLE-42-000007", LocalDate.of(2026, 11, 2), null, false,
                                "Hélène Müller-Œuvray & fils", "FR1420041010050500013M02606", "PSSTFRPP", "Cantine novembre 2026 — facture 2026-PERI-000042"),
                        new Pain008Writer.Debit("2026-PERI-000043", 1, "MARELLE-43-000008", LocalDate.of(2026, 11, 3), null, true,
                                "Martin", "FR7630003012340001234567854", null, "Facture 2026-PERI-000043"))),
                new Pain008Writer.Batch("MARELLE-SDD-1-RCUR", "RCUR", due, List.of(
                        new Pain008Writer.Debit("2026-PERI-000044", 123456, "MARELLE-44-000001", LocalDate.of(2025, 9, 1),
                                "FR7630003003000000000000008", false, "Durand", "FR7630003012340001234567854", null, "Facture 2026-PERI-000044")))));
    }

    static void validate(byte[] xml, String xsd) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(Pain008WriterTest.class.getResource("/sepa/" + xsd)).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void aFileWithFirstAndRecurrentDebitsAndAmendmentsPassesTheIsoSchema() throws Exception {
        byte[] xml = Pain008Writer.write(sample(), Pain008Writer.Version.V02);
        validate(xml, "pain.008.001.02.xsd");
        String text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text.contains("<GrpHdr><MsgId>MARELLE-SDD-20261205-1</MsgId><CreDtTm>2026-12-05T10:15:30</CreDtTm>"
                + "<NbOfTxs>3</NbOfTxs><CtrlSum>1275.37</CtrlSum>"), text);
        assertTrue(text.contains("<NbOfTxs>2</NbOfTxs><CtrlSum>40.81</CtrlSum>"), text);
        assertTrue(text.contains("<NbOfTxs>1</NbOfTxs><CtrlSum>1234.56</CtrlSum>"), text);
        assertTrue(text.contains("<SeqTp>FRST</SeqTp>") && text.contains("<SeqTp>RCUR</SeqTp>"), text);
        assertTrue(text.contains("<EndToEndId>2026-PERI-000042</EndToEndId>"), text);
        assertTrue(text.contains("<InstdAmt Ccy=\"EUR\">0.01</InstdAmt>"), text);
        assertTrue(text.contains("<Nm>Helene Muller-OEuvray fils</Nm>"), "SEPA characters only: " + text);
        assertTrue(text.contains("<Ustrd>Cantine novembre 2026 facture 2026-PERI-000042</Ustrd>"), text);
        assertTrue(text.contains("<OrgnlDbtrAgt><FinInstnId><Othr><Id>SMNDA</Id>"), text);
        assertTrue(text.contains("<OrgnlDbtrAcct><Id><IBAN>FR7630003003000000000000008</IBAN>"), text);
        assertTrue(text.contains("<DbtrAgt><FinInstnId><Othr><Id>NOTPROVIDED</Id>"), text);
        assertFalse(text.contains("é"), text);
    }

    @Test
    void theSameDebitsWriteAValidPain00800108WithBicfi() throws Exception {
        byte[] xml = Pain008Writer.write(sample(), Pain008Writer.Version.V08);
        validate(xml, "pain.008.001.08.xsd");
        assertTrue(new String(xml, StandardCharsets.UTF_8).contains("<BICFI>PSSTFRPP</BICFI>"));
    }

    @Test
    void theSchemaCheckCanFail() {
        byte[] xml = Pain008Writer.write(sample(), Pain008Writer.Version.V02);
        String broken = new String(xml, StandardCharsets.UTF_8).replace("<SeqTp>RCUR</SeqTp>", "<SeqTp>NEXT</SeqTp>");
        assertThrows(SAXException.class, () -> validate(broken.getBytes(StandardCharsets.UTF_8), "pain.008.001.02.xsd"));
        assertEquals(3, sample().count());
    }
}
