package fr.marelle.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIParameter;
import jakarta.faces.component.behavior.ClientBehaviorHolder;
import jakarta.faces.component.html.HtmlCommandButton;
import jakarta.faces.component.html.HtmlCommandLink;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What a page needs of PrimeFaces, read from its component tree when the layout writes the head (the
 * whole tree is built by then). Its theme style sheet only where a PrimeFaces component shows
 * something (data tables, date pickers, charts: {@code primefaces.THEME} in web.xml asks
 * {@link #getTheme()}) and its icons, its jQuery and core script only where a component or an event handler needs them
 * (in CSP mode PrimeFaces moves {@code onclick=…} into {@code PrimeFaces.csp.register} calls, and
 * Mojarra writes handlers for links that post and buttons with parameters). Other pages get neither:
 * their forms carry the CSP nonce anyway ({@link FormNonceRenderer}).
 */
@Named("primeFaces")
@RequestScoped
public class PrimeFacesOnPage {

    static final String THEME = "saga";
    static final String NO_THEME = "none";

    /** PrimeFaces components that show nothing themselves, hence need scripts but no theme. */
    private static final Set<String> INVISIBLE = Set.of("org.primefaces.component.poll.Poll");

    private static final Set<String> HANDLERS = Set.of("onclick", "onchange", "oninput", "onsubmit", "onblur",
            "onfocus", "onkeyup", "onkeydown", "onkeypress", "ondblclick", "onmousedown", "onmouseup", "onselect");

    private Boolean themed;
    private boolean scripted;

    /** "saga" on pages that show PrimeFaces components, "none" (no style sheet at all) elsewhere. */
    public String getTheme() {
        return isThemed() ? THEME : NO_THEME;
    }

    /** Whether the page shows PrimeFaces components, hence needs their theme and icons. */
    public boolean isThemed() {
        read();
        return themed;
    }

    /** Whether the page loads PrimeFaces' jQuery and core script. */
    public boolean isScriptsNeeded() {
        read();
        return scripted;
    }

    private void read() {
        if (themed != null) {
            return;
        }
        themed = false;
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            visit(context.getViewRoot());
        }
    }

    private void visit(UIComponent component) {
        String type = component.getClass().getName();
        if (type.startsWith("org.primefaces.")) {
            scripted = true;
            themed |= !INVISIBLE.contains(type);
        } else if (!scripted) {
            scripted = writesHandlers(component);
        }
        for (Iterator<UIComponent> kids = component.getFacetsAndChildren(); kids.hasNext() && !(themed && scripted); ) {
            visit(kids.next());
        }
    }

    private static boolean writesHandlers(UIComponent component) {
        if (component instanceof HtmlCommandLink) {
            return true;
        }
        if (component instanceof ClientBehaviorHolder holder && !holder.getClientBehaviors().isEmpty()) {
            return true;
        }
        if (component instanceof HtmlCommandButton button
                && button.getChildren().stream().anyMatch(UIParameter.class::isInstance)) {
            return true;
        }
        Map<String, Object> attributes = component.getAttributes();
        return component.getFamily() != null && component.getFamily().startsWith("jakarta.faces.")
                && HANDLERS.stream().anyMatch(name -> attributes.get(name) instanceof String s && !s.isBlank());
    }
}
