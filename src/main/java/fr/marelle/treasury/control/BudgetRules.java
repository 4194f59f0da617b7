package fr.marelle.treasury.control;

import fr.marelle.platform.control.Violation;

import java.util.List;

/** The formats Hélios imposes on a budget's identity and on product codes (TREASURY.md §1.3). */
public final class BudgetRules {

    private BudgetRules() {
    }

    public static void checkBudget(String idPost, String idColl, String codCol, String codBud, List<Violation> v) {
        if (idPost == null || !idPost.matches("\\d{6,7}|02[AB]\\d{3,4}")) {
            v.add(Violation.of("idPost", "treasury.budget.idPost"));
        }
        if (idColl == null || !idColl.matches("\\d{14}")) {
            v.add(Violation.of("idColl", "treasury.budget.idColl"));
        } else if (!SiretCheck.valid(idColl)) {
            v.add(Violation.of("idColl", "treasury.budget.idCollKey"));
        }
        if (codCol == null || !codCol.matches("\\d{3}")) {
            v.add(Violation.of("codCol", "treasury.budget.codCol"));
        }
        if (codBud == null || !codBud.matches("[0-9A-Z][0-9]")) {
            v.add(Violation.of("codBud", "treasury.budget.codBud"));
        }
    }

    public static void checkProduct(String field, String codProdLoc, String nature, List<Violation> v) {
        if (codProdLoc == null || !codProdLoc.matches("[A-Z0-9]{1,4}")) {
            v.add(Violation.of(field + ".codProdLoc", "treasury.budget.codProdLoc"));
        }
        if (nature == null || !nature.matches("\\d{1,12}")) {
            v.add(Violation.of(field + ".nature", "treasury.budget.nature"));
        }
    }
}
