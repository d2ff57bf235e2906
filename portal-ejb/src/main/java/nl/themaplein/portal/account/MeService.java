package nl.themaplein.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.error.NoSuchEntityException;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.setup.DatabaseMigrations;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.text.TextInput;
import nl.themaplein.portal.theme.Theme;

/**
 * What an account sees and changes of itself through the API ({@code /api/v1/me}): its profile, the
 * themes it follows and the roles it holds. Every change goes through the input policy and names
 * the refused field. Answers are plain snapshots, read inside the transaction.
 */
@ApplicationScoped
@Transactional
public class MeService {

    private static final Logger LOG = Logger.getLogger(MeService.class.getName());

    /** Message keys (bundle {@code nl.themaplein.portal.Messages}). */
    public static final String LANGUAGE_UNKNOWN = "api.me.language.unknown";

    public static final String BRANCH_UNKNOWN = "api.me.branch.unknown";
    public static final String THEME_UNKNOWN = "api.me.theme.unknown";
    public static final String TOO_MANY_THEMES = "api.me.themes.tooMany";

    /** Most themes one account follows; there are far fewer themes than this. */
    public static final int MAX_THEMES = 100;

    @PersistenceContext(unitName = DatabaseMigrations.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For the container. */
    public MeService() {}

    /** Outside a container (tests): with an entity manager of one's own. */
    public MeService(EntityManager em) {
        this.em = em;
    }

    /** An account as it sees itself. */
    public record Me(
            long id,
            String displayName,
            String email,
            Language language,
            BranchView homeBranch,
            List<ThemeView> themes,
            List<RoleView> roles) {}

    /** A branch with its organisation. */
    public record BranchView(
            String code, String name, String organisationCode, String organisationName) {}

    /** A theme, named in the account's language. */
    public record ThemeView(String code, String name) {}

    /** A role in an organisation; {@code themeCode} only for curators. */
    public record RoleView(String organisationCode, Role role, String themeCode) {}

    /** The changes of {@link #update}: display name, language code, home branch (or none). */
    public record ProfileChange(
            String displayName,
            String language,
            String homeBranchOrganisation,
            String homeBranchCode) {}

    /** The account, for itself. */
    public Me me(long accountId) {
        return view(account(accountId));
    }

    /**
     * Replaces display name, language and home branch.
     *
     * @throws InvalidInputException naming {@code displayName}, {@code language} or {@code
     *     homeBranch}
     */
    public Me update(long accountId, ProfileChange change) {
        String name = TextInput.name("displayName", change.displayName(), Account.DISPLAY_NAME_MAX);
        Language language = language(change.language());
        Branch branch = branch(change.homeBranchOrganisation(), change.homeBranchCode());

        Account account = account(accountId);
        account.setDisplayName(name);
        account.setLanguage(language);
        account.setHomeBranch(branch);
        em.flush();
        LOG.log(Level.INFO, "Account {0} changed its profile through the API", accountId);
        return view(account);
    }

    /**
     * Replaces the themes the account follows. Every code must name a theme the account may see: a
     * shared one or one of the organisation of its home branch or of its roles.
     *
     * @throws InvalidInputException naming {@code themes}
     */
    public Me followThemes(long accountId, List<String> codes) {
        if (codes == null) {
            throw new InvalidInputException("themes", nl.themaplein.portal.text.Messages.REQUIRED);
        }
        if (codes.size() > MAX_THEMES) {
            throw new InvalidInputException("themes", TOO_MANY_THEMES, MAX_THEMES);
        }
        Account account = account(accountId);
        Set<Long> organisations = organisationIds(account);
        Set<Theme> chosen = new LinkedHashSet<>();
        for (String code : codes) {
            Theme theme =
                    code == null || code.length() > Theme.CODE_MAX
                            ? null
                            : em.createNamedQuery(Theme.FIND_BY_CODE, Theme.class)
                                    .setParameter("code", code)
                                    .getResultStream()
                                    .findFirst()
                                    .orElse(null);
            if (theme == null
                    || !(theme.isShared()
                            || organisations.contains(theme.getOrganisation().getId()))) {
                throw new InvalidInputException(
                        "themes", THEME_UNKNOWN, code == null ? "null" : clip(code));
            }
            chosen.add(theme);
        }
        account.setInterests(chosen);
        em.flush();
        LOG.log(
                Level.FINE,
                "Account {0} follows {1} themes",
                new Object[] {accountId, chosen.size()});
        return view(account);
    }

    private Account account(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NoSuchEntityException("account", accountId);
        }
        return account;
    }

    private static Language language(String code) {
        if (TextInput.isBlank(code)) {
            throw new InvalidInputException(
                    "language", nl.themaplein.portal.text.Messages.REQUIRED);
        }
        return Language.fromCode(code.strip())
                .orElseThrow(() -> new InvalidInputException("language", LANGUAGE_UNKNOWN));
    }

    private Branch branch(String organisationCode, String branchCode) {
        if (organisationCode == null && branchCode == null) {
            return null;
        }
        if (organisationCode == null
                || branchCode == null
                || organisationCode.length() > Organisation.CODE_MAX
                || branchCode.length() > Branch.CODE_MAX) {
            throw new InvalidInputException("homeBranch", BRANCH_UNKNOWN);
        }
        return em.createNamedQuery(Branch.FIND_BY_CODE, Branch.class)
                .setParameter("organisation", organisationCode)
                .setParameter("code", branchCode)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("homeBranch", BRANCH_UNKNOWN));
    }

    private static Set<Long> organisationIds(Account account) {
        Set<Long> ids = new LinkedHashSet<>();
        if (account.getHomeBranch() != null) {
            ids.add(account.getHomeBranch().getOrganisation().getId());
        }
        account.getRoles().forEach(r -> ids.add(r.getOrganisation().getId()));
        return ids;
    }

    private static Me view(Account account) {
        Language language = account.getLanguage();
        Branch branch = account.getHomeBranch();
        BranchView home =
                branch == null
                        ? null
                        : new BranchView(
                                branch.getCode(),
                                branch.getName(),
                                branch.getOrganisation().getCode(),
                                branch.getOrganisation().getName());
        List<ThemeView> themes =
                account.getInterests().stream()
                        .sorted(
                                Comparator.comparingInt(Theme::getSortOrder)
                                        .thenComparing(Theme::getCode))
                        .map(t -> new ThemeView(t.getCode(), t.getName(language)))
                        .toList();
        List<RoleView> roles = new ArrayList<>();
        account.getRoles().stream()
                .map(
                        r ->
                                new RoleView(
                                        r.getOrganisation().getCode(),
                                        r.getRole(),
                                        r.getTheme() == null ? null : r.getTheme().getCode()))
                .sorted(
                        Comparator.comparing(RoleView::organisationCode)
                                .thenComparing(RoleView::role)
                                .thenComparing(
                                        RoleView::themeCode,
                                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(roles::add);
        return new Me(
                account.getId(),
                account.getDisplayName(),
                account.getEmail(),
                language,
                home,
                themes,
                List.copyOf(roles));
    }

    private static String clip(String code) {
        String visible =
                code.codePoints()
                        .limit(Theme.CODE_MAX)
                        .collect(
                                StringBuilder::new,
                                StringBuilder::appendCodePoint,
                                StringBuilder::append)
                        .toString();
        return Objects.requireNonNull(visible);
    }
}
