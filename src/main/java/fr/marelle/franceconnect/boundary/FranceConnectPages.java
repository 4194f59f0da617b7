package fr.marelle.franceconnect.boundary;

import fr.marelle.franceconnect.control.FranceConnectException;
import fr.marelle.franceconnect.control.FranceConnectIdentity;
import fr.marelle.franceconnect.control.FranceConnectLinks;
import fr.marelle.franceconnect.control.PivotIdentity;
import fr.marelle.franceconnect.entity.FranceConnectLink;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Account;
import fr.marelle.platform.boundary.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The FranceConnect parts of the pages: the button block of the sign-in and registration pages
 * (shown only when FranceConnect is configured), the choice offered to an identity the portal does not
 * know yet ({@code /franceconnect.xhtml}), and the person's link on {@code /account/franceconnect.xhtml}.
 */
@Named("franceConnect")
@RequestScoped
public class FranceConnectPages {

    /** The {@code fc} answers of the callback that the pages explain (anything else is ignored). */
    private static final Set<String> EXPLAINED = Set.of("denied", "unavailable", "refused", "notActivated", "deactivated",
            "linked", "taken", "unlinked", "unlinkRefused");

    @Inject
    FranceConnectFlow flow;

    @Inject
    FranceConnectLinks links;

    @Inject
    Acting acting;

    @Inject
    HttpServletRequest request;

    private Optional<FranceConnectLink> link;

    public boolean isEnabled() {
        return flow.enabled();
    }

    /** The sentence for the callback's answer ({@code ?fc=…}), or null. */
    public String getMessage() {
        String code = request.getParameter("fc");
        return code != null && EXPLAINED.contains(code) ? Feedback.text("franceconnect.fc." + code) : null;
    }

    public boolean isSuccess() {
        String code = request.getParameter("fc");
        return "linked".equals(code) || "unlinked".equals(code);
    }

    /** The identity waiting for the person to sign in locally or register, as FranceConnect gave it (the six pivot fields). */
    public Map<String, Object> getPending() {
        PivotIdentity pivot = FranceConnectSession.pending(request).map(FranceConnectIdentity::pivot).orElse(null);
        // a map, as the pages' EL reads no record components
        return pivot == null ? null : Map.of("familyName", pivot.familyName(), "givenNames", pivot.givenNames(),
                "birthdate", pivot.birthdate(), "gender", pivot.gender(), "birthplace", pivot.birthplace(),
                "birthcountry", pivot.birthcountry());
    }

    public boolean isWaiting() {
        return FranceConnectSession.pending(request).isPresent();
    }

    public FranceConnectLink getLink() {
        if (link == null) {
            link = acting.account().flatMap(a -> links.of(a.getId()));
        }
        return link.orElse(null);
    }

    /** The person may unlink only if a password remains to sign in with. */
    public boolean isUnlinkable() {
        return acting.account().map(a -> a.getPasswordHash() != null).orElse(false);
    }

    /** The pivot identity kept with the link, for display. */
    public Map<String, Object> getLinkedIdentity() {
        FranceConnectLink l = getLink();
        if (l == null || l.getPivotSnapshot() == null) {
            return Map.of();
        }
        try (var json = jakarta.json.bind.JsonbBuilder.create()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = json.fromJson(l.getPivotSnapshot(), Map.class);
            return values;
        } catch (Exception e) {
            return Map.of();
        }
    }

    /** "Lier mon compte à FranceConnect": a round trip through FranceConnect for the signed-in person. */
    public void link() throws IOException {
        Account me = acting.require();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(flow.start(request, FranceConnectSession.Intent.LINK, me.getId(), null).toString());
        } catch (FranceConnectException e) {
            external.redirect(external.getRequestContextPath() + "/account/franceconnect.xhtml?fc=" + e.reason().name().toLowerCase(java.util.Locale.ROOT));
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    public void unlink() throws IOException {
        Account me = acting.require();
        boolean done = links.unlink(me.getId());
        if (done) {
            request.getSession().removeAttribute(FranceConnectSession.ID_TOKEN);
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/account/franceconnect.xhtml?fc=" + (done ? "unlinked" : "unlinkRefused"));
        FacesContext.getCurrentInstance().responseComplete();
    }
}
