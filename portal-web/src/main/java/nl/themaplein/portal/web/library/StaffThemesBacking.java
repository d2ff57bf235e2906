package nl.themaplein.portal.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.themaplein.portal.error.DuplicateException;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.error.PortalException;
import nl.themaplein.portal.library.LibraryService;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.theme.Theme;
import nl.themaplein.portal.theme.ThemeService;
import nl.themaplein.portal.web.i18n.LocaleBacking;
import nl.themaplein.portal.web.i18n.Messages;

/**
 * {@code /staff/themes.xhtml}: staff add and edit their organisation's own themes; an admin also
 * edits the shared themes. The services check both on every change.
 */
@Named
@ViewScoped
public class StaffThemesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private LibraryService libraries;
    @Inject private ThemeService themes;
    @Inject private LocaleBacking locale;

    private List<LibraryBacking.Choice> scopes = List.of();
    private String scope;
    private String editing;
    private String nameNl;
    private String nameEn;
    private String introNl;
    private String introEn;

    @PostConstruct
    void init() {
        long caller = StaffForms.caller();
        List<LibraryBacking.Choice> choices = new ArrayList<>();
        libraries
                .managedOrganisations(caller)
                .forEach(o -> choices.add(new LibraryBacking.Choice(o.getCode(), o.getName())));
        if (libraries.access().isAdmin(caller)) {
            choices.add(
                    new LibraryBacking.Choice(
                            ThemesBacking.SHARED,
                            Messages.text(locale.getLocale(), "themes.shared")));
        }
        scopes = List.copyOf(choices);
        scope = scopes.isEmpty() ? null : scopes.getFirst().value();
    }

    /** The themes of the chosen organisation (or the shared ones). */
    public List<ThemesBacking.ThemeView> getThemes() {
        if (scope == null) {
            return List.of();
        }
        Language language = Language.of(locale.getLocale());
        List<Theme> list =
                ThemesBacking.SHARED.equals(scope)
                        ? themes.sharedThemes()
                        : themes.ownThemes(organisation());
        return list.stream()
                .map(
                        t ->
                                new ThemesBacking.ThemeView(
                                        t.getCode(), t.getName(language), t.getIntro(language)))
                .toList();
    }

    private Organisation organisation() {
        Organisation o = libraries.getOrganisation(scope);
        libraries.access().requireManager(StaffForms.caller(), o);
        return o;
    }

    public void chooseScope() {
        newTheme();
    }

    public void newTheme() {
        editing = null;
        nameNl = null;
        nameEn = null;
        introNl = null;
        introEn = null;
    }

    public void edit(String code) {
        Theme theme = themes.getTheme(code);
        editing = code;
        nameNl = theme.getName(Language.NL);
        nameEn = theme.getName(Language.EN);
        introNl = theme.getIntro(Language.NL);
        introEn = theme.getIntro(Language.EN);
    }

    public void save() {
        ThemeService.ThemeText text = new ThemeService.ThemeText(nameNl, nameEn, introNl, introEn);
        try {
            if (editing == null) {
                Organisation owner = ThemesBacking.SHARED.equals(scope) ? null : organisation();
                editing = themes.createTheme(StaffForms.caller(), owner, text).getCode();
            } else {
                themes.updateTheme(StaffForms.caller(), editing, text);
            }
            StaffForms.saved(Messages.text(locale.getLocale(), "library.staff.saved"));
        } catch (InvalidInputException e) {
            StaffForms.refuse("theme:" + e.field(), e);
        } catch (DuplicateException e) {
            StaffForms.refuse("theme:" + e.field(), e);
        } catch (PortalException e) {
            StaffForms.refuse(null, e);
        }
    }

    public List<LibraryBacking.Choice> getScopes() {
        return scopes;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        if (scopes.stream().anyMatch(c -> c.value().equals(scope))) {
            this.scope = scope;
        }
    }

    public String getEditing() {
        return editing;
    }

    public String getNameNl() {
        return nameNl;
    }

    public void setNameNl(String nameNl) {
        this.nameNl = nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getIntroNl() {
        return introNl;
    }

    public void setIntroNl(String introNl) {
        this.introNl = introNl;
    }

    public String getIntroEn() {
        return introEn;
    }

    public void setIntroEn(String introEn) {
        this.introEn = introEn;
    }
}
