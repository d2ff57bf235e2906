package nl.themaplein.portal.interest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.account.Account;
import nl.themaplein.portal.account.AccountService;
import nl.themaplein.portal.account.Role;
import nl.themaplein.portal.account.RoleAdministration;
import nl.themaplein.portal.audit.AuditAction;
import nl.themaplein.portal.audit.AuditLog;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.setup.DatabaseMigrations;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.theme.Theme;
import nl.themaplein.portal.theme.ThemeService;

/**
 * Imports members' theme interests for one organisation. {@link #plan} is the dry run: per row what
 * would change, and the totals; {@link #apply} computes the same plan in its own transaction and
 * carries it out, so an import changes exactly what a dry run on the same data said. Only members
 * of the organisation (home branch there, or a MEMBER role there) are touched; anyone else is an
 * unknown member, so the report reveals nothing about other organisations' members.
 */
@ApplicationScoped
@Transactional
public class InterestImportService {

    private static final Logger LOG = Logger.getLogger(InterestImportService.class.getName());

    public static final String UNKNOWN_MEMBER = "interestImport.row.unknownMember";
    public static final String UNKNOWN_THEME = "interestImport.row.unknownTheme";

    @PersistenceContext(unitName = DatabaseMigrations.PERSISTENCE_UNIT)
    private EntityManager em;

    @Inject private RoleAdministration roles;
    @Inject private AccountService accounts;
    @Inject private ThemeService themes;
    @Inject private AuditLog audit;

    /** What one row would do (or did). */
    public record RowResult(
            long line,
            String member,
            List<String> added,
            List<String> alreadyThere,
            List<String> unknownThemes,
            String problemKey) {}

    /** The whole report: rows in file order, and the totals. */
    public record Report(
            String organisation,
            boolean applied,
            List<RowResult> rows,
            int membersChanged,
            int themesAdded,
            int themesAlreadyThere,
            int unknownThemes,
            int unknownMembers,
            int badRows) {}

    /** The dry run: changes nothing. */
    public Report plan(long actorId, String organisationCode, byte[] csv) {
        Organisation organisation = organisationFor(actorId, organisationCode);
        return report(organisation, InterestCsv.read(csv), false, null);
    }

    /** The import: the plan, carried out, with an audit entry of the counts. */
    public Report apply(long actorId, String organisationCode, byte[] csv) {
        Organisation organisation = organisationFor(actorId, organisationCode);
        Map<Long, Set<Theme>> additions = new HashMap<>();
        Report report = report(organisation, InterestCsv.read(csv), true, additions);

        additions.forEach(
                (accountId, added) -> {
                    Set<Theme> all = new HashSet<>(accounts.getAccount(accountId).getInterests());
                    all.addAll(added);
                    accounts.chooseInterests(accountId, all);
                });
        audit.record(
                actorId, AuditAction.INTEREST_IMPORT, organisation.getId(), null, counts(report));
        LOG.log(
                Level.INFO,
                "Account {0} imported interests in organisation {1}: {2}",
                new Object[] {actorId, organisation.getCode(), counts(report)});
        return report;
    }

