package nl.themaplein.portal.web.security;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.IOException;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Gives every Faces form the CSP nonce of its view as a hidden field, rendered on the server, so a
 * form posted without JavaScript passes PrimeFaces' nonce check just like one posted by PrimeFaces'
 * script (which fills the same field, {@code primefaces.nonce}, in the browser). Without it a plain
 * post that re-renders its page (a refused login, say) failed with "CSP nonce mismatch" as a server
 * error. The nonce is in the page's script tags anyway; the view state, not the nonce, is what
 * protects a form against cross-site request forgery. Registered in {@code faces-config.xml} for
 * {@code PostAddToViewEvent} of forms.
 */
public class FormNonceListener implements SystemEventListener {

    /** The request parameter PrimeFaces compares with the nonce kept in the view. */
    static final String NONCE_PARAMETER = "primefaces.nonce";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIForm;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIForm form = (UIForm) event.getSource();
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null
                || !PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
            return;
        }
        for (UIComponent child : form.getChildren()) {
            if (child instanceof NonceField) {
                return;
            }
        }
        NonceField field = new NonceField();
        field.setTransient(true);
        form.getChildren().add(field);
    }

    /** Writes {@code <input type="hidden" name="primefaces.nonce" value="…">}. */
    public static class NonceField extends UIComponentBase {

        @Override
        public String getFamily() {
            return "nl.themaplein.CspNonce";
        }

        @Override
        public void encodeEnd(FacesContext context) throws IOException {
            String nonce = PrimeFacesContext.getCspState(context).getNonce();
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", this);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", NONCE_PARAMETER, null);
            writer.writeAttribute("value", nonce, null);
            writer.endElement("input");
        }
    }
}
