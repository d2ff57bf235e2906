package nl.themaplein.portal.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.library.LibraryService;
import nl.themaplein.portal.library.OpeningStatus;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.library.TimeRange;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.theme.ThemeService;
import nl.themaplein.portal.web.i18n.LocaleBacking;

/**
 * The home page ({@code index.xhtml}): the themes, and every library organisation with its branches
 * and today's opening hours, evening hours marked as such.
 */
@Named
@RequestScoped
public class HomeBacking {

    /** An interval that ends after this time is an evening opening. */
    static final LocalTime EVENING = LocalTime.of(18, 0);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject private LibraryService libraries;
    @Inject private ThemeService themes;
    @Inject private LocaleBacking locale;

    private List<ThemeView> themeViews;
    private List<OrganisationView> organisationViews;

    /** The shared themes in display order. */
    public List<ThemeView> getThemes() {
        if (themeViews == null) {
            Language language = Language.of(locale.getLocale());
            themeViews =
                    themes.sharedThemes().stream()
                            .map(
                                    theme ->
                                            new ThemeView(
                                                    theme.getCode(),
                                                    theme.getName(language),
                                                    theme.getIntro(language)))
                            .toList();
        }
        return themeViews;
    }

    /** The organisations by name, with their branches. */
    public List<OrganisationView> getOrganisations() {
        if (organisationViews == null) {
            Instant now = Instant.now();
            organisationViews =
                    libraries.organisations().stream()
                            .map(organisation -> organisationView(organisation, now))
                            .toList();
        }
        return organisationViews;
    }

    private OrganisationView organisationView(Organisation organisation, Instant now) {
        List<BranchView> branches =
                organisation.getBranches().stream().map(branch -> branchView(branch, now)).toList();
        return new OrganisationView(organisation.getCode(), organisation.getName(), branches);
    }

    private BranchView branchView(Branch branch, Instant now) {
        OpeningStatus status = libraries.openingStatus(branch.getId(), now);
        Language language = Language.of(locale.getLocale());
        List<Hours> hours = status.todayHours().stream().map(HomeBacking::hours).toList();
        String address =
                Stream.of(branch.getStreet(), branch.getPlace())
                        .filter(part -> part != null && !part.isBlank())
                        .collect(Collectors.joining(", "));
        return new BranchView(
                branch.getCode(),
                branch.getName(),
                address,
                status.openNow(),
                hours,
                status.specialDayReason(language).orElse(null));
    }

    private static Hours hours(TimeRange range) {
        return new Hours(
                TIME.format(range.getOpensAt()),
                TIME.format(range.getClosesAt()),
                range.getClosesAt().isAfter(EVENING));
    }

    /** A theme in the reader's language. */
    public record ThemeView(String code, String name, String intro) {}

    /** An organisation and its branches. */
    public record OrganisationView(String code, String name, List<BranchView> branches) {}

    /**
     * A branch with today's hours.
     *
     * @param specialDay why today's hours differ from the usual week, or null
     */
    public record BranchView(
            String code,
            String name,
            String address,
            boolean openNow,
            List<Hours> today,
            String specialDay) {}

    /** One opening interval of today; {@code evening} when it runs past 18:00. */
    public record Hours(String opens, String closes, boolean evening) {}
}
