package fr.marelle.payment.control;

import org.w3c.dom.Element;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.transform.stream.StreamSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PayFiP's published contract, kept unchanged under {@code /payfip/}: the WSDL of
 * {@code PaiementSecuriseService} and its three schemas (service, {@code …/requete},
 * {@code …/reponse}). Messages are validated against it (the simulator refuses what PayFiP
 * refuses; the tests check both sides), and the simulator serves it at {@code securite?wsdl}.
 */
public final class PayfipContract {

    static final String WSDL = "PaiementSecuriseService.wsdl";
    /** The schema files, in the numbering of {@code ?xsd=N}. */
    static final List<String> SCHEMAS = List.of("PaiementSecuriseService_schema1.xsd",
            "PaiementSecuriseService_schema2.xsd", "PaiementSecuriseService_schema3.xsd");

    private static final Pattern SCHEMA_LOCATION = Pattern.compile("schemaLocation=\"PaiementSecuriseService_schema([123])\\.xsd\"");
    private static final Pattern ADDRESS = Pattern.compile("<soap:address location=\"[^\"]*\"/>");
    private static final Schema SCHEMA = schema();

    private PayfipContract() {
    }

    /**
     * Checks one message element against the contract: an operation or its response (the first
     * element of the SOAP Body), or the error element inside a fault's {@code detail}.
     */
    public static void validate(Element message) throws SAXException {
        Validator validator = SCHEMA.newValidator();
        try {
            validator.validate(new DOMSource(message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WSDL as a service at {@code serviceUrl} publishes it: its address, and its schemas at {@code ?xsd=N}. */
    public static String wsdl(String serviceUrl) {
        String text = ADDRESS.matcher(text(WSDL))
                .replaceFirst(Matcher.quoteReplacement("<soap:address location=\"" + serviceUrl + "\"/>"));
        return located(text, serviceUrl);
    }

    /** Schema number {@code n} (1 to 3) as served at {@code serviceUrl?xsd=n}; empty text for another number. */
    public static String schema(int n, String serviceUrl) {
        return n < 1 || n > SCHEMAS.size() ? "" : located(text(SCHEMAS.get(n - 1)), serviceUrl);
    }

    private static String located(String text, String serviceUrl) {
        return SCHEMA_LOCATION.matcher(text)
                .replaceAll(Matcher.quoteReplacement("schemaLocation=\"" + serviceUrl + "?xsd=") + "$1\"");
    }

    private static String text(String file) {
        try (InputStream in = PayfipContract.class.getResourceAsStream("/payfip/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /payfip/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service schema with its two imports, resolved from the class path only: nothing is fetched. */
    private static Schema schema() {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                String file = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
                if (!SCHEMAS.contains(file)) {
                    throw new IllegalStateException("PayFiP's schema imports an unknown file: " + systemId);
                }
                return new ClassPathInput(systemId, text(file));
            });
            StreamSource service = new StreamSource(new StringReader(text(SCHEMAS.get(0))), SCHEMAS.get(0));
            return factory.newSchema(service);
        } catch (SAXException e) {
            throw new IllegalStateException("PayFiP's schemas cannot be read", e);
        }
    }

    /** One schema file handed to the schema factory as text. */
    private record ClassPathInput(String systemId, String text) implements LSInput {
        @Override
        public Reader getCharacterStream() {
            return new StringReader(text);
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
        }

        @Override
        public InputStream getByteStream() {
            return null;
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseURI) {
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}
