package fr.marelle.treasury.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.directdebit.control.CreditorRules;
import fr.marelle.directdebit.control.SepaCreditor;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Role;
import fr.marelle.planning.entity.Regie;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import fr.marelle.treasury.entity.TreasuryBudget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrator's treasury settings of each régie (TREASURY.md §1.3): the accountant's office (IdPost),
 * the budget's SIRET (IdColl, Luhn key checked), CodCol, CodBud, whether the DGFiP prints the notices
 * (Edition 06), the local product code and nature of each kind of activity, and the régie as SEPA creditor (ICS with
 * its check digits, the account the debits are paid into). Replaced whole; audited.
 */
@ApplicationScoped
public class TreasuryBudgets {

    /** The kinds of activity (activity.type) that can be invoiced. */
    public static final List<String> ACTIVITY_TYPES = List.of("CANTEEN", "MORNING_CARE", "EVENING_CARE",
            "WEDNESDAY_CENTRE", "HOLIDAY_CAMP", "WEEKLY_CLASS", "ROOM_HIRE");

    /** What the administrator enters for one régie. */
    public record Input(String idPost, String idColl, String codCol, String codBud, Boolean dgfipPrints,
                        Map<String, ProductInput> products, CreditorInput sepaCreditor) {
    }

    /** The régie as SEPA creditor; all blank (or absent): the régie collects no direct debit. */
    public record CreditorInput(String ics, String name, String rumPrefix, String iban, String bic) {
    }

    public record ProductInput(String codProdLoc, String nature) {
    }

    /** A régie and its settings (empty until set). */
    public record View(String regieCode, String regieName, Optional<PesOrmc.Budget> budget, Map<String, PesOrmc.Product> products,
                       Optional<SepaCreditor.Creditor> sepaCreditor) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    AuditTrail audit;

    @Inject
    SepaCreditor creditors;

    @Inject
    Clock clock;

    public List<View> all() {
        acting.requireRole(Role.ADMIN);
        return em.createQuery("select r from Regie r order by r.code", Regie.class).getResultList().stream()
                .map(r -> view(r.getCode(), r.getName())).toList();
    }

    public View of(String regieCode) {
        Regie regie = regieCode == null ? null : em.find(Regie.class, regieCode);
        if (regie == null) {
            throw RuleViolationException.of("regieCode", "treasury.budget.unknownRegie", String.valueOf(regieCode));
        }
        return view(regie.getCode(), regie.getName());
    }

    /** The budget of a régie for an export (no role check: the exporting control checks its own). */
    public Optional<PesOrmc.Budget> budgetOf(String regieCode) {
        TreasuryBudget b = em.find(TreasuryBudget.class, regieCode);
        return b == null ? Optional.empty()
                : Optional.of(new PesOrmc.Budget(b.getIdPost(), b.getIdColl(), b.getCodCol(), b.getCodBud(), b.isDgfipPrints()));
    }

