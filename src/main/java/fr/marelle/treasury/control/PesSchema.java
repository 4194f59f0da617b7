package fr.marelle.treasury.control;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Our schema of the ORMC files (src/main/resources/treasury/PES_Aller_ORMC.xsd, written from TREASURY.md):
 * a file it does not accept is never served.
 */
public final class PesSchema {

    public static final String RESOURCE = "/treasury/PES_Aller_ORMC.xsd";
    private static final Schema SCHEMA = load();

    private PesSchema() {
    }

    /** What the file breaks, one entry per problem ("line 12, column 40: …"); empty when it is valid. */
    public static List<String> problems(byte[] xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(describe(e));
                }

                @Override
                public void fatalError(SAXParseException e) {
                    problems.add(describe(e));
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            if (problems.isEmpty()) {
                problems.add(describe(e));
            }
        } catch (SAXException | IOException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    private static String describe(SAXParseException e) {
        return "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage();
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(PesSchema.class.getResource(RESOURCE));
        } catch (SAXException e) {
            throw new IllegalStateException("PES schema unreadable: " + RESOURCE, e);
        }
    }
}
