package fr.marelle.treasury.boundary;

import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.treasury.control.TreasuryBudgets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrator's treasury settings page: one form per régie (plain fields named after the régie, read
 * from the request, as on the PayFiP settings), saved whole.
 */
@Named
@RequestScoped
public class AdminTreasuryPage {

    @Inject
    TreasuryBudgets budgets;

    private List<TreasuryBudgets.View> regies;

    public List<TreasuryBudgets.View> getRegies() {
        if (regies == null) {
            regies = budgets.all();
        }
        return regies;
    }

    public List<String> getActivityTypes() {
        return TreasuryBudgets.ACTIVITY_TYPES;
    }

    /** What a field shows: what was just sent for this régie when it was refused, else what is stored. */
    public String field(String param, String regieCode, String stored) {
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return p.containsKey("saveBudget-" + regieCode) ? p.get(param) : stored;
    }

    public boolean checked(String regieCode, boolean stored) {
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return p.containsKey("saveBudget-" + regieCode) ? p.containsKey("dgfipPrints-" + regieCode) : stored;
    }

    public String save(String regieCode) {
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Map<String, TreasuryBudgets.ProductInput> products = new LinkedHashMap<>();
        for (String type : TreasuryBudgets.ACTIVITY_TYPES) {
            products.put(type, new TreasuryBudgets.ProductInput(p.get("codProdLoc-" + regieCode + "-" + type),
                    p.get("nature-" + regieCode + "-" + type)));
        }
        try {
            budgets.save(regieCode, new TreasuryBudgets.Input(p.get("idPost-" + regieCode), p.get("idColl-" + regieCode),
                    p.get("codCol-" + regieCode), p.get("codBud-" + regieCode), p.get("dgfipPrints-" + regieCode) != null, products,
                    new TreasuryBudgets.CreditorInput(p.get("ics-" + regieCode), p.get("creditorName-" + regieCode),
                            p.get("rumPrefix-" + regieCode), p.get("creditorIban-" + regieCode), p.get("creditorBic-" + regieCode))));
            Feedback.infoAfterRedirect("treasury.budget.saved", regieCode);
            return "/admin/treasury.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }
}
