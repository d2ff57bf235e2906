package nl.themaplein.portal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.account.Account;
import nl.themaplein.portal.account.AccountRole;
import nl.themaplein.portal.account.AccountService;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.theme.Theme;

/**
 * "Download my data": everything the portal keeps about one account as one JSON document. The
 * account itself (profile, home branch, language, themes, roles per organisation) is written here;
 * every other part adds its section as a {@link PersonalDataContributor} (consents and the audit
 * entries already do).
 */
@ApplicationScoped
@Transactional
public class PersonalDataExport {

    private static final Logger LOG = Logger.getLogger(PersonalDataExport.class.getName());

    /** Version of the document's layout, for programs that read it. */
    public static final int FORMAT = 1;

    @Inject private AccountService accounts;

    @Inject @Any private Instance<PersonalDataContributor> contributors;

    /** The document for the account. */
    public JsonObject export(long accountId) {
        Account account = accounts.getAccount(accountId);
        JsonObjectBuilder document =
                Json.createObjectBuilder()
                        .add("format", FORMAT)
                        .add("exportedAt", Instant.now().toString())
                        .add("profile", profile(account))
                        .add("themes", themes(account))
                        .add("roles", roles(account));
        contributors.stream()
                .sorted(Comparator.comparing(PersonalDataContributor::section))
                .forEach(c -> document.add(c.section(), c.export(accountId)));

        LOG.log(Level.INFO, "Personal data of account {0} exported", accountId);
        return document.build();
    }

    private static JsonObject profile(Account account) {
        JsonObjectBuilder profile =
                Json.createObjectBuilder()
                        .add("id", account.getId())
                        .add("email", account.getEmail())
                        .add("displayName", account.getDisplayName())
                        .add("language", account.getLanguage().name().toLowerCase())
                        .add("createdAt", account.getCreatedAt().toString());
        addOrNull(profile, "confirmedAt", account.getConfirmedAt());
        addOrNull(profile, "memberNumber", account.getMemberNumber());
        Branch home = account.getHomeBranch();
        if (home == null) {
            profile.addNull("homeBranch");
        } else {
            profile.add(
                    "homeBranch",
                    Json.createObjectBuilder()
                            .add("organisation", home.getOrganisation().getCode())
                            .add("code", home.getCode())
                            .add("name", home.getName()));
        }
        return profile.build();
    }

    private static JsonArrayBuilder themes(Account account) {
        JsonArrayBuilder themes = Json.createArrayBuilder();
        account.getInterests().stream()
                .sorted(Comparator.comparing(Theme::getCode))
                .forEach(
                        t ->
                                themes.add(
                                        Json.createObjectBuilder()
                                                .add("code", t.getCode())
                                                .add("nameNl", t.getName(Language.NL))
                                                .add("nameEn", t.getName(Language.EN))));
        return themes;
    }

    private static JsonArrayBuilder roles(Account account) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        account.getRoles().stream()
                .sorted(Comparator.comparing(AccountRole::getGrantedAt))
                .forEach(
                        r -> {
                            JsonObjectBuilder role =
                                    Json.createObjectBuilder()
                                            .add("organisation", r.getOrganisation().getCode())
                                            .add("role", r.getRole().name())
                                            .add("grantedAt", r.getGrantedAt().toString());
                            addOrNull(
                                    role,
                                    "theme",
                                    r.getTheme() == null ? null : r.getTheme().getCode());
                            roles.add(role);
                        });
        return roles;
    }

    static void addOrNull(JsonObjectBuilder builder, String name, Object value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value.toString());
        }
    }
}
