package nl.themaplein.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.themaplein.portal.account.AccountLifecycle;
import nl.themaplein.portal.account.NewAccount;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.error.PortalException;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.web.i18n.LocaleBacking;

/**
 * Step 1 of the sign-up ({@code /account/signup.xhtml}): name, e-mail, home branch, language and
 * password. A new address opens an unconfirmed account and mails a confirmation link; an address
 * with an account already mails its owner instead. Both continue to the same step 2, so the page
 * never tells whether an address has an account. A refused field shows its message next to it and
 * the form keeps what was typed (apart from the password).
 */
@Named
@RequestScoped
public class SignupBacking {

    @Inject private FacesContext faces;
    @Inject private AccountLifecycle lifecycle;
    @Inject private SignupProgress progress;
    @Inject private LocaleBacking locale;

    private String displayName;
    private String email;
    private Long homeBranch;
    private String language;
    private String password;

    /** Opens the account (or mails the owner) and continues to the themes. */
    public String signUp() {
        Language chosen = Language.fromCode(language).orElse(Language.of(locale.getLocale()));
        try {
            AccountLifecycle.SignUp result =
                    lifecycle.signUp(
                            new NewAccount(email, displayName, password, homeBranch, chosen));
            progress.start(result.newAccount().orElse(null), homeBranch);
        } catch (InvalidInputException e) {
            password = null;
            FormErrors.show(faces, "signup:" + e.field(), e, locale.getLocale());
            return null;
        } catch (PortalException e) {
            // A race with a second sign-up for the same address: answer like any other sign-up.
            progress.start(null, homeBranch);
        }
        return "/account/themes.xhtml?faces-redirect=true";
    }

    /** The language the form starts with: the page's. */
    public String getLanguage() {
        if (language == null) {
            language = Language.of(locale.getLocale()).code();
        }
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getHomeBranch() {
        return homeBranch;
    }

    public void setHomeBranch(Long homeBranch) {
        this.homeBranch = homeBranch;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
