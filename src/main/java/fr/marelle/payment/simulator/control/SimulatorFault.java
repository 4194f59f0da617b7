package fr.marelle.payment.simulator.control;

/**
 * A fault the simulator answers, as PayFiP would: FonctionnelleErreur for what the request asks
 * (P1 unknown operation, P5 no result yet, and the simulator's own codes for refused fields:
 * C1 unknown client number, R3 reference, M1 amount, E1 e-mail, X1 year, S1 saisie, U1 URLs),
 * TechProtocolaireErreur (T1) for a request it cannot read.
 */
public class SimulatorFault extends Exception {

    public static final String FUNCTIONAL = "FonctionnelleErreur";
    public static final String PROTOCOL = "TechProtocolaireErreur";

    private final String type;
    private final String code;
    private final String label;

    public SimulatorFault(String type, String code, String label) {
        super(type + " " + code + ": " + label);
        this.type = type;
        this.code = code;
        this.label = label;
    }

    public static SimulatorFault functional(String code, String label) {
        return new SimulatorFault(FUNCTIONAL, code, label);
    }

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
