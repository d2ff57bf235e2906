package nl.themaplein.portal.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import nl.themaplein.portal.account.Account;
import nl.themaplein.portal.account.AccountLifecycle;
import nl.themaplein.portal.account.AccountService;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.error.NoSuchEntityException;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.theme.Theme;
import nl.themaplein.portal.theme.ThemeService;
import nl.themaplein.portal.web.i18n.LanguageServlet;
import nl.themaplein.portal.web.i18n.LocaleBacking;
import nl.themaplein.portal.web.i18n.Messages;

/**
 * The member's own profile ({@code /my/profile.xhtml}, any logged-in account; web.xml guards the
 * area): name, home branch, language (the pages follow it at once) and themes; the password, with
 * the current one required. The account is always the caller's own, taken from the principal on the
 * server, never from the request.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private transient AccountService accounts;
    @Inject private transient AccountLifecycle lifecycle;
    @Inject private transient ThemeService themes;
    @Inject private LocaleBacking locale;

    private long accountId;
    private String displayName;
    private String email;
    private Long homeBranch;
    private String language;
    private ThemeChoice choice;

    private String currentPassword;
    private String newPassword;

    @PostConstruct
    void load() {
        HttpServletRequest request =
                (HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Principal caller = request.getUserPrincipal();
        if (caller == null || !caller.getName().matches("[0-9]{1,18}")) {
            throw new NoSuchEntityException("account", "(not logged in)");
        }
        accountId = Long.parseLong(caller.getName());
        Account account = accounts.getAccount(accountId);
        displayName = account.getDisplayName();
        email = account.getEmail();
        homeBranch = account.getHomeBranch() == null ? null : account.getHomeBranch().getId();
        language = account.getLanguage().code();
        List<Theme> offered =
                account.getHomeBranch() == null
                        ? themes.sharedThemes()
                        : themes.themesOf(account.getHomeBranch().getOrganisation());
        List<String> mine = account.getInterests().stream().map(Theme::getCode).toList();
        choice = new ThemeChoice(offered, Language.of(locale.getLocale()), mine);
    }

    /** Saves name, branch, language and themes; the pages switch to the chosen language. */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Language chosen = Language.fromCode(language).orElse(Language.NL);
        try {
            lifecycle.updateProfile(
                    accountId, displayName, homeBranch, chosen, choice.tickedCodes());
        } catch (InvalidInputException e) {
            FormErrors.show(faces, "profile:" + e.field(), e, locale.getLocale());
            return;
        }
        followLanguage(faces, chosen);
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        Messages.text(chosen.locale(), "profile.saved"),
                        null));
        redirectToSelf(faces);
    }

    /** Changes the password after checking the current one. */
    public void changePassword() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            lifecycle.changePassword(accountId, currentPassword, newPassword);
        } catch (InvalidInputException e) {
            FormErrors.show(faces, "password:" + e.field(), e, locale.getLocale());
            return;
        } finally {
            currentPassword = null;
            newPassword = null;
        }
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        Messages.text(locale.getLocale(), "profile.password.changed"),
                        null));
    }

    /**
     * The session's language becomes the account's; a language chosen earlier with the switch too.
     */
    private static void followLanguage(FacesContext faces, Language chosen) {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        request.getSession().setAttribute(LocaleBacking.ACCOUNT_LANGUAGE, chosen.locale());
        if (LocaleBacking.chosen(request).isPresent()) {
            Cookie cookie = new Cookie(LanguageServlet.COOKIE, chosen.code());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setAttribute("SameSite", "Lax");
            ((HttpServletResponse) faces.getExternalContext().getResponse()).addCookie(cookie);
        }
    }

    private static void redirectToSelf(FacesContext faces) {
        try {
            faces.getExternalContext()
                    .redirect(
                            faces.getExternalContext().getRequestContextPath()
                                    + "/my/profile.xhtml");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String getEmail() {
        return email;
    }

    public ThemeChoice getChoice() {
        return choice;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getHomeBranch() {
        return homeBranch;
    }

    public void setHomeBranch(Long homeBranch) {
        this.homeBranch = homeBranch;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
