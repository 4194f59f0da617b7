package fr.marelle.payment.control;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads PayFiP's SOAP answers by local name: the fields of {@code <operation>Response/return},
 * or the fault whose {@code detail} holds FonctionnelleErreur (a refusal of the request, or a
 * state such as P5 "no result yet") or one of the Tech…Erreur (the provider's own trouble).
 */
public final class PayfipAnswers {

    static final Set<String> FAULT_TYPES = Set.of("FonctionnelleErreur", "TechDysfonctionnementErreur",
            "TechIndisponibiliteErreur", "TechProtocolaireErreur");

    /** A SOAP fault: {@code type} is the detail element's local name, or "Fault" when there is no detail. */
    public record Fault(String type, String code, String label, String description) {

        public boolean functional() {
            return "FonctionnelleErreur".equals(type);
        }

        /** What the adapter throws for this fault when it is not an expected state. */
        public ProviderException toException(String operation) {
            ProviderException.Kind kind = functional() ? ProviderException.Kind.REFUSED : ProviderException.Kind.TECHNICAL;
            return new ProviderException(kind, code, label,
                    "PayFiP " + operation + " fault " + type + " " + code + ": " + label
                            + (description == null || description.isEmpty() ? "" : " (" + description + ")"));
        }
    }

    /** One answer: either the fields of {@code return}, or a fault. */
    public record Answer(Map<String, String> fields, Fault fault) {
    }

    private PayfipAnswers() {
    }

    /** The answer to {@code operation}, or TECHNICAL when it is neither its response nor a fault. */
    public static Answer read(String operation, String xml) throws ProviderException {
        Document doc;
        try {
            doc = SecureXml.parse(xml);
        } catch (IllegalArgumentException e) {
            throw new ProviderException(ProviderException.Kind.TECHNICAL, null, null,
                    "PayFiP " + operation + " answer is not XML: " + e.getMessage(), e);
        }
        Optional<Fault> fault = fault(doc);
        if (fault.isPresent()) {
            return new Answer(Map.of(), fault.get());
        }
        Optional<Element> response = SecureXml.first(doc, operation + "Response");
        Optional<Element> ret = response.flatMap(r -> SecureXml.first(r, "return"));
        if (ret.isEmpty()) {
            throw new ProviderException(ProviderException.Kind.TECHNICAL, null, null,
                    "PayFiP " + operation + " answer has no " + operation + "Response/return");
        }
        return new Answer(SecureXml.children(ret.get()), null);
    }

    static Optional<Fault> fault(Document doc) {
        Optional<Element> fault = SecureXml.first(doc, "Fault");
        if (fault.isEmpty()) {
            return Optional.empty();
        }
        for (String type : FAULT_TYPES) {
            Optional<Element> detail = SecureXml.first(fault.get(), type);
            if (detail.isPresent()) {
                Map<String, String> f = SecureXml.children(detail.get());
                return Optional.of(new Fault(type, f.get("code"), f.get("libelle"), f.get("descriptif")));
            }
        }
        String faultString = SecureXml.first(fault.get(), "faultstring").map(e -> e.getTextContent().strip()).orElse("");
        return Optional.of(new Fault("Fault", null, faultString, null));
    }
}
