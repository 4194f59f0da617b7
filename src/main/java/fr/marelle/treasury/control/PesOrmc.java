package fr.marelle.treasury.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a PES V2 ORMC file says, as plain values: the budget, one bordereau (the rôle), its articles
 * (one invoice each), their lines per product code and their payer. {@link PesOrmcWriter} turns it
 * into XML; nothing here knows the database.
 */
public final class PesOrmc {

    private PesOrmc() {
    }

    /** The budget's identity in Hélios and whether the DGFiP prints the notices (Edition 06). */
    public record Budget(String idPost, String idColl, String codCol, String codBud, boolean dgfipPrints) {
    }

    /** The local product code and nature of one kind of activity. */
    public record Product(String codProdLoc, String nature) {
    }

    public record File(String fileName, String sender, String software, LocalDate createdOn, Budget budget, Bordereau bordereau) {
    }

    public record Bordereau(int exercise, int number, LocalDate issuedOn, String object, List<Article> articles) {
        public long totalCents() {
            return articles.stream().mapToLong(Article::totalCents).sum();
        }
    }

    /**
     * One invoice: its article number in the rôle, its invoice number, a numeric debt number (NumDette,
     * when the invoice number gives one), its lines and payer, and its PDF when the DGFiP prints it.
     */
    public record Article(int number, String invoiceNumber, Optional<Long> debtNumber, String object,
                          List<Line> lines, Payer payer, Optional<byte[]> pdf) {
        public long totalCents() {
            return lines.stream().mapToLong(Line::cents).sum();
        }

        /** The attachment's unique id (letters and digits, never repeated: exercise, bordereau, article). */
        public String attachmentId(Bordereau b) {
            return "FAC" + b.exercise() + String.format("%07d", b.number()) + String.format("%08d", number);
        }
    }

    /** One sub-article: what an invoice charges for one product code. */
    public record Line(Product product, String object, long cents) {
    }

    /** The debtor: civility only when known (M or MME: the guardian's civility code is the PES code). */
    public record Payer(String reference, Optional<String> civility, String lastName, String firstName, Address address) {
    }

    /**
     * A postal address; {@code countryInsee} is the INSEE code of the country for an address abroad (CP
     * then becomes 99999), empty in France.
     */
    public record Address(String street, Optional<String> complement, String postcode, String city, Optional<String> countryInsee) {
        public boolean abroad() {
            return countryInsee.isPresent();
        }

        /**
         * The town as PES's Ville carries it: the town in France; abroad, as the country writes it, with its own
         * postcode before the town (CP only holds 99999), e.g. "1000 BRUXELLES".
         */
        public String town() {
            if (!abroad() || postcode == null || postcode.isBlank()) {
                return city;
            }
            return postcode.strip() + " " + city;
        }
    }
}
