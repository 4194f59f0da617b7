package fr.marelle.payment.simulator.control;

import java.util.List;

/**
 * The simulator's statement of a day ({@code GET /simulateur-payfip/releve.csv?date=YYYY-MM-DD[&numcli=…]}),
 * standing for the file the provider gives the town, for the portal's reconciliation to import.
 * <p>Format: UTF-8 text, lines ending with CRLF, fields separated by {@code ;}, a header line
 * then one line per operation that got a result on that day (Paris time), ordered by time:
 * <pre>
 * numcli;exer;refdet;idop;montant;resultrans;dattrans;heurtrans;numauto
 * 000001;2026;MAR2026000123;5f0c…;4250;P;23112026;1412;123456
 * </pre>
 * montant in euro cents; resultrans P (card) and V (direct debit) are money collected, R/Z refused,
 * A abandoned; dattrans DDMMYYYY and heurtrans HHMM in Paris time; numauto empty unless paid.
 * No field can hold {@code ;}, a quote or a line break (the simulator refuses such values at creation).
 * <p>Not written by {@code SpreadsheetCsv}: this file is for software (the portal's {@code StatementFile}), in the
 * provider's shape, without a byte order mark; an apostrophe before {@code numcli} or {@code refdet} would change
 * the values reconciliation matches on. Its fields are codes, digits and the portal's own references, none typed
 * by a family.
 */
public final class SimulatorStatement {

    public static final String HEADER = "numcli;exer;refdet;idop;montant;resultrans;dattrans;heurtrans;numauto";

    private SimulatorStatement() {
    }

    public static String csv(List<SimulatedOperation> operations) {
        StringBuilder b = new StringBuilder(HEADER).append("\r\n");
        for (SimulatedOperation op : operations) {
            b.append(op.numcli()).append(';').append(op.exer()).append(';').append(op.refdet()).append(';')
                    .append(op.idOp()).append(';').append(op.montant()).append(';').append(op.resultrans()).append(';')
                    .append(op.dattrans()).append(';').append(op.heurtrans()).append(';')
                    .append(op.numauto() == null ? "" : op.numauto()).append("\r\n");
        }
        return b.toString();
    }
}
