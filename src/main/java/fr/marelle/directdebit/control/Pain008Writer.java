package fr.marelle.directdebit.control;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a SEPA Core direct-debit initiation (ISO 20022 pain.008) with the JDK's StAX writer, in schema order
 * (TREASURY.md §2.4): one PmtInf per sequence type and collection date, CtrlSum and NbOfTxs counted exactly with
 * BigDecimal, texts in the SEPA character set. What differs between versions (namespace, BIC element) lives in
 * {@link Version}: pain.008.001.08 is one more constant once the bank asks for it (and structured addresses).
 */
public final class Pain008Writer {

    /** A version of the message: its namespace and the name of the BIC element. */
    public enum Version {
        V02("urn:iso:std:iso:20022:tech:xsd:pain.008.001.02", "BIC"),
        V08("urn:iso:std:iso:20022:tech:xsd:pain.008.001.08", "BICFI");

        final String namespace;
        final String bicElement;

        Version(String namespace, String bicElement) {
            this.namespace = namespace;
            this.bicElement = bicElement;
        }
    }

    /** The whole file: unique message id, when it was made, the creditor and its batches. */
    public record DebitFile(String messageId, LocalDateTime createdAt, Creditor creditor, List<Batch> batches) {
        public int count() {
            return batches.stream().mapToInt(b -> b.debits().size()).sum();
        }

        public BigDecimal sum() {
            return batches.stream().map(Batch::sum).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public record Creditor(String name, String iban, String bic, String ics) {
    }

    /** The debits of one sequence type (FRST, RCUR, OOFF, FNAL) due on one day. */
    public record Batch(String paymentInfoId, String sequenceType, LocalDate collectionDate, List<Debit> debits) {
        public BigDecimal sum() {
            return debits.stream().map(d -> BigDecimal.valueOf(d.amountCents(), 2)).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * One debit: the invoice number as EndToEndId, the mandate (RUM, signature day, amendment: former IBAN at the same
     * bank, or a new bank), the debtor and the text the family reads on its statement.
     */
    public record Debit(String endToEndId, long amountCents, String mandateId, LocalDate signedOn, String amendedFromIban,
                        boolean amendedNewBank, String debtorName, String debtorIban, String debtorBic, String remittance) {
    }

    private Pain008Writer() {
    }

    public static byte[] write(DebitFile file, Version version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("Document");
            x.writeDefaultNamespace(version.namespace);
            x.writeStartElement("CstmrDrctDbtInitn");
            x.writeStartElement("GrpHdr");
            text(x, "MsgId", id(file.messageId()));
            text(x, "CreDtTm", file.createdAt().withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            text(x, "NbOfTxs", String.valueOf(file.count()));
            text(x, "CtrlSum", file.sum().toPlainString());
            x.writeStartElement("InitgPty");
            text(x, "Nm", sepa(file.creditor().name(), 70));
            x.writeEndElement();
            x.writeEndElement();
            for (Batch batch : file.batches()) {
                batch(x, file.creditor(), batch, version);
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("pain.008 not written", e);
        }
        return out.toByteArray();
    }

    private static void batch(XMLStreamWriter x, Creditor creditor, Batch batch, Version version) throws XMLStreamException {
        x.writeStartElement("PmtInf");
        text(x, "PmtInfId", id(batch.paymentInfoId()));
        text(x, "PmtMtd", "DD");
        text(x, "BtchBookg", "true");
        text(x, "NbOfTxs", String.valueOf(batch.debits().size()));
        text(x, "CtrlSum", batch.sum().toPlainString());
        x.writeStartElement("PmtTpInf");
        x.writeStartElement("SvcLvl");
        text(x, "Cd", "SEPA");
        x.writeEndElement();
        x.writeStartElement("LclInstrm");
        text(x, "Cd", "CORE");
        x.writeEndElement();
        text(x, "SeqTp", batch.sequenceType());
        x.writeEndElement();
        text(x, "ReqdColltnDt", batch.collectionDate().toString());
        x.writeStartElement("Cdtr");
        text(x, "Nm", sepa(creditor.name(), 70));
        x.writeEndElement();
        account(x, "CdtrAcct", creditor.iban());
        agent(x, "CdtrAgt", creditor.bic(), version);
        text(x, "ChrgBr", "SLEV");
        x.writeStartElement("CdtrSchmeId");
        x.writeStartElement("Id");
        x.writeStartElement("PrvtId");
        x.writeStartElement("Othr");
        text(x, "Id", creditor.ics());
        x.writeStartElement("SchmeNm");
        text(x, "Prtry", "SEPA");
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        for (Debit d : batch.debits()) {
            debit(x, d, version);
        }
        x.writeEndElement();
    }

    private static void debit(XMLStreamWriter x, Debit d, Version version) throws XMLStreamException {
        x.writeStartElement("DrctDbtTxInf");
        x.writeStartElement("PmtId");
        text(x, "EndToEndId", id(d.endToEndId()));
        x.writeEndElement();
        x.writeStartElement("InstdAmt");
        x.writeAttribute("Ccy", "EUR");
        x.writeCharacters(BigDecimal.valueOf(d.amountCents(), 2).toPlainString());
        x.writeEndElement();
        x.writeStartElement("DrctDbtTx");
        x.writeStartElement("MndtRltdInf");
        text(x, "MndtId", d.mandateId());
        text(x, "DtOfSgntr", d.signedOn().toString());
        boolean amended = d.amendedFromIban() != null || d.amendedNewBank();
        text(x, "AmdmntInd", String.valueOf(amended));
        if (amended) {
            x.writeStartElement("AmdmntInfDtls");
            if (d.amendedNewBank()) {
                // the debtor moved to another bank: SMNDA (same mandate, new debtor agent)
                x.writeStartElement("OrgnlDbtrAgt");
                x.writeStartElement("FinInstnId");
                x.writeStartElement("Othr");
                text(x, "Id", "SMNDA");
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndElement();
            } else {
                account(x, "OrgnlDbtrAcct", d.amendedFromIban());
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        agent(x, "DbtrAgt", d.debtorBic(), version);
        x.writeStartElement("Dbtr");
        text(x, "Nm", sepa(d.debtorName(), 70));
        x.writeEndElement();
        account(x, "DbtrAcct", d.debtorIban());
        x.writeStartElement("RmtInf");
        text(x, "Ustrd", sepa(d.remittance(), 140));
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void account(XMLStreamWriter x, String element, String iban) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeStartElement("Id");
        text(x, "IBAN", iban);
        x.writeEndElement();
        x.writeEndElement();
    }

    /** The bank by its BIC, or "NOTPROVIDED" (allowed within the SEPA area since 2016). */
    private static void agent(XMLStreamWriter x, String element, String bic, Version version) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeStartElement("FinInstnId");
        if (bic != null && !bic.isBlank()) {
            text(x, version.bicElement, bic);
        } else {
            x.writeStartElement("Othr");
            text(x, "Id", "NOTPROVIDED");
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    /** Free text in the SEPA character set, trimmed to the field's length. */
    static String sepa(String text, int max) {
        String s = MandateRules.sepaText(text).replaceAll(" {2,}", " ").strip();
        return s.isEmpty() ? "NC" : s.substring(0, Math.min(s.length(), max)).strip();
    }

    /** Identifiers: SEPA characters without spaces, at most 35. */
    static String id(String value) {
        String s = MandateRules.sepaText(value).replace(' ', '-');
        return s.substring(0, Math.min(s.length(), 35));
    }
}
