package nl.themaplein.portal.web.security;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Stores the nonce {@link PlainPostNonceFilter} issued for a plain form post in the restored view,
 * where PrimeFaces compares it with the posted one; both are then the new nonce, and the page is
 * rendered with it.
 */
public class PlainPostNonceListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        Object issued = faces.getExternalContext().getRequestMap().get(PlainPostNonceFilter.ISSUED);
        UIViewRoot view = faces.getViewRoot();
        if (issued != null && view != null && !view.isTransient()) {
            view.getViewMap(true).put(PlainPostNonceFilter.NONCE, issued);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing to do before the view is restored: there is no view map yet.
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
