package nl.themaplein.portal.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.library.LibraryService;
import nl.themaplein.portal.library.OpeningException;
import nl.themaplein.portal.library.OpeningHours;
import nl.themaplein.portal.library.OpeningStatus;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.library.Room;
import nl.themaplein.portal.library.RoomPhotoFiles;
import nl.themaplein.portal.library.TimeRange;
import nl.themaplein.portal.library.WeeklyOpening;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.web.i18n.LocaleBacking;
import nl.themaplein.portal.web.i18n.Messages;

/**
 * The public branches page ({@code branches.xhtml}): every organisation's branches with address,
 * today's hours, the week (evenings marked in words), the exceptions ahead and the rooms with their
 * photos (alt text), capacity, facilities and accessibility.
 */
@Named
@RequestScoped
public class BranchesBacking {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject private LibraryService libraries;
    @Inject private LocaleBacking locale;

    private List<OrganisationView> organisations;

    /** The organisations by name with their branches. */
    public List<OrganisationView> getOrganisations() {
        if (organisations == null) {
            Instant now = Instant.now();
            organisations =
                    libraries.organisations().stream().map(o -> organisation(o, now)).toList();
        }
        return organisations;
    }

    private OrganisationView organisation(Organisation organisation, Instant now) {
        return new OrganisationView(
                organisation.getCode(),
                organisation.getName(),
                organisation.getBranches().stream()
                        .sorted(java.util.Comparator.comparing(Branch::getName))
                        .map(b -> branch(b, now))
                        .toList());
    }

    private BranchView branch(Branch branch, Instant now) {
        Locale loc = locale.getLocale();
        Language language = Language.of(loc);
        OpeningStatus status = libraries.openingStatus(branch.getId(), now);
        List<DayView> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Hours> hours =
                    branch.getOpeningHours().stream()
                            .filter(o -> o.getWeekday() == day)
                            .map(WeeklyOpening::getHours)
                            .map(BranchesBacking::hours)
                            .toList();
            week.add(
                    new DayView(
                            day.name(),
                            capitalised(day.getDisplayName(TextStyle.FULL, loc), loc),
                            hours));
        }
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(loc);
        List<ExceptionView> exceptions =
                libraries.upcomingExceptions(branch).stream()
                        .limit(10)
                        .map(
                                (OpeningException e) ->
                                        new ExceptionView(
                                                e.getDate().toString(),
                                                date.format(e.getDate()),
                                                e.getReason(language),
                                                e.getHours().stream()
                                                        .map(BranchesBacking::hours)
                                                        .toList()))
                        .toList();
        String address =
                Stream.of(branch.getStreet(), branch.getPostcode() + " " + branch.getPlace())
                        .filter(part -> part != null && !part.isBlank())
                        .collect(Collectors.joining(", "));
        return new BranchView(
                branch.getCode(),
                branch.getName(),
                address,
                branch.getMunicipality(),
                branch.getPhone(),
                branch.getEmail(),
                status.todayHours().stream().map(BranchesBacking::hours).toList(),
                status.specialDayReason(language).orElse(null),
                week,
                exceptions,
                branch.getRooms().stream().map(r -> room(r, language, loc)).toList());
    }

    private RoomView room(Room room, Language language, Locale locale) {
        return new RoomView(
                room.getId(),
                room.getName(),
                room.getCapacity(),
                room.getFacilities().stream()
                        .map(f -> Messages.text(locale, "rooms.facility." + f.name()))
                        .toList(),
                room.getAccessibility(language),
                room.isWheelchairAccessible(),
                room.hasHearingLoop(),
                room.getPhotos().stream()
                        // A photo whose files are gone (a deletion rolled back, a restored
                        // database without its media directory) is left out, not shown broken.
                        .filter(
                                p ->
                                        java.nio.file.Files.isRegularFile(
                                                libraries
                                                        .photoFiles()
                                                        .path(
                                                                p.getFileKey(),
                                                                RoomPhotoFiles.Size.SMALL)))
                        .map(
                                p ->
                                        new PhotoView(
                                                p.getId(),
                                                "/media/rooms/" + p.getId() + "/480.jpg",
                                                "/media/rooms/" + p.getId() + "/1600.jpg",
                                                p.getAlt(language)))
                        .toList());
    }

    static Hours hours(TimeRange range) {
        return new Hours(
                TIME.format(range.getOpensAt()),
                TIME.format(range.getClosesAt()),
                range.getClosesAt().isAfter(OpeningHours.EVENING));
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    public record OrganisationView(String code, String name, List<BranchView> branches) {}

    public record BranchView(
            String code,
            String name,
            String address,
            String municipality,
            String phone,
            String email,
            List<Hours> today,
            String specialDay,
            List<DayView> week,
            List<ExceptionView> exceptions,
            List<RoomView> rooms) {}

    /**
     * One weekday: {@code day} is the constant (MONDAY), {@code name} the day in the reader's
     * language.
     */
    public record DayView(String day, String name, List<Hours> hours) {}

    public record ExceptionView(String isoDate, String date, String reason, List<Hours> hours) {}

    public record RoomView(
            long id,
            String name,
            int capacity,
            List<String> facilities,
            String accessibility,
            boolean wheelchairAccessible,
            boolean hearingLoop,
            List<PhotoView> photos) {}

    public record PhotoView(long id, String small, String large, String alt) {}

    /** One interval; {@code evening} when it runs past 18:00. */
    public record Hours(String opens, String closes, boolean evening) {}
}
