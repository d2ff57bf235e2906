package nl.themaplein.portal.setup.demo;

import java.util.List;
import nl.themaplein.portal.account.Role;
import nl.themaplein.portal.text.Language;

/**
 * The demo accounts, all confirmed, all with the published password {@link #PASSWORD}. They exist
 * only when {@code portal.demo.enabled} is true; the README lists them.
 */
public final class DemoAccounts {

    /** The password of every demo account. Published: never enable demo content in production. */
    public static final String PASSWORD = "themaplein-demo";

    /** A role in an organisation; {@code theme} only for a curator. */
    record Grant(String organisation, Role role, String theme) {}

    /** One demo account; {@code homeBranch} is "organisation/branch" or null. */
    record DemoAccount(
            String email,
            String displayName,
            String homeBranch,
            Language language,
            List<Grant> grants,
            List<String> interests) {}

    static final List<DemoAccount> ACCOUNTS =
            List.of(
                    new DemoAccount(
                            "beheer@example.org",
                            "Beheer Themaplein",
                            null,
                            Language.NL,
                            List.of(
                                    new Grant(DemoLibraries.LINGESTROOM, Role.ADMIN, null),
                                    new Grant(DemoLibraries.DUINRAND, Role.ADMIN, null)),
                            List.of()),
                    new DemoAccount(
                            "medewerker.lingestroom@example.org",
                            "Eva Mulder",
                            "lingestroom/tiel",
                            Language.NL,
                            List.of(new Grant(DemoLibraries.LINGESTROOM, Role.STAFF, null)),
                            List.of()),
                    new DemoAccount(
                            "medewerker.duinrand@example.org",
                            "Luuk Smit",
                            "duinrand/castricum",
                            Language.NL,
                            List.of(new Grant(DemoLibraries.DUINRAND, Role.STAFF, null)),
                            List.of()),
                    new DemoAccount(
                            "curator@example.org",
                            "Noor Bakker",
                            "lingestroom/culemborg",
                            Language.NL,
                            List.of(
                                    new Grant(DemoLibraries.LINGESTROOM, Role.MEMBER, null),
                                    new Grant(
                                            DemoLibraries.LINGESTROOM,
                                            Role.CURATOR,
                                            "digitale-vaardigheden"),
                                    new Grant(
                                            DemoLibraries.LINGESTROOM, Role.CURATOR, "gezondheid")),
                            List.of("digitale-vaardigheden", "gezondheid")),
                    new DemoAccount(
                            "organisator@example.org",
                            "Daan Visser",
                            "duinrand/heemskerk",
                            Language.NL,
                            List.of(
                                    new Grant(DemoLibraries.DUINRAND, Role.MEMBER, null),
                                    new Grant(DemoLibraries.DUINRAND, Role.ORGANISER, null)),
                            List.of("cultuur-en-creativiteit")),
                    new DemoAccount(
                            "lid@example.org",
                            "Anna de Vries",
                            "lingestroom/tiel",
                            Language.NL,
                            List.of(new Grant(DemoLibraries.LINGESTROOM, Role.MEMBER, null)),
                            List.of("taal", "digitale-vaardigheden")),
                    new DemoAccount(
                            "member@example.org",
                            "Sem Jansen",
                            "duinrand/castricum",
                            Language.EN,
                            List.of(new Grant(DemoLibraries.DUINRAND, Role.MEMBER, null)),
                            List.of("duurzaamheid", "kust-en-natuur")));

    private DemoAccounts() {}

    /** The e-mail addresses of the demo accounts, for the README and tests. */
    public static List<String> emails() {
        return ACCOUNTS.stream().map(DemoAccount::email).toList();
    }
}
