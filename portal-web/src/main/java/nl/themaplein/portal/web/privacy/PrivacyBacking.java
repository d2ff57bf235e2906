package nl.themaplein.portal.web.privacy;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.account.AccountDeletion;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.privacy.Consent;
import nl.themaplein.portal.privacy.ConsentPurpose;
import nl.themaplein.portal.privacy.ConsentService;
import nl.themaplein.portal.privacy.PersonalDataExport;
import nl.themaplein.portal.rest.me.ExportResource;
import nl.themaplein.portal.web.i18n.LocaleBacking;
import nl.themaplein.portal.web.i18n.Messages;

/**
 * {@code /my/privacy.xhtml}: the member's consents per purpose with the date of the last change,
 * "download my data" and "delete my account" (behind the password and a confirmation).
 */
@Named
@ViewScoped
public class PrivacyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PrivacyBacking.class.getName());

    @Inject private transient ConsentService consents;
    @Inject private transient PersonalDataExport export;
    @Inject private transient AccountDeletion deletion;
    @Inject private transient LocaleBacking locale;
    @Inject private transient HttpServletRequest request;
    @Inject private transient FacesContext faces;

    private List<ConsentRow> rows;
    private String password;
    private boolean confirmed;

    /** One purpose on the page: its checkbox and when it last changed. */
    public static final class ConsentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ConsentPurpose purpose;
        private boolean granted;
        private final String changedAt;

        ConsentRow(ConsentPurpose purpose, boolean granted, String changedAt) {
            this.purpose = purpose;
            this.granted = granted;
            this.changedAt = changedAt;
        }

        public String getPurpose() {
            return purpose.name();
        }

        /** The id of the checkbox, e.g. {@code consent-NEWSLETTER}. */
        public String getId() {
            return purpose.name();
        }

        public boolean isGranted() {
            return granted;
        }

        public void setGranted(boolean granted) {
            this.granted = granted;
        }

        /** When the member last changed it, or empty when never. */
        public String getChangedAt() {
            return changedAt;
        }

        public boolean isEverChanged() {
            return !changedAt.isEmpty();
        }
    }

    /** The purposes in a fixed order. */
    public List<ConsentRow> getRows() {
        if (rows == null) {
            rows = load();
        }
        return rows;
    }

    private List<ConsentRow> load() {
        List<ConsentRow> loaded = new ArrayList<>();
        for (Consent consent : consents.current(PageSupport.accountId(request)).values()) {
            loaded.add(
                    new ConsentRow(
                            consent.purpose(),
                            consent.granted(),
                            PageSupport.dateTime(consent.changedAt(), locale.getLocale())));
        }
        return loaded;
    }

    /** Saves the checkboxes; only what changed is recorded. */
    public void saveConsents() {
        Map<ConsentPurpose, Boolean> wanted = new EnumMap<>(ConsentPurpose.class);
        getRows().forEach(r -> wanted.put(r.purpose, r.granted));
        List<ConsentPurpose> changed = consents.change(PageSupport.accountId(request), wanted);
        rows = load();
        PageSupport.info(
                faces,
                locale.getLocale(),
                changed.isEmpty() ? "privacy.my.consents.unchanged" : "privacy.my.consents.saved");
    }

    /** Sends the export as a file download. */
    public void download() throws IOException {
        byte[] json =
                export.export(PageSupport.accountId(request))
                        .toString()
                        .getBytes(StandardCharsets.UTF_8);
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/json;charset=UTF-8");
        external.setResponseContentLength(json.length);
        external.setResponseHeader(
                "Content-Disposition",
                "attachment; filename=\"" + ExportResource.fileName() + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(json);
        }
        faces.responseComplete();
    }

    /** Deletes the account after the password and the confirmation, then logs out. */
    public void deleteAccount() throws IOException {
        if (!confirmed) {
            PageSupport.error(
                    faces,
                    "delete:confirmed",
                    Messages.text(locale.getLocale(), "privacy.my.delete.confirmRequired"));
            return;
        }
        long accountId = PageSupport.accountId(request);
        try {
            deletion.delete(accountId, password);
        } catch (InvalidInputException wrong) {
            password = null;
            PageSupport.error(
                    faces, "delete:password", PageSupport.text(wrong, locale.getLocale()));
            return;
        }
        ExternalContext external = faces.getExternalContext();
        try {
            request.logout();
        } catch (ServletException alreadyOut) {
            LOG.log(
                    Level.FINE,
                    "Logout after deletion: {0}",
                    alreadyOut.getClass().getSimpleName());
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/privacy.xhtml?deleted=true");
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
