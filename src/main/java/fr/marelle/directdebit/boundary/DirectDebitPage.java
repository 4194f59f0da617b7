package fr.marelle.directdebit.boundary;

import fr.marelle.directdebit.control.MandateRules;
import fr.marelle.directdebit.control.SepaMandates;
import fr.marelle.directdebit.entity.SepaMandate;
import fr.marelle.family.control.Households;
import fr.marelle.identity.control.Acting;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The family's direct-debit page: ask for it, print the form to sign, change the account, revoke. */
@Named
@RequestScoped
public class DirectDebitPage {

    private static final String SELF = "/parent/direct-debit.xhtml?faces-redirect=true";

    @Inject
    Acting acting;

    @Inject
    Households households;

    @Inject
    SepaMandates mandates;

    private List<SepaMandate> all;
    private String holder;
    private String iban;
    private String bic;

    public String init() {
        if (households.mine(acting.require().getId()).isEmpty()) {
            Feedback.infoAfterRedirect("household.createFirst");
            return "/parent/household.xhtml?faces-redirect=true";
        }
        return null;
    }

    public List<SepaMandate> getAll() {
        if (all == null) {
            all = mandates.mine(acting.require().getId());
        }
        return all;
    }

    /** The mandate in force or being set up, if any. */
    public SepaMandate getLive() {
        return getAll().stream().filter(m -> m.getStatus().isLive()).findFirst().orElse(null);
    }

    public boolean isOffered() {
        return mandates.offered();
    }

    public String masked(String value) {
        return MandateRules.masked(value);
    }

    public String request() {
        try {
            mandates.request(acting.require().getId(), holder, iban, bic);
            Feedback.infoAfterRedirect("directDebit.requested");
            return SELF;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String amend() {
        try {
            SepaMandate live = getLive();
            if (live != null) {
                mandates.amend(acting.require().getId(), live.getId(), holder, iban, bic);
                Feedback.infoAfterRedirect("directDebit.amended");
            }
            return SELF;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String revoke() {
        try {
            SepaMandate live = getLive();
            if (live != null) {
                mandates.revokeMine(acting.require().getId(), live.getId());
                Feedback.infoAfterRedirect("directDebit.revoked");
            }
            return SELF;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String getHolder() { return holder; }
    public void setHolder(String holder) { this.holder = holder; }
    public String getIban() { return iban; }
    public void setIban(String iban) { this.iban = iban; }
    public String getBic() { return bic; }
    public void setBic(String bic) { this.bic = bic; }
}