    public Map<String, PesOrmc.Product> productsOf(String regieCode) {
        Map<String, PesOrmc.Product> products = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select activity_type, cod_prod_loc, nature from treasury_product"
                + " where regie_code = ?1 order by activity_type").setParameter(1, regieCode).getResultList()) {
            Object[] r = (Object[]) row;
            products.put((String) r[0], new PesOrmc.Product((String) r[1], (String) r[2]));
        }
        return products;
    }

    @Transactional
    public View save(String regieCode, Input input) {
        long admin = acting.requireRole(Role.ADMIN).getId();
        View before = of(regieCode);
        List<Violation> v = new ArrayList<>();
        Input in = input == null ? new Input(null, null, null, null, null, null, null) : input;
        String idPost = upper(in.idPost());
        String idColl = in.idColl() == null ? null : in.idColl().replaceAll("\\s", "");
        String codCol = trim(in.codCol());
        String codBud = upper(in.codBud());
        BudgetRules.checkBudget(idPost, idColl, codCol, codBud, v);
        Map<String, PesOrmc.Product> products = new LinkedHashMap<>();
        Map<String, ProductInput> given = in.products() == null ? Map.of() : in.products();
        for (var e : given.entrySet()) {
            String field = "products." + e.getKey();
            if (!ACTIVITY_TYPES.contains(e.getKey())) {
                v.add(Violation.of(field, "treasury.budget.unknownActivityType", e.getKey()));
                continue;
            }
            ProductInput p = e.getValue();
            String code = p == null ? null : upper(p.codProdLoc());
            String nature = p == null ? null : trim(p.nature());
            if ((code == null || code.isEmpty()) && (nature == null || nature.isEmpty())) {
                continue;
            }
            BudgetRules.checkProduct(field, code, nature, v);
            products.put(e.getKey(), new PesOrmc.Product(code, nature));
        }
        CreditorInput c = in.sepaCreditor();
        SepaCreditor.Creditor creditor = c == null || CreditorRules.blank(c.ics(), c.name(), c.rumPrefix(), c.iban(), c.bic()) ? null
                : CreditorRules.check(c.ics(), c.name(), c.rumPrefix(), c.iban(), c.bic(), v);
        RuleViolationException.throwIfAny(v);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean dgfipPrints = Boolean.TRUE.equals(in.dgfipPrints());
        em.createNativeQuery("insert into treasury_budget (regie_code, id_post, id_coll, cod_col, cod_bud, dgfip_prints, updated_by,"
                        + " updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (regie_code) do update set"
                        + " id_post = excluded.id_post, id_coll = excluded.id_coll, cod_col = excluded.cod_col, cod_bud = excluded.cod_bud,"
                        + " dgfip_prints = excluded.dgfip_prints, updated_by = excluded.updated_by, updated_at = excluded.updated_at")
                .setParameter(1, regieCode).setParameter(2, idPost).setParameter(3, idColl).setParameter(4, codCol)
                .setParameter(5, codBud).setParameter(6, dgfipPrints).setParameter(7, admin)
                .setParameter(8, now).executeUpdate();
        em.createNativeQuery("delete from treasury_product where regie_code = ?1").setParameter(1, regieCode).executeUpdate();
        for (var e : products.entrySet()) {
            em.createNativeQuery("insert into treasury_product (regie_code, activity_type, cod_prod_loc, nature) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, regieCode).setParameter(2, e.getKey()).setParameter(3, e.getValue().codProdLoc())
                    .setParameter(4, e.getValue().nature()).executeUpdate();
        }
        creditors.replace(regieCode, creditor, admin, now);
        em.flush();
        em.clear();
        View after = of(regieCode);
        audit.record("treasury.budget.changed", "regie", regieCode, auditState(before), auditState(after));
        return after;
    }

    private View view(String code, String name) {
        return new View(code, name, budgetOf(code), productsOf(code), creditors.ofRegie(code));
    }

    private static Map<String, Object> auditState(View view) {
        if (view.budget().isEmpty() && view.sepaCreditor().isEmpty()) {
            return null;
        }
        Map<String, Object> state = new LinkedHashMap<>();
        view.sepaCreditor().ifPresent(c -> {
            Map<String, String> creditor = new LinkedHashMap<>();
            creditor.put("ics", c.ics());
            creditor.put("name", c.name());
            creditor.put("rumPrefix", c.rumPrefix());
            creditor.put("iban", c.iban());
            creditor.put("bic", c.bic());
            state.put("sepaCreditor", creditor);
        });
        if (view.budget().isEmpty()) {
            return state;
        }
        PesOrmc.Budget b = view.budget().get();
        state.put("idPost", b.idPost());
        state.put("idColl", b.idColl());
        state.put("codCol", b.codCol());
        state.put("codBud", b.codBud());
        state.put("dgfipPrints", b.dgfipPrints());
        Map<String, String> products = new LinkedHashMap<>();
        view.products().forEach((type, p) -> products.put(type, p.codProdLoc() + " / " + p.nature()));
        state.put("products", products);
        return state;
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
