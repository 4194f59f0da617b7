package fr.marelle.platform.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import org.primefaces.context.PrimeFacesContext;

import java.io.IOException;

/**
 * Faces forms as Mojarra renders them, plus the page's script nonce in a hidden field. PrimeFaces'
 * CSP mode checks on postback that the form sent back the nonce of its page; its script adds that
 * field, but a form posted without scripts (or before they ran) would then fail with "CSP nonce
 * mismatch" when the page is rendered again, e.g. with validation messages. With the field written
 * here, forms work without scripts as they did before.
 */
final class FormNonceRenderer extends RendererWrapper {

    /** The request parameter PrimeFaces reads ({@code Constants.RequestParams.NONCE_PARAM}). */
    static final String FIELD = "primefaces.nonce";

    FormNonceRenderer(Renderer wrapped) {
        super(wrapped);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", null);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", FIELD, null);
        writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
        writer.endElement("input");
        super.encodeEnd(context, component);
    }
}
