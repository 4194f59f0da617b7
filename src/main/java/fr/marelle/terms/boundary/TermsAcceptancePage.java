package fr.marelle.terms.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Account;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.terms.control.TermsAcceptances;
import fr.marelle.terms.control.TermsText;
import fr.marelle.terms.entity.TermsVersion;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The signed-in account's terms of use: the version in force to read and accept when it has not yet (where
 * {@link TermsGate} sends families), and the versions it accepted.
 */
@Named
@RequestScoped
public class TermsAcceptancePage {

    /** A page of the portal to go back to after accepting: a path from the root, never another site. */
    private static final Pattern LOCAL_PAGE = Pattern.compile("/(?!/)[A-Za-z0-9/._-]*(\\?[A-Za-z0-9=&%._~+-]*)?");

    /** One acceptance, in words. */
    public record AcceptanceRow(String version, String inForceOn, String acceptedAt) {
    }

    @Inject
    Acting acting;

    @Inject
    TermsAcceptances acceptances;

    @Inject
    LanguageSwitch language;

    private Account account;
    private TermsVersion pending;
    private String next;

    @PostConstruct
    void load() {
        account = acting.require();
        pending = acting.has(TermsAcceptances.CONCERNED) ? acceptances.pending(account).orElse(null) : null;
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("next");
        next = asked != null && LOCAL_PAGE.matcher(asked).matches() && !asked.startsWith(TermsGate.ACCEPTANCE_PAGE) ? asked : null;
    }

    /** Accepts the version shown (named by the form, so that a version come into force meanwhile is read first). */
    public String accept() {
        String shown = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("version");
        try {
            var accepted = acceptances.accept(account.getId(), shown);
            Feedback.infoAfterRedirect("terms.acceptance.done", accepted.label());
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
        String target = next != null ? next
                : acting.has(TermsAcceptances.CONCERNED) ? "/parent/home.xhtml" : TermsGate.ACCEPTANCE_PAGE;
        return target + (target.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    public boolean isPending() {
        return pending != null;
    }

    public String getPendingLabel() {
        return pending == null ? null : pending.getLabel();
    }

    /** Why the family is here: the version and the day it came into force. */
    public String getPendingIntro() {
        return pending == null ? "" : Feedback.text("terms.acceptance.intro", pending.getLabel(),
                TermsDays.day(pending.getInForceOn(), language.getLocale()));
    }

    public List<TermsText.Block> getPendingBlocks() {
        return pending == null ? List.of() : TermsText.blocks(pending.text(language.getLocale().getLanguage()));
    }

    public List<AcceptanceRow> getHistory() {
        return acceptances.of(account.getId()).stream().map(a -> new AcceptanceRow(a.label(),
                TermsDays.day(a.inForceOn(), language.getLocale()), TermsDays.instant(a.acceptedAt(), language.getLocale()))).toList();
    }

    public String getNext() {
        return next;
    }
}
