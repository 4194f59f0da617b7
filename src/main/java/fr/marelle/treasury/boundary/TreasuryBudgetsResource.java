package fr.marelle.treasury.boundary;

import fr.marelle.treasury.control.PesOrmc;
import fr.marelle.treasury.control.TreasuryBudgets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Administrator: each régie's budget as the public accountant's system (Hélios) knows it, for the PES files. */
@Path("admin/treasury/budgets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Treasury (administration)", description = "The treasury settings of each régie: budget, accounting codes, PES V2 identifiers, SEPA creditor (administrators)")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "403", description = "Not an administrator", content = @Content(mediaType = "application/problem+json"))
public class TreasuryBudgetsResource {

    /** A product code and nature (PES CodProdLoc: 1 to 4 upper-case letters or digits; Nature: 1 to 12 digits). */
    public record ProductJson(String codProdLoc, String nature) {
    }

    /**
     * The régie as SEPA creditor. ics: FR, 2 check digits (verified), a 3-character business code (ZZZ by default) and a
     * 6-character national identifier; name: on the debtors' statements (null: the town's name); rumPrefix: 1 to 12
     * letters or digits starting new mandates' RUM (null: MARELLE); iban (checked with its key) and bic (optional): the
     * account the debits are paid into.
     */
    public record SepaCreditorJson(String ics, String name, String rumPrefix, String iban, String bic) {
    }

    /** What the administrator sends for a régie. */
    public static class BudgetRequest {
        /** The accountant's office code (codique): 6 or 7 digits, or 02A/02B and digits. */
        public String idPost;
        /** The budget's SIRET: 14 digits with a right Luhn key. */
        public String idColl;
        /** 3 digits. */
        public String codCol;
        /** A letter or digit then a digit, e.g. "00". */
        public String codBud;
        /** true: the DGFiP prints and posts the notices, the invoice PDF attached (Edition 06). */
        public Boolean dgfipPrints;
        /** Per kind of activity (CANTEEN, MORNING_CARE, EVENING_CARE, WEDNESDAY_CENTRE, HOLIDAY_CAMP, WEEKLY_CLASS, ROOM_HIRE). */
        public Map<String, ProductJson> products;
        /** The régie as SEPA creditor; null or left out: the régie collects no direct debit. */
        public SepaCreditorJson sepaCreditor;
    }

    /** A régie and its settings; the budget fields are null until set, sepaCreditor null when the régie has none. */
    public record BudgetJson(String regieCode, String regieName, boolean configured, String idPost, String idColl, String codCol,
                             String codBud, boolean dgfipPrints, Map<String, ProductJson> products, SepaCreditorJson sepaCreditor) {
        static BudgetJson of(TreasuryBudgets.View v) {
            Map<String, ProductJson> products = new LinkedHashMap<>();
            v.products().forEach((type, p) -> products.put(type, new ProductJson(p.codProdLoc(), p.nature())));
            PesOrmc.Budget b = v.budget().orElse(null);
            return new BudgetJson(v.regieCode(), v.regieName(), b != null, b == null ? null : b.idPost(), b == null ? null : b.idColl(),
                    b == null ? null : b.codCol(), b == null ? null : b.codBud(), b != null && b.dgfipPrints(), products,
                    v.sepaCreditor().map(c -> new SepaCreditorJson(c.ics(), c.name(), c.rumPrefix(), c.iban(), c.bic())).orElse(null));
        }
    }

    @Inject
    TreasuryBudgets budgets;

    @GET
    @Operation(operationId = "listTreasuryBudgets", summary = "Every régie with its treasury settings (PES V2)")
    @APIResponse(responseCode = "200", description = "The régies, by code",
            content = @Content(schema = @Schema(implementation = BudgetJson.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<BudgetJson> list() {
        return budgets.all().stream().map(BudgetJson::of).toList();
    }

    @PUT
    @Path("{regieCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putTreasuryBudget", summary = "Replace a régie's treasury settings (all at once; audited)",
            description = "idPost, idColl (SIRET, Luhn key checked), codCol, codBud, dgfipPrints and the product code and nature"
                    + " of each kind of activity the régie invoices (a kind left out has none: its invoices cannot be exported);"
                    + " sepaCreditor: the régie as SEPA creditor (ICS check digits verified, IBAN with its key, BIC format; left out:"
                    + " the régie collects no direct debit). Debit runs of the régie are paid into its account under its ICS.")
    @APIResponse(responseCode = "200", description = "The settings now in force", content = @Content(schema = @Schema(implementation = BudgetJson.class)))
    @APIResponse(responseCode = "400", description = "One entry per wrong field; nothing saved",
            content = @Content(mediaType = "application/problem+json"))
    public BudgetJson put(@PathParam("regieCode") String regieCode, BudgetRequest request) {
        BudgetRequest r = request == null ? new BudgetRequest() : request;
        Map<String, TreasuryBudgets.ProductInput> products = new LinkedHashMap<>();
        if (r.products != null) {
            r.products.forEach((type, p) -> products.put(type, p == null ? null : new TreasuryBudgets.ProductInput(p.codProdLoc(), p.nature())));
        }
        SepaCreditorJson c = r.sepaCreditor;
        TreasuryBudgets.CreditorInput creditor = c == null ? null : new TreasuryBudgets.CreditorInput(c.ics(), c.name(), c.rumPrefix(), c.iban(), c.bic());
        return BudgetJson.of(budgets.save(regieCode, new TreasuryBudgets.Input(r.idPost, r.idColl, r.codCol, r.codBud, r.dgfipPrints, products,
                creditor)));
    }
}
