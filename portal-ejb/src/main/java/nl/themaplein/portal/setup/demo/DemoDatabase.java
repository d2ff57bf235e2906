package nl.themaplein.portal.setup.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.themaplein.portal.account.Account;
import nl.themaplein.portal.account.AccountService;
import nl.themaplein.portal.account.NewAccount;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.library.LibraryService;
import nl.themaplein.portal.library.OpeningException;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.setup.demo.DemoAccounts.DemoAccount;
import nl.themaplein.portal.setup.demo.DemoAccounts.Grant;
import nl.themaplein.portal.setup.demo.DemoThemes.ThemeText;
import nl.themaplein.portal.theme.Theme;
import nl.themaplein.portal.theme.ThemeService;

/**
 * Writes the demo organisations, themes and accounts through the ordinary services, in the caller's
 * transaction, when the database holds no organisation yet. Running it again changes nothing.
 */
public final class DemoDatabase {

    /** What one run wrote; all zero when the database was not empty. */
    public record Summary(
            int organisations, int branches, int exceptions, int themes, int accounts) {

        static final Summary NOTHING = new Summary(0, 0, 0, 0, 0);
    }

    private final LibraryService libraries;
    private final ThemeService themes;
    private final AccountService accounts;

    public DemoDatabase(LibraryService libraries, ThemeService themes, AccountService accounts) {
        this.libraries = libraries;
        this.themes = themes;
        this.accounts = accounts;
    }

    /**
     * Fills an empty database; {@code today} decides which holidays are ahead.
     *
     * @return what was written, or {@link Summary#NOTHING} when an organisation already existed
     */
    public Summary fillIfEmpty(LocalDate today) {
        if (libraries.countOrganisations() > 0) {
            return Summary.NOTHING;
        }

        Map<String, Organisation> organisations = new HashMap<>();
        int branches = 0;
        int exceptions = 0;
        for (Organisation organisation : DemoLibraries.organisations()) {
            libraries.create(organisation);
            organisations.put(organisation.getCode(), organisation);
            branches += organisation.getBranches().size();
            exceptions += addHolidays(organisation, today);
        }

        Map<String, Theme> themesByCode = createThemes(organisations);
        DemoAccounts.ACCOUNTS.forEach(a -> createAccount(a, organisations, themesByCode));

        return new Summary(
                organisations.size(),
                branches,
                exceptions,
                themesByCode.size(),
                DemoAccounts.ACCOUNTS.size());
    }

    private int addHolidays(Organisation organisation, LocalDate today) {
        int count = 0;
        for (Branch branch : organisation.getBranches()) {
            List<OpeningException> holidays = DemoLibraries.holidays(branch, today);
            holidays.forEach(libraries::addException);
            count += holidays.size();
        }
        return count;
    }

    private Map<String, Theme> createThemes(Map<String, Organisation> organisations) {
        Map<String, Theme> byCode = new HashMap<>();
        int order = 10;
        for (ThemeText text : DemoThemes.THEMES) {
            Theme theme =
                    new Theme(
                            text.code(),
                            text.owner() == null ? null : organisations.get(text.owner()),
                            order);
            theme.setName(text.nameNl(), text.nameEn());
            theme.setIntro(text.introNl(), text.introEn());
            byCode.put(text.code(), themes.create(theme));
            order += 10;
        }
        return byCode;
    }

    private void createAccount(
            DemoAccount demo,
            Map<String, Organisation> organisations,
            Map<String, Theme> themesByCode) {
        Long home = demo.homeBranch() == null ? null : branchId(demo.homeBranch(), organisations);
        Account account =
                accounts.create(
                        new NewAccount(
                                demo.email(),
                                demo.displayName(),
                                DemoAccounts.PASSWORD,
                                home,
                                demo.language()));
        accounts.confirm(account.getId());

        for (Grant grant : demo.grants()) {
            Theme theme = grant.theme() == null ? null : themesByCode.get(grant.theme());
            accounts.grant(
                    account.getId(), organisations.get(grant.organisation()), grant.role(), theme);
        }
        accounts.chooseInterests(
                account.getId(), demo.interests().stream().map(themesByCode::get).toList());
    }

    private static Long branchId(String path, Map<String, Organisation> organisations) {
        String[] parts = path.split("/");
        return organisations.get(parts[0]).getBranches().stream()
                .filter(b -> b.getCode().equals(parts[1]))
                .findFirst()
                .orElseThrow()
                .getId();
    }
}
