package fr.marelle.payment.simulator.control;

/**
 * A fault the simulator answers, as PayFiP does. A {@code FonctionnelleErreur} for what the request
 * asks, with PayFiP's codes: S1 saisie, T1 client number malformed, T2 client number unknown,
 * M1 amount not a number, M3 below 1 €, M5 above the limit, A1 no e-mail, A2 bad e-mail,
 * N1 urlnotif, D1 urlredirect, R3 refdet, P1 unknown (or purged) idOp, P5 no result yet; the
 * simulator's own X1 (exer) and O1 (objet), for which PayFiP's codes are not published. A
 * {@code TechProtocolaireErreur} for a request it cannot read. A plain client fault, without
 * detail, for a request the contract's schema refuses (wrong namespace, qualified or unknown
 * fields), as a JAX-WS service does.
 */
public class SimulatorFault extends Exception {

    public static final String FUNCTIONAL = "FonctionnelleErreur";
    public static final String PROTOCOL = "TechProtocolaireErreur";
    /** PayFiP's faultstring is the Java class name of its error. */
    public static final String EXCEPTION_PACKAGE = "fr.gouv.finances.cp.tpa.webservice.exceptions.";

    private final String type;
    private final String code;
    private final String label;

    private SimulatorFault(String type, String code, String label) {
        super((type == null ? "Client" : type) + " " + code + ": " + label);
        this.type = type;
        this.code = code;
        this.label = label;
    }

    public static SimulatorFault functional(String code, String label) {
        return new SimulatorFault(FUNCTIONAL, code, label);
    }

    public static SimulatorFault protocol(String code, String label) {
        return new SimulatorFault(PROTOCOL, code, label);
    }

    /** A request the service cannot take at all: answered with {@code faultcode} Client and no detail. */
    public static SimulatorFault client(String message) {
        return new SimulatorFault(null, null, message);
    }

    /** The error element in {@code detail}, or null for a plain client fault. */
    public String type() {
        return type;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
