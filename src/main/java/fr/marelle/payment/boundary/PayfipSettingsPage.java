package fr.marelle.payment.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.payment.control.PayfipClients;
import fr.marelle.payment.control.PayfipProvider;
import fr.marelle.payment.control.ProviderException;
import fr.marelle.planning.control.Activities;
import fr.marelle.planning.entity.Regie;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Administrator: each régie's PayFiP client number, and a check with PayFiP that it is known. */
@Named
@RequestScoped
public class PayfipSettingsPage {

    @Inject
    Acting acting;

    @Inject
    PayfipClients clients;

    @Inject
    PayfipProvider provider;

    @Inject
    Activities activities;

    private List<Regie> regies;
    private Map<String, String> numbers;

    @PostConstruct
    void load() {
        regies = activities.regies();
        numbers = new HashMap<>(clients.byRegie());
    }

    public List<Regie> getRegies() {
        return regies;
    }

    public Map<String, String> getNumbers() {
        return numbers;
    }

    public String save(String regieCode) {
        try {
            clients.set(acting.require().getId(), regieCode, typed(regieCode));
            Feedback.infoAfterRedirect("payfip.client.saved", regieCode);
            return "/admin/settings.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    /** Asks PayFiP whether the régie's saved client number is known. */
    public void check(String regieCode) {
        String number = clients.ofRegie(regieCode).orElse(null);
        if (number == null) {
            Feedback.error("payfip.client.none", regieCode);
            return;
        }
        try {
            if (provider.checkClient(number)) {
                Feedback.info("payfip.client.known", number);
            } else {
                Feedback.error("payfip.client.unknown", number);
            }
        } catch (ProviderException e) {
            Feedback.error("payment.online.providerUnavailable");
        }
    }

    private static String typed(String regieCode) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("payfipClient-" + regieCode);
    }
}
