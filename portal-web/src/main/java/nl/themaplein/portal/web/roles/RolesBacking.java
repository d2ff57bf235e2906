package nl.themaplein.portal.web.roles;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import nl.themaplein.portal.account.Account;
import nl.themaplein.portal.account.Role;
import nl.themaplein.portal.account.RoleAdministration;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.error.PortalException;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.theme.ThemeService;
import nl.themaplein.portal.web.i18n.LocaleBacking;
import nl.themaplein.portal.web.i18n.Messages;
import nl.themaplein.portal.web.privacy.PageSupport;

/**
 * {@code /staff/roles.xhtml}: find an account by e-mail address (exact, any case), see its roles in
 * the chosen organisation, grant or revoke them. The organisations offered are those the caller may
 * manage; {@link RoleAdministration} checks every action again on the server.
 */
@Named
@ViewScoped
public class RolesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private transient RoleAdministration administration;
    @Inject private transient ThemeService themes;
    @Inject private transient LocaleBacking locale;
    @Inject private transient HttpServletRequest request;
    @Inject private transient FacesContext faces;

    private String organisation;
    private String email;
    private Long accountId;
    private String accountName;
    private String accountEmail;
    private String role;
    private String theme;

    /** A role on the page. */
    public record RoleRow(long id, String role, String roleLabel, String theme)
            implements Serializable {}

    /** A choice in a select: value and label. */
    public record Choice(String value, String label) implements Serializable {}

    /** The organisations the caller may manage. */
    public List<Choice> getOrganisations() {
        return administration.manageableBy(actor()).stream()
                .map(o -> new Choice(o.getCode(), o.getName()))
                .toList();
    }

    /** The roles the caller may grant: ADMIN only for an admin. */
    public List<Choice> getRoles() {
        boolean admin = administration.isAdmin(actor());
        return Arrays.stream(Role.values())
                .filter(r -> admin || r != Role.ADMIN)
                .map(
                        r ->
                                new Choice(
                                        r.name(),
                                        Messages.text(
                                                locale.getLocale(), "roles.role." + r.name())))
                .toList();
    }

    /** The themes of the chosen organisation, for a curator. */
    public List<Choice> getThemes() {
        if (organisation == null) {
            return List.of();
        }
        Language language = Language.of(locale.getLocale());
        try {
            Organisation chosen = administration.organisationFor(actor(), organisation);
            return themes.themesOf(chosen).stream()
                    .map(t -> new Choice(t.getCode(), t.getName(language)))
                    .toList();
        } catch (PortalException refused) {
            return List.of();
        }
    }

    /** Looks the account up. */
    public void find() {
        accountId = null;
        try {
            Account account =
                    administration.findAccount(actor(), organisation(), email).orElse(null);
            if (account == null) {
                PageSupport.error(
                        faces,
                        "find:email",
                        Messages.text(locale.getLocale(), "roles.page.notFound"));
                return;
            }
            accountId = account.getId();
            accountName = account.getDisplayName();
            accountEmail = account.getEmail();
        } catch (PortalException refused) {
            PageSupport.error(
                    faces, "find:organisation", PageSupport.text(refused, locale.getLocale()));
        }
    }

    /** The found account's roles in the organisation. */
    public List<RoleRow> getAccountRoles() {
        if (accountId == null) {
            return List.of();
        }
        Language language = Language.of(locale.getLocale());
        return administration.rolesIn(actor(), organisation(), accountId).stream()
                .map(
                        r ->
                                new RoleRow(
                                        r.getId(),
                                        r.getRole().name(),
                                        Messages.text(
                                                locale.getLocale(),
                                                "roles.role." + r.getRole().name()),
                                        r.getTheme() == null ? "" : r.getTheme().getName(language)))
                .toList();
    }

    /** Grants the chosen role. */
    public void grant() {
        try {
            Role chosen = Role.valueOf(role);
            administration.grant(
                    actor(),
                    organisation(),
                    accountId,
                    chosen,
                    chosen == Role.CURATOR ? theme : null);
            PageSupport.info(faces, locale.getLocale(), "roles.page.granted");
        } catch (IllegalArgumentException | NullPointerException unknown) {
            PageSupport.error(
                    faces,
                    "grant:role",
                    PageSupport.domainText(locale.getLocale(), RoleAdministration.ROLE_UNKNOWN));
        } catch (InvalidInputException invalid) {
            PageSupport.error(
                    faces,
                    "grant:" + invalid.field(),
                    PageSupport.text(invalid, locale.getLocale()));
        } catch (PortalException refused) {
            PageSupport.error(faces, null, PageSupport.text(refused, locale.getLocale()));
        }
    }

    /** Revokes one role. */
    public void revoke(long roleId) {
        try {
            administration.revoke(actor(), organisation(), roleId);
            PageSupport.info(faces, locale.getLocale(), "roles.page.revoked");
        } catch (PortalException refused) {
            PageSupport.error(faces, null, PageSupport.text(refused, locale.getLocale()));
        }
    }

    private String organisation() {
        if (organisation == null) {
            List<Choice> mine = getOrganisations();
            organisation = mine.isEmpty() ? "" : mine.getFirst().value();
        }
        return organisation;
    }

    private long actor() {
        return PageSupport.accountId(request);
    }

    public boolean isFound() {
        return accountId != null;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
        this.accountId = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAccountName() {
        return accountName;
    }

    public String getAccountEmail() {
        return accountEmail;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }
}
