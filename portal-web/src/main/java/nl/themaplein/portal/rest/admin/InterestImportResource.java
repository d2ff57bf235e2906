package nl.themaplein.portal.rest.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import nl.themaplein.portal.account.RoleAdministration;
import nl.themaplein.portal.interest.InterestImportService;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.rest.error.ProblemException;
import nl.themaplein.portal.rest.error.Problems;
import nl.themaplein.portal.rest.me.Caller;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.text.Messages;
import nl.themaplein.portal.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/admin/interest-imports?dryRun=true|false&organisation=code}: members' theme
 * interests from a CSV body (member number or e-mail, themes separated by {@code |}). The dry run
 * (the default) changes nothing; {@code dryRun=false} applies the same plan. {@code organisation}
 * may be left out by staff of exactly one organisation. Reasons come in the client's language.
 */
@Path("admin/interest-imports")
@RequestScoped
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Tag(name = "interest-imports", description = "Bulk import of members' theme interests")
public class InterestImportResource {

    /** Largest CSV accepted: some hundred thousand members. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    @Inject private InterestImportService imports;
    @Inject private RoleAdministration administration;

    @Context private SecurityContext security;
    @Context private HttpHeaders headers;

    /** One row of the answer; {@code reason} is the problem in words, null when none. */
    public record RowView(
            long line,
            String member,
            List<String> added,
            List<String> alreadyThere,
            List<String> unknownThemes,
            String problem,
            String reason) {}

    /** The answer. */
    public record ReportView(
            String organisation,
            boolean dryRun,
            List<RowView> rows,
            int membersChanged,
            int themesAdded,
            int themesAlreadyThere,
            int unknownThemes,
            int unknownMembers,
            int badRows) {}

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dry run (default) or import of members' theme interests from CSV")
    @APIResponse(
            responseCode = "200",
            description = "Per row what would change (or changed), and totals")
    @APIResponse(
            responseCode = "400",
            description = "Empty body, or organisation needed and missing")
    @APIResponse(responseCode = "403", description = "Not staff of the organisation")
    @APIResponse(responseCode = "413", description = "Body larger than 10 MB")
    public ReportView importInterests(
            @QueryParam("dryRun") @DefaultValue("true") String dryRun,
            @QueryParam("organisation") String organisationCode,
            InputStream body)
            throws IOException {
        long actor = Caller.accountId(security);
        boolean dry = flag(dryRun);
        byte[] csv = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
        if (csv.length > MAX_BYTES) {
            throw ProblemException.of(
                    413, "interestImport.api.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (csv.length == 0) {
            throw ProblemException.of(400, "interestImport.api.empty");
        }
        String organisation = organisation(actor, organisationCode);
        InterestImportService.Report report =
                dry
                        ? imports.plan(actor, organisation, csv)
                        : imports.apply(actor, organisation, csv);
        return view(report, Language.of(Problems.locale(headers)));
    }

    private String organisation(long actor, String code) {
        if (code != null && !code.isBlank()) {
            return code.strip();
        }
        List<Organisation> mine = administration.manageableBy(actor);
        if (mine.size() != 1) {
            throw ProblemException.invalidParameter(
                    "organisation", "interestImport.api.organisation");
        }
        return mine.getFirst().getCode();
    }

    private static boolean flag(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default ->
                    throw ProblemException.invalidParameter("dryRun", "interestImport.api.dryRun");
        };
    }

    static ReportView view(InterestImportService.Report report, Language language) {
        List<RowView> rows =
                report.rows().stream()
                        .map(
                                r ->
                                        new RowView(
                                                r.line(),
                                                r.member(),
                                                r.added(),
                                                r.alreadyThere(),
                                                r.unknownThemes(),
                                                r.problemKey(),
                                                r.problemKey() == null
                                                        ? null
                                                        : Messages.bundle(language)
                                                                .getString(r.problemKey())))
                        .toList();
        return new ReportView(
                report.organisation(),
                !report.applied(),
                rows,
                report.membersChanged(),
                report.themesAdded(),
                report.themesAlreadyThere(),
                report.unknownThemes(),
                report.unknownMembers(),
                report.badRows());
    }
}
