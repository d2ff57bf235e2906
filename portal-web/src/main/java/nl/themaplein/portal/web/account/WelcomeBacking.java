package nl.themaplein.portal.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.theme.Theme;
import nl.themaplein.portal.theme.ThemeService;
import nl.themaplein.portal.web.i18n.LocaleBacking;
import nl.themaplein.search.SearchUnavailableException;
import nl.themaplein.search.query.CatalogueSearch;
import nl.themaplein.search.query.SearchHit;

/**
 * The screen after the sign-up ({@code /account/welcome.xhtml}): per chosen theme a few catalogue
 * records (the {@code theme} field, or for records without theme codes the theme's subject heading)
 * with a link to the search for more, and the reminder to confirm the address by mail.
 */
@Named
@RequestScoped
public class WelcomeBacking {

    private static final Logger LOG = Logger.getLogger(WelcomeBacking.class.getName());

    /** Records shown per theme. */
    static final int PER_THEME = 3;

    @Inject private SignupProgress progress;
    @Inject private ThemeService themes;
    @Inject private CatalogueSearch search;
    @Inject private LocaleBacking locale;

    /** One chosen theme with its records and the link to search for more. */
    public record ThemeContent(
            String code, String name, List<SearchHit> records, String searchUrl) {}

    private final List<ThemeContent> content = new ArrayList<>();
    private boolean searchUnavailable;

    @PostConstruct
    void load() {
        Language language = Language.of(locale.getLocale());
        for (String code : progress.themeCodes()) {
            themes.findTheme(code).ifPresent(theme -> content.add(contentOf(theme, language)));
        }
    }

    private ThemeContent contentOf(Theme theme, Language language) {
        String subject = theme.getName(Language.NL);
        List<SearchHit> records = List.of();
        if (!searchUnavailable) {
            try {
                records = search.forTheme(theme.getCode(), subject, PER_THEME);
            } catch (SearchUnavailableException e) {
                LOG.log(Level.WARNING, "Theme records not shown: {0}", e.getMessage());
                searchUnavailable = true;
            }
        }
        return new ThemeContent(
                theme.getCode(),
                theme.getName(language),
                records,
                "/search.xhtml?subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8));
    }

    public boolean isStarted() {
        return progress.isStarted();
    }

    public List<ThemeContent> getContent() {
        return content;
    }

    public boolean isSearchUnavailable() {
        return searchUnavailable;
    }
}
