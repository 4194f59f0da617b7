package fr.marelle.payment.simulator.control;

import java.time.Instant;

/** One operation created at the simulator, and the payer's choice once made. */
public record SimulatedOperation(String idOp, String numcli, int exer, String refdet, String objet, long montant,
                                 String mel, String urlnotif, String urlredirect, String saisie, Instant createdAt,
                                 String resultrans, String numauto, String dattrans, String heurtrans) {
}
