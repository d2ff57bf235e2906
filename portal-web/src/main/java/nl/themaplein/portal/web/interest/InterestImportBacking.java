package nl.themaplein.portal.web.interest;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import nl.themaplein.portal.account.RoleAdministration;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.error.PortalException;
import nl.themaplein.portal.interest.InterestImportService;
import nl.themaplein.portal.web.i18n.LocaleBacking;
import nl.themaplein.portal.web.i18n.Messages;
import nl.themaplein.portal.web.privacy.PageSupport;

/**
 * {@code /staff/interest-import.xhtml}: upload a CSV, see the dry run (per row what would change,
 * and the totals), then import exactly that file. The file is kept in the view between the two.
 */
@Named
@ViewScoped
public class InterestImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Largest file accepted, as for the API. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    @Inject private transient InterestImportService imports;
    @Inject private transient RoleAdministration administration;
    @Inject private transient LocaleBacking locale;
    @Inject private transient HttpServletRequest request;
    @Inject private transient FacesContext faces;

    private transient Part file;
    private String organisation;
    private byte[] csv;
    private InterestImportService.Report report;

    /** A row of the report, with its reason in words. */
    public record RowView(
            long line, String member, String added, String already, String unknown, String reason)
            implements Serializable {}

    /** A choice of organisation. */
    public record Choice(String value, String label) implements Serializable {}

    public List<Choice> getOrganisations() {
        return administration.manageableBy(PageSupport.accountId(request)).stream()
                .map(o -> new Choice(o.getCode(), o.getName()))
                .toList();
    }

    /** Reads the uploaded file and shows the dry run. */
    public void dryRun() throws IOException {
        report = null;
        if (file == null || file.getSize() == 0) {
            PageSupport.error(
                    faces,
                    "upload:file",
                    Messages.text(locale.getLocale(), "interestImport.page.fileRequired"));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            PageSupport.error(
                    faces,
                    "upload:file",
                    Messages.text(locale.getLocale(), "interestImport.page.tooLarge"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            csv = in.readNBytes(MAX_BYTES);
        }
        try {
            report = imports.plan(PageSupport.accountId(request), organisation, csv);
        } catch (PortalException refused) {
            csv = null;
            // A refused file (too many rows) is told at the upload, anything else at the
            // organisation.
            String field =
                    refused instanceof InvalidInputException invalid
                                    && "file".equals(invalid.field())
                            ? "upload:file"
                            : "upload:organisation";
            PageSupport.error(faces, field, PageSupport.text(refused, locale.getLocale()));
        }
    }

    /** Imports the file of the dry run. */
    public void apply() {
        if (csv == null) {
            PageSupport.error(
                    faces,
                    null,
                    Messages.text(locale.getLocale(), "interestImport.page.fileRequired"));
            return;
        }
        try {
            report = imports.apply(PageSupport.accountId(request), organisation, csv);
            csv = null;
            PageSupport.info(faces, locale.getLocale(), "interestImport.page.done");
        } catch (PortalException refused) {
            PageSupport.error(faces, null, PageSupport.text(refused, locale.getLocale()));
        }
    }

    public List<RowView> getRows() {
        if (report == null) {
            return List.of();
        }
        return report.rows().stream()
                .map(
                        r ->
                                new RowView(
                                        r.line(),
                                        r.member(),
                                        String.join(", ", r.added()),
                                        String.join(", ", r.alreadyThere()),
                                        String.join(", ", r.unknownThemes()),
                                        r.problemKey() == null
                                                ? ""
                                                : PageSupport.domainText(
                                                        locale.getLocale(), r.problemKey())))
                .toList();
    }

    public InterestImportService.Report getReport() {
        return report;
    }

    public boolean isDryRunShown() {
        return report != null && !report.applied() && csv != null;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
