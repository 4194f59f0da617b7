package fr.marelle.platform.boundary;

import jakarta.faces.FactoryFinder;
import jakarta.faces.application.Application;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.Renderer;

/**
 * At start-up, wraps the HTML render kit's form renderer in {@link FormNonceRenderer} (registered in
 * faces-config.xml for PostConstructApplicationEvent). Wrapping keeps Mojarra's own renderer.
 */
public class FormNonceInstaller implements SystemEventListener {

    private static final String FORM = "jakarta.faces.Form";

    @Override
    public void processEvent(SystemEvent event) {
        RenderKitFactory factory = (RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY);
        RenderKit html = factory.getRenderKit(null, RenderKitFactory.HTML_BASIC_RENDER_KIT);
        Renderer forms = html.getRenderer(FORM, FORM);
        if (forms != null && !(forms instanceof FormNonceRenderer)) {
            html.addRenderer(FORM, FORM, new FormNonceRenderer(forms));
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }
}
