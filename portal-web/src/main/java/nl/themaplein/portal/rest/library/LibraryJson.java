package nl.themaplein.portal.rest.library;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.library.Facility;
import nl.themaplein.portal.library.LibraryInput;
import nl.themaplein.portal.library.OpeningException;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.library.Room;
import nl.themaplein.portal.library.RoomPhoto;
import nl.themaplein.portal.library.TimeRange;
import nl.themaplein.portal.library.WeeklyOpening;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.theme.Theme;

/** The JSON bodies of the library admin API (records, read and written by JSON-B). */
public final class LibraryJson {

    private LibraryJson() {}

    /** An organisation; {@code code} only when creating. */
    public record OrganisationBody(String code, String name, String website) {}

    public record OrganisationView(
            String code, String name, String website, List<String> branches) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(
                    o.getCode(),
                    o.getName(),
                    o.getWebsite(),
                    o.getBranches().stream().map(Branch::getCode).toList());
        }
    }

    /** An opening interval, {@code HH:mm} to {@code HH:mm}. */
    public record IntervalBody(String opens, String closes) {
        static IntervalBody of(TimeRange range) {
            return new IntervalBody(range.getOpensAt().toString(), range.getClosesAt().toString());
        }

        LibraryInput.Interval input() {
            return new LibraryInput.Interval(opens, closes);
        }
    }

    /** A date with other hours; no hours is closed all day. */
    public record ExceptionBody(
            String date, String reasonNl, String reasonEn, List<IntervalBody> hours) {
        static ExceptionBody of(OpeningException e) {
            return new ExceptionBody(
                    e.getDate().toString(),
                    e.getReason(Language.NL),
                    e.getReason(Language.EN),
                    e.getHours().stream().map(IntervalBody::of).toList());
        }

        LibraryInput.ExceptionDay input() {
            List<LibraryInput.Interval> intervals = new ArrayList<>();
            if (hours != null) {
                hours.forEach(h -> intervals.add(h == null ? null : h.input()));
            }
            return new LibraryInput.ExceptionDay(date, reasonNl, reasonEn, intervals);
        }
    }

    /**
     * A branch. On PUT, {@code openingHours} (weekday name to intervals; a weekday left out is
     * closed) and {@code exceptions} (from today on) are replaced when present, kept when null.
     */
    public record BranchBody(
            String code,
            String name,
            String street,
            String postcode,
            String place,
            String municipality,
            String phone,
            String email,
            Map<String, List<IntervalBody>> openingHours,
            List<ExceptionBody> exceptions) {

        LibraryInput.BranchDetails details() {
            return new LibraryInput.BranchDetails(
                    name, street, postcode, place, municipality, phone, email);
        }

        /** The week by weekday; an unknown weekday name is refused naming it. */
        Map<DayOfWeek, List<LibraryInput.Interval>> week() {
            Map<DayOfWeek, List<LibraryInput.Interval>> week = new EnumMap<>(DayOfWeek.class);
            openingHours.forEach(
                    (day, intervals) -> {
                        DayOfWeek weekday;
                        try {
                            weekday = DayOfWeek.valueOf(day);
                        } catch (IllegalArgumentException e) {
                            throw new nl.themaplein.portal.error.InvalidInputException(
                                    "openingHours." + day, LibraryMessagesKeys.WEEKDAY);
                        }
                        List<LibraryInput.Interval> typed = new ArrayList<>();
                        if (intervals != null) {
                            intervals.forEach(h -> typed.add(h == null ? null : h.input()));
                        }
                        week.put(weekday, typed);
                    });
            return week;
        }
    }

    public record BranchView(
            String organisation,
            String code,
            String name,
            String street,
            String postcode,
            String place,
            String municipality,
            String phone,
            String email,
            Map<String, List<IntervalBody>> openingHours,
            List<ExceptionBody> exceptions,
            List<RoomView> rooms) {
        static BranchView of(Branch b, List<OpeningException> upcoming) {
            Map<String, List<IntervalBody>> week = new LinkedHashMap<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                week.put(day.name(), new ArrayList<>());
            }
            for (WeeklyOpening opening : b.getOpeningHours()) {
                week.get(opening.getWeekday().name()).add(IntervalBody.of(opening.getHours()));
            }
            return new BranchView(
                    b.getOrganisation().getCode(),
                    b.getCode(),
                    b.getName(),
                    b.getStreet(),
                    b.getPostcode(),
                    b.getPlace(),
                    b.getMunicipality(),
                    b.getPhone(),
                    b.getEmail(),
                    week,
                    upcoming.stream().map(ExceptionBody::of).toList(),
                    b.getRooms().stream().map(RoomView::of).toList());
        }
    }

    public record RoomBody(
            String name,
            Integer capacity,
            Set<Facility> facilities,
            String accessibilityNl,
            String accessibilityEn,
            Boolean wheelchairAccessible,
            Boolean hearingLoop) {
        LibraryInput.RoomDetails details() {
            return new LibraryInput.RoomDetails(
                    name,
                    capacity,
                    facilities,
                    accessibilityNl,
                    accessibilityEn,
                    Boolean.TRUE.equals(wheelchairAccessible),
                    Boolean.TRUE.equals(hearingLoop));
        }
    }

    public record PhotoView(
            long id,
            int position,
            String altNl,
            String altEn,
            int width,
            int height,
            String large,
            String small) {
        static PhotoView of(RoomPhoto p) {
            String base = "/media/rooms/" + p.getId() + "/";
            return new PhotoView(
                    p.getId(),
                    p.getSortOrder(),
                    p.getAlt(Language.NL),
                    p.getAlt(Language.EN),
                    p.getWidth(),
                    p.getHeight(),
                    base + "1600.jpg",
                    base + "480.jpg");
        }
    }

    public record RoomView(
            long id,
            String name,
            int capacity,
            Set<Facility> facilities,
            String accessibilityNl,
            String accessibilityEn,
            boolean wheelchairAccessible,
            boolean hearingLoop,
            List<PhotoView> photos) {
        static RoomView of(Room r) {
            return new RoomView(
                    r.getId(),
                    r.getName(),
                    r.getCapacity(),
                    r.getFacilities(),
                    r.getAccessibilityNl(),
                    r.getAccessibilityEn(),
                    r.isWheelchairAccessible(),
                    r.hasHearingLoop(),
                    r.getPhotos().stream().map(PhotoView::of).toList());
        }
    }

    public record ThemeBody(String nameNl, String nameEn, String introNl, String introEn) {}

    public record ThemeView(
            String code,
            String organisation,
            String nameNl,
            String nameEn,
            String introNl,
            String introEn) {
        static ThemeView of(Theme t) {
            return new ThemeView(
                    t.getCode(),
                    t.isShared() ? null : t.getOrganisation().getCode(),
                    t.getName(Language.NL),
                    t.getName(Language.EN),
                    t.getIntro(Language.NL),
                    t.getIntro(Language.EN));
        }
    }

    /** Message keys (in the domain bundle) of refusals only this API makes. */
    static final class LibraryMessagesKeys {
        static final String WEEKDAY = "library.weekday.invalid";

        private LibraryMessagesKeys() {}
    }
}
