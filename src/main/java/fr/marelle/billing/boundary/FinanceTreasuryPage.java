package fr.marelle.billing.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.billing.control.Invoices;
import fr.marelle.billing.control.TreasuryTransfers;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/** Finance staff's page for handing unpaid invoices to the public treasury once the delay has passed. */
@Named
@RequestScoped
public class FinanceTreasuryPage {

    /** The request parameter of the checked invoices (plain checkboxes, one per row). */
    static final String PICKED = "invoiceIds";

    @Inject
    Acting acting;

    @Inject
    TreasuryTransfers treasury;

    @Inject
    LanguageSwitch language;

    private String reference;
    private List<Invoices.Summary> eligible;

    public List<Invoices.Summary> getEligible() {
        if (eligible == null) {
            eligible = treasury.eligible(acting.require().getId());
        }
        return eligible;
    }

    public String send() {
        String[] picked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get(PICKED);
        List<Long> ids = new ArrayList<>();
        if (picked != null) {
            for (String p : picked) {
                if (p != null && p.matches("\\d{1,18}")) {
                    ids.add(Long.valueOf(p));
                }
            }
        }
        try {
            int sent = treasury.send(acting.require().getId(), ids, reference);
            Feedback.infoAfterRedirect("treasury.sent", sent);
            return "/finance/treasury?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String money(long cents) {
        return Prices.money((int) cents, language.getLocale());
    }

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
}