    private Report report(
            Organisation organisation,
            InterestCsv.Content content,
            boolean applied,
            Map<Long, Set<Theme>> additions) {
        Map<String, Theme> byName = themeIndex(organisation);
        Map<Long, Set<Long>> planned = new HashMap<>();
        List<RowResult> rows = new ArrayList<>();
        content.badRows()
                .forEach(
                        b ->
                                rows.add(
                                        new RowResult(
                                                b.line(),
                                                "",
                                                List.of(),
                                                List.of(),
                                                List.of(),
                                                b.reasonKey())));
        int added = 0;
        int already = 0;
        int unknownThemes = 0;
        int unknownMembers = 0;
        Set<Long> changedMembers = new HashSet<>();

        for (InterestCsv.Row row : content.rows()) {
            Optional<Account> member = member(organisation, row.member());
            if (member.isEmpty()) {
                unknownMembers++;
                rows.add(
                        new RowResult(
                                row.line(),
                                row.member(),
                                List.of(),
                                List.of(),
                                List.of(),
                                UNKNOWN_MEMBER));
                continue;
            }
            Account account = member.get();
            Set<Long> has =
                    planned.computeIfAbsent(
                            account.getId(),
                            id ->
                                    new HashSet<>(
                                            account.getInterests().stream()
                                                    .map(Theme::getId)
                                                    .toList()));
            List<String> rowAdded = new ArrayList<>();
            List<String> rowAlready = new ArrayList<>();
            List<String> rowUnknown = new ArrayList<>();
            for (String typed : new LinkedHashSet<>(row.themes())) {
                Theme theme = byName.get(key(typed));
                if (theme == null) {
                    rowUnknown.add(typed);
                } else if (has.add(theme.getId())) {
                    rowAdded.add(theme.getCode());
                    if (additions != null) {
                        additions
                                .computeIfAbsent(account.getId(), id -> new HashSet<>())
                                .add(theme);
                    }
                    changedMembers.add(account.getId());
                } else {
                    rowAlready.add(theme.getCode());
                }
            }
            added += rowAdded.size();
            already += rowAlready.size();
            unknownThemes += rowUnknown.size();
            rows.add(
                    new RowResult(
                            row.line(),
                            row.member(),
                            rowAdded,
                            rowAlready,
                            rowUnknown,
                            rowUnknown.isEmpty() ? null : UNKNOWN_THEME));
        }
        rows.sort((a, b) -> Long.compare(a.line(), b.line()));
        return new Report(
                organisation.getCode(),
                applied,
                rows,
                changedMembers.size(),
                added,
                already,
                unknownThemes,
                unknownMembers,
                content.badRows().size());
    }

    /** The organisation's themes by lower-case code, Dutch name and English name. */
    private Map<String, Theme> themeIndex(Organisation organisation) {
        Map<String, Theme> index = new HashMap<>();
        for (Theme theme : themes.themesOf(organisation)) {
            index.putIfAbsent(key(theme.getName(Language.NL)), theme);
            index.putIfAbsent(key(theme.getName(Language.EN)), theme);
            index.put(key(theme.getCode()), theme);
        }
        return index;
    }

    private Optional<Account> member(Organisation organisation, String typed) {
        Optional<Account> account =
                typed.indexOf('@') >= 0
                        ? accounts.findByEmail(typed)
                        : em.createQuery(
                                        "SELECT a FROM Account a WHERE a.memberOrganisation ="
                                                + " :organisation AND a.memberNumber = :number",
                                        Account.class)
                                .setParameter("organisation", organisation)
                                .setParameter("number", typed)
                                .getResultStream()
                                .findFirst();
        return account.filter(a -> belongsTo(a, organisation));
    }

    private static boolean belongsTo(Account account, Organisation organisation) {
        boolean home =
                account.getHomeBranch() != null
                        && account.getHomeBranch()
                                .getOrganisation()
                                .getId()
                                .equals(organisation.getId());
        return home
                || account.getRoles().stream()
                        .anyMatch(
                                r ->
                                        r.getRole() == Role.MEMBER
                                                && r.getOrganisation()
                                                        .getId()
                                                        .equals(organisation.getId()));
    }

    private static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static String counts(Report report) {
        return "rows="
                + report.rows().size()
                + " members="
                + report.membersChanged()
                + " added="
                + report.themesAdded()
                + " alreadyThere="
                + report.themesAlreadyThere()
                + " unknownThemes="
                + report.unknownThemes()
                + " unknownMembers="
                + report.unknownMembers()
                + " badRows="
                + report.badRows();
    }

    /** Message key of the refusal to import for an organisation the actor is not staff of. */
    public static final String NOT_PERMITTED = "interestImport.notPermitted";

    /** The organisation, when the actor is its staff or an admin; refused with an import text. */
    private Organisation organisationFor(long actorId, String organisationCode) {
        try {
            return roles.organisationFor(actorId, organisationCode);
        } catch (nl.themaplein.portal.error.NotPermittedException refused) {
            throw new nl.themaplein.portal.error.NotPermittedException(
                    "Not staff of " + organisationCode + " (interest import)", NOT_PERMITTED);
        }
    }
}
