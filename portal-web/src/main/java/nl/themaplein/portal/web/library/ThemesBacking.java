package nl.themaplein.portal.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.theme.Theme;
import nl.themaplein.portal.theme.ThemeService;
import nl.themaplein.portal.web.i18n.LocaleBacking;
import nl.themaplein.portal.web.i18n.Messages;

/**
 * The public themes page ({@code themes.xhtml}): every theme, the shared ones first and then each
 * organisation's, with a search box that suggests theme names and a menu to show one organisation.
 * Names and intros are user text: the page shows them through escaping components only.
 */
@Named
@ViewScoped
public class ThemesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Value of the organisation menu for the shared themes. */
    static final String SHARED = "-";

    private static final int MAX_SUGGESTIONS = 10;

    @Inject private ThemeService themes;
    @Inject private LocaleBacking locale;

    private String query;
    private String organisation;

    /** Suggestions for the search box: theme names in the reader's language containing the text. */
    public List<String> complete(String typed) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        Language language = language();
        return themes.allThemes().stream()
                .map(t -> t.getName(language))
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(needle))
                .distinct()
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    /** The organisations that have themes, for the menu: value (code) and name. */
    public List<Choice> getOrganisations() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Theme theme : themes.allThemes()) {
            if (!theme.isShared()) {
                names.putIfAbsent(
                        theme.getOrganisation().getCode(), theme.getOrganisation().getName());
            }
        }
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(SHARED, Messages.text(locale.getLocale(), "themes.shared")));
        names.forEach((code, name) -> choices.add(new Choice(code, name)));
        return choices;
    }

    /**
     * The themes that match the search and the menu, grouped: shared first, then by organisation.
     */
    public List<Group> getGroups() {
        Language language = language();
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Theme theme : themes.allThemes()) {
            String code = theme.isShared() ? SHARED : theme.getOrganisation().getCode();
            if (organisation != null && !organisation.isEmpty() && !organisation.equals(code)) {
                continue;
            }
            String name = theme.getName(language);
            if (!needle.isEmpty() && !name.toLowerCase(Locale.ROOT).contains(needle)) {
                continue;
            }
            String title =
                    theme.isShared()
                            ? Messages.text(locale.getLocale(), "themes.shared")
                            : theme.getOrganisation().getName();
            groups.computeIfAbsent(code, c -> new Group(c, title, new ArrayList<>()))
                    .themes()
                    .add(new ThemeView(theme.getCode(), name, theme.getIntro(language)));
        }
        return List.copyOf(groups.values());
    }

    private Language language() {
        return Language.of(locale.getLocale());
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    /** A menu entry. */
    public record Choice(String value, String label) implements Serializable {}

    /** The themes of the shared list or of one organisation. */
    public record Group(String code, String title, List<ThemeView> themes) {}

    public record ThemeView(String code, String name, String intro) {}
}
