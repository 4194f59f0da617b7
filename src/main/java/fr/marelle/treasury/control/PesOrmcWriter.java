package fr.marelle.treasury.control;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a PES_Aller ORMC file (TREASURY.md §1.3): values in attribute {@code V} of empty elements, only the
 * root qualified, children in schema order, ISO-8859-1 declared and used, unsigned (InfoDematerialisee 0).
 * With Edition 06 each article points at its invoice PDF, embedded gzipped and in base64 in PES_PJ.
 */
public final class PesOrmcWriter {

    public static final String NAMESPACE = "http://www.minefi.gouv.fr/cp/helios/pes_v2/Rev0/aller";
    public static final String ENCODING = "ISO-8859-1";
    /** Type of attachment: the invoice sent to the debtor (Edition 06 merges it into the notice). */
    static final String INVOICE_ATTACHMENT = "010";

    private PesOrmcWriter() {
    }

    public static byte[] write(PesOrmc.File file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // the declaration as Hélios' own examples write it (StAX would use single quotes)
            out.writeBytes(("<?xml version=\"1.0\" encoding=\"" + ENCODING + "\"?>\n").getBytes(StandardCharsets.US_ASCII));
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, ENCODING);
            x.writeStartElement("n", "PES_Aller", NAMESPACE);
            x.writeNamespace("n", NAMESPACE);
            envelope(x, file);
            header(x, file);
            recette(x, file);
            if (file.budget().dgfipPrints()) {
                attachments(x, file.bordereau());
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("PES file not written", e);
        }
        return out.toByteArray();
    }

    private static void envelope(XMLStreamWriter x, PesOrmc.File file) throws XMLStreamException {
        x.writeStartElement("Enveloppe");
        x.writeStartElement("Parametres");
        v(x, "Version", "2");
        v(x, "TypFic", "PESORMC");
        v(x, "NomFic", file.fileName());
        x.writeEndElement();
        x.writeStartElement("Emetteur");
        v(x, "Sigle", text(file.sender(), 32));
        v(x, "Adresse", text(file.software(), 38));
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void header(XMLStreamWriter x, PesOrmc.File file) throws XMLStreamException {
        PesOrmc.Budget b = file.budget();
        x.writeStartElement("EnTetePES");
        v(x, "DteStr", PesText.date(file.createdOn()));
        v(x, "IdPost", b.idPost());
        v(x, "IdColl", b.idColl());
        v(x, "CodCol", b.codCol());
        v(x, "CodBud", b.codBud());
        x.writeEndElement();
    }

    private static void recette(XMLStreamWriter x, PesOrmc.File file) throws XMLStreamException {
        PesOrmc.Bordereau b = file.bordereau();
        x.writeStartElement("PES_RecetteAller");
        x.writeStartElement("EnTeteRecette");
        v(x, "IdVer", "2");
        v(x, "InfoDematerialisee", "0");
        x.writeEndElement();
        x.writeStartElement("Bordereau");
        x.writeStartElement("BlocBordereau");
        v(x, "Exer", Integer.toString(b.exercise()));
        v(x, "IdBord", Integer.toString(b.number()));
        v(x, "DteBordEm", PesText.date(b.issuedOn()));
        v(x, "TypBord", "06");
        v(x, "NbrPce", Integer.toString(b.articles().size()));
        v(x, "MtBordHt", PesText.amount(b.totalCents()));
        optional(x, "Objet", b.object(), 160);
        x.writeEndElement();
        for (PesOrmc.Article article : b.articles()) {
            piece(x, b, article, file.budget().dgfipPrints());
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void piece(XMLStreamWriter x, PesOrmc.Bordereau b, PesOrmc.Article a, boolean dgfipPrints) throws XMLStreamException {
        x.writeStartElement("Piece");
        x.writeStartElement("BlocPiece");
        v(x, "IdPce", Integer.toString(a.number()));
        v(x, "TypPce", "15");
        v(x, "NatPce", "01");
        if (dgfipPrints) {
            v(x, "Edition", "06");
        }
        optional(x, "ObjPce", a.object(), 160);
        if (a.debtNumber().isPresent()) {
            v(x, "NumDette", Long.toString(a.debtNumber().get()));
        }
        if (dgfipPrints) {
            x.writeStartElement("PJRef");
            v(x, "Support", "01");
            v(x, "IdUnique", a.attachmentId(b));
            v(x, "NomPJ", a.attachmentId(b) + ".pdf");
            v(x, "TypePJ", INVOICE_ATTACHMENT);
            x.writeEndElement();
        }
        x.writeEndElement();
        int line = 0;
        for (PesOrmc.Line l : a.lines()) {
            x.writeStartElement("LigneDePiece");
            x.writeStartElement("BlocLignePiece");
            x.writeStartElement("InfoLignePiece");
            v(x, "IdLigne", Integer.toString(++line));
            optional(x, "ObjLignePce", l.object(), 160);
            v(x, "CodProdLoc", l.product().codProdLoc());
            v(x, "Nature", l.product().nature());
            v(x, "Majo", "0");
            v(x, "TvaIntraCom", "0");
            v(x, "MtHT", PesText.amount(l.cents()));
            x.writeEndElement();
            x.writeEndElement();
            tiers(x, a.payer());
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** The same debtor on every line: Hélios takes one debtor per ORMC title. */
    private static void tiers(XMLStreamWriter x, PesOrmc.Payer p) throws XMLStreamException {
        x.writeStartElement("Tiers");
        x.writeStartElement("InfoTiers");
        optional(x, "RefTiers", p.reference(), 30);
        v(x, "CatTiers", "01");
        v(x, "NatJur", "01");
        v(x, "TypTiers", "01");
        if (p.civility().isPresent()) {
            v(x, "Civilite", p.civility().get());
        }
        v(x, "Nom", text(p.lastName(), 38));
        optional(x, "Prenom", p.firstName(), 38);
        x.writeEndElement();
        PesOrmc.Address a = p.address();
        x.writeStartElement("Adresse");
        v(x, "TypAdr", "1");
        v(x, "Adr2", text(a.street(), 38));
        if (a.complement().isPresent()) {
            optional(x, "Adr3", a.complement().get(), 38);
        }
        v(x, "CP", a.abroad() ? "99999" : a.postcode());
        v(x, "Ville", text(a.town(), 38));
        v(x, "CodRes", "0");
        if (a.abroad()) {
            v(x, "CodPays", a.countryInsee().get());
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void attachments(XMLStreamWriter x, PesOrmc.Bordereau b) throws XMLStreamException {
        x.writeStartElement("PES_PJ");
        x.writeStartElement("EnTetePES_PJ");
        v(x, "IdVer", "1");
        x.writeEndElement();
        for (PesOrmc.Article a : b.articles()) {
            if (a.pdf().isEmpty()) {
                continue;
            }
            x.writeStartElement("PJ");
            x.writeStartElement("Contenu");
            x.writeStartElement("Fichier");
            x.writeAttribute("MIMEType", "application/pdf");
            x.writeCharacters(Base64.getEncoder().encodeToString(gzip(a.pdf().get())));
            x.writeEndElement();
            x.writeEndElement();
            v(x, "IdUnique", a.attachmentId(b));
            v(x, "NomPJ", a.attachmentId(b) + ".pdf");
            v(x, "TypePJ", INVOICE_ATTACHMENT);
            v(x, "Description", text("FACTURE " + a.invoiceNumber(), 100));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A mandatory text: a value PES refuses is left for the schema to report, never silently replaced. */
    private static String text(String value, int max) {
        return PesText.text(value, max).orElse("");
    }

    private static void optional(XMLStreamWriter x, String name, String value, int max) throws XMLStreamException {
        var text = PesText.text(value, max);
        if (text.isPresent()) {
            v(x, name, text.get());
        }
    }

    private static void v(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeEmptyElement(name);
        x.writeAttribute("V", value);
    }
}
