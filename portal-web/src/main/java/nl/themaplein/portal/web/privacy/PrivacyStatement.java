package nl.themaplein.portal.web.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** {@code /privacy.xhtml}: shows, after a deletion, that the account is gone. */
@Named
@RequestScoped
public class PrivacyStatement {

    private boolean deleted;

    public boolean isDeleted() {
        return deleted;
    }

    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }
}
