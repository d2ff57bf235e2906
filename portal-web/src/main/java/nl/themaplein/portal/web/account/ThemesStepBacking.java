package nl.themaplein.portal.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.themaplein.portal.account.AccountLifecycle;
import nl.themaplein.portal.library.LibraryService;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.theme.Theme;
import nl.themaplein.portal.theme.ThemeService;
import nl.themaplein.portal.web.i18n.LocaleBacking;

/**
 * Step 2 of the sign-up ({@code /account/themes.xhtml}): the themes of the chosen branch's
 * organisation as cards with a checkbox; any number, or none ("skip"). The choice is saved on the
 * new account; after a sign-up with a known address it is only remembered for the next screen.
 */
@Named
@ViewScoped
public class ThemesStepBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private SignupProgress progress;
    @Inject private transient ThemeService themes;
    @Inject private transient LibraryService libraries;
    @Inject private transient AccountLifecycle lifecycle;
    @Inject private LocaleBacking locale;

    private ThemeChoice choice;

    @PostConstruct
    void load() {
        List<Theme> offered =
                progress.branchId() == null
                        ? themes.sharedThemes()
                        : libraries
                                .findBranch(progress.branchId())
                                .map(branch -> themes.themesOf(branch.getOrganisation()))
                                .orElseGet(themes::sharedThemes);
        choice = new ThemeChoice(offered, Language.of(locale.getLocale()), progress.themeCodes());
    }

    /** Whether this browser has done step 1; otherwise the page points there. */
    public boolean isStarted() {
        return progress.isStarted();
    }

    public ThemeChoice getChoice() {
        return choice;
    }

    /** Saves the ticked themes and shows content for them. */
    public String save() {
        List<String> codes = choice.tickedCodes();
        progress.chose(codes);
        if (progress.accountId() != null) {
            lifecycle.chooseSignUpThemes(progress.accountId(), codes);
        }
        return "/account/welcome.xhtml?faces-redirect=true";
    }

    /** No themes now: straight to the next screen. */
    public String skip() {
        progress.chose(List.of());
        return "/account/welcome.xhtml?faces-redirect=true";
    }
}
