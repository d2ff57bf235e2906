package nl.themaplein.portal.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.error.PortalException;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.library.Facility;
import nl.themaplein.portal.library.LibraryInput;
import nl.themaplein.portal.library.LibraryMessages;
import nl.themaplein.portal.library.LibraryService;
import nl.themaplein.portal.library.OpeningException;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.library.Room;
import nl.themaplein.portal.library.RoomPhotoFiles;
import nl.themaplein.portal.library.TimeRange;
import nl.themaplein.portal.library.WeeklyOpening;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.web.i18n.LocaleBacking;
import nl.themaplein.portal.web.i18n.Messages;

/**
 * {@code /staff/library.xhtml}: staff (or an admin) keep one branch of an organisation they manage:
 * its details, its week (up to {@value #SLOTS} intervals a day, so morning and evening), the
 * exceptions ahead, its rooms and their photos. The services check the organisation on every
 * change; this bean only offers the organisations the caller may manage.
 */
@Named
@ViewScoped
public class LibraryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Intervals offered per weekday. */
    static final int SLOTS = 3;

    private static final Pattern WEEK_FIELD =
            Pattern.compile("openingHours\\.([A-Z]+)(\\[(\\d+)\\].*)?");

    @Inject private LibraryService libraries;
    @Inject private LocaleBacking locale;

    private List<Choice> organisations = List.of();
    private String organisation;
    private String branch;

    private final Details details = new Details();
    private final List<DayForm> week = new ArrayList<>();
    private final Map<String, String> dayErrors = new LinkedHashMap<>();
    private List<ExceptionRow> exceptions = List.of();
    private final NewException newException = new NewException();
    private List<RoomRow> rooms = List.of();
    private final RoomForm room = new RoomForm();
    private List<PhotoRow> photos = List.of();
    private transient Part photoFile;
    private String altNl;
    private String altEn;

    @PostConstruct
    void init() {
        organisations =
                libraries.managedOrganisations(StaffForms.caller()).stream()
                        .map(o -> new Choice(o.getCode(), o.getName()))
                        .toList();
        if (!organisations.isEmpty()) {
            organisation = organisations.getFirst().value();
            chooseOrganisation();
        }
    }

    /** The organisation menu changed: its first branch is shown. */
    public void chooseOrganisation() {
        branch = sortedBranches().stream().map(Branch::getCode).findFirst().orElse(null);
        load();
    }

    /** The branch menu changed. */
    public void chooseBranch() {
        load();
    }

    /** The branches of the chosen organisation, for the menu. */
    public List<Choice> getBranches() {
        if (organisation == null) {
            return List.of();
        }
        return sortedBranches().stream().map(b -> new Choice(b.getCode(), b.getName())).toList();
    }

    /** The branches of the chosen organisation by name (batch reading does not keep the order). */
    private List<Branch> sortedBranches() {
        return organisationEntity().getBranches().stream()
                .sorted(
                        java.util.Comparator.comparing(Branch::getName)
                                .thenComparing(Branch::getCode))
                .toList();
    }

    private Organisation organisationEntity() {
        Organisation chosen = libraries.getOrganisation(organisation);
        libraries.access().requireManager(StaffForms.caller(), chosen);
        return chosen;
    }

    private void load() {
        dayErrors.clear();
        week.clear();
        if (branch == null) {
            return;
        }
        Branch b = libraries.getBranch(organisation, branch);
        libraries.access().requireManager(StaffForms.caller(), b.getOrganisation());
        details.load(b);
        Locale loc = locale.getLocale();
        for (DayOfWeek day : DayOfWeek.values()) {
            DayForm form = new DayForm(day.name(), day.getDisplayName(TextStyle.FULL, loc));
            List<TimeRange> hours =
                    b.getOpeningHours().stream()
                            .filter(o -> o.getWeekday() == day)
                            .map(WeeklyOpening::getHours)
                            .toList();
            for (int i = 0; i < Math.max(SLOTS, hours.size()); i++) {
                form.slots.add(
                        i < hours.size()
                                ? new Slot(
                                        hours.get(i).getOpensAt().toString(),
                                        hours.get(i).getClosesAt().toString())
                                : new Slot(null, null));
            }
            week.add(form);
        }
        Language language = Language.of(loc);
        exceptions =
                libraries.upcomingExceptions(b).stream()
                        .map(e -> ExceptionRow.of(e, language))
                        .toList();
        rooms =
                b.getRooms().stream()
                        .map(r -> new RoomRow(r.getId(), r.getName(), r.getCapacity()))
                        .toList();
        if (room.id != null) {
            libraries.findRoom(room.id).ifPresentOrElse(this::loadRoom, this::newRoom);
        }
    }

    /** Saves name, address, phone and e-mail. */
    public void saveDetails() {
        try {
            libraries.updateBranch(StaffForms.caller(), organisation, branch, details.input());
            StaffForms.saved(text("library.staff.saved"));
            load();
        } catch (InvalidInputException e) {
            StaffForms.refuse("details:" + e.field(), e);
        } catch (PortalException e) {
            StaffForms.refuse(null, e);
        }
    }

    /** Saves the week: filled slots become intervals; a day without any is closed. */
    public void saveWeek() {
        dayErrors.clear();
        Map<DayOfWeek, List<LibraryInput.Interval>> typed = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, List<Integer>> slotOf = new EnumMap<>(DayOfWeek.class);
        for (DayForm day : week) {
            DayOfWeek weekday = DayOfWeek.valueOf(day.day);
            List<LibraryInput.Interval> intervals = new ArrayList<>();
            List<Integer> slots = new ArrayList<>();
            for (int i = 0; i < day.slots.size(); i++) {
                Slot slot = day.slots.get(i);
                if (!isBlank(slot.opens) || !isBlank(slot.closes)) {
                    intervals.add(new LibraryInput.Interval(slot.opens, slot.closes));
                    slots.add(i);
                }
            }
            typed.put(weekday, intervals);
            slotOf.put(weekday, slots);
        }
        try {
            libraries.setWeek(StaffForms.caller(), organisation, branch, typed);
            StaffForms.saved(text("library.staff.weekSaved"));
            load();
        } catch (InvalidInputException e) {
            Matcher m = WEEK_FIELD.matcher(e.field());
            String day = m.matches() ? m.group(1) : "MONDAY";
            String message = StaffForms.text(e);
            if (m.matches() && m.group(3) != null) {
                int slot = slotOf.get(DayOfWeek.valueOf(day)).get(Integer.parseInt(m.group(3)));
                message = text("library.staff.interval", slot + 1) + ": " + message;
            }
            dayErrors.put(day, message);
            StaffForms.refuse(null, e);
        } catch (PortalException e) {
            StaffForms.refuse(null, e);
        }
    }

    /** Adds the exception of the small form to those ahead. */
    public void addException() {
        if (newException.closed
                && (!isBlank(newException.opens) || !isBlank(newException.closes))) {
            // Closed all day and hours typed: say so rather than drop the hours.
            StaffForms.refuse(
                    "exceptions:closed",
                    new InvalidInputException("closed", LibraryMessages.CLOSED_WITH_HOURS));
            return;
        }
        List<LibraryInput.ExceptionDay> all =
                new ArrayList<>(exceptions.stream().map(ExceptionRow::input).toList());
        List<LibraryInput.Interval> hours =
                newException.closed
                        ? List.of()
                        : List.of(
                                new LibraryInput.Interval(newException.opens, newException.closes));
        all.add(
                new LibraryInput.ExceptionDay(
                        newException.date, newException.reasonNl, newException.reasonEn, hours));
        try {
            libraries.setExceptions(StaffForms.caller(), organisation, branch, all);
            newException.clear();
            StaffForms.saved(text("library.staff.saved"));
            load();
        } catch (InvalidInputException e) {
            String field = e.field().replaceFirst("^exceptions\\[\\d+\\]\\.", "");
            String target =
                    switch (field) {
                        case "date" -> "exceptions:date";
                        case "reasonNl" -> "exceptions:reasonNl";
                        case "reasonEn" -> "exceptions:reasonEn";
                        default ->
                                field.endsWith(".opens") ? "exceptions:opens" : "exceptions:closes";
                    };
            StaffForms.refuse(target, e);
        } catch (PortalException e) {
            StaffForms.refuse(null, e);
        }
    }

    /** Removes one exception ahead. */
    public void removeException(String isoDate) {
        List<LibraryInput.ExceptionDay> rest =
                exceptions.stream()
                        .filter(e -> !e.isoDate.equals(isoDate))
                        .map(ExceptionRow::input)
                        .toList();
        try {
            libraries.setExceptions(StaffForms.caller(), organisation, branch, rest);
            load();
        } catch (PortalException e) {
            StaffForms.refuse(null, e);
        }
    }

    /** Starts a new room in the room form. */
    public void newRoom() {
        room.clear();
        photos = List.of();
    }

    /** Opens a room in the room form. */
    public void editRoom(long id) {
        Room r = libraries.getRoom(id);
        libraries.access().requireManager(StaffForms.caller(), r.getBranch().getOrganisation());
        loadRoom(r);
    }

    private void loadRoom(Room r) {
        room.load(r);
        Language language = Language.of(locale.getLocale());
        photos =
                r.getPhotos().stream()
                        .map(
                                p ->
                                        new PhotoRow(
                                                p.getId(),
                                                "/media/rooms/" + p.getId() + "/480.jpg",
                                                p.getAlt(language)))
                        .toList();
    }

    /** Saves the room form: a new room or changes to the one being edited. */
    public void saveRoom() {
        try {
            Room saved =
                    room.id == null
                            ? libraries.addRoom(
                                    StaffForms.caller(), organisation, branch, room.input())
                            : libraries.updateRoom(StaffForms.caller(), room.id, room.input());
            room.id = saved.getId();
            StaffForms.saved(text("library.staff.saved"));
            load();
        } catch (PortalException e) {
            StaffForms.refuse(
                    e instanceof InvalidInputException i ? "room:" + i.field() : fieldOf(e), e);
        }
    }

    private static String fieldOf(PortalException e) {
        return e instanceof nl.themaplein.portal.error.DuplicateException d
                ? "room:" + d.field()
                : null;
    }

    /** Deletes the room being edited. */
    public void deleteRoom() {
        try {
            libraries.deleteRoom(StaffForms.caller(), room.id);
            room.clear();
            photos = List.of();
            StaffForms.saved(text("library.staff.saved"));
            load();
        } catch (PortalException e) {
            StaffForms.refuse(null, e);
        }
    }

    /** Uploads a photo of the room being edited, with its alt text in both languages. */
    public void uploadPhoto() {
        if (room.id == null) {
            return;
        }
        try {
            byte[] bytes = read(photoFile);
            libraries.addPhoto(StaffForms.caller(), room.id, bytes, altNl, altEn);
            altNl = null;
            altEn = null;
            StaffForms.saved(text("rooms.photo.saved"));
            load();
        } catch (InvalidInputException e) {
            StaffForms.refuse("photos:" + ("photo".equals(e.field()) ? "photoFile" : e.field()), e);
        } catch (PortalException e) {
            StaffForms.refuse(null, e);
        } catch (IOException e) {
            StaffForms.refuse(
                    "photos:photoFile",
                    new InvalidInputException("photo", LibraryMessages.PHOTO_NOT_IMAGE));
        }
    }

    private static byte[] read(Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            throw new InvalidInputException("photo", nl.themaplein.portal.text.Messages.REQUIRED);
        }
        if (part.getSize() > RoomPhotoFiles.MAX_BYTES) {
            throw new InvalidInputException("photo", LibraryMessages.PHOTO_TOO_LARGE, 10);
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(RoomPhotoFiles.MAX_BYTES + 1);
        }
    }

    /** Moves a photo one place up (towards the first) or down. */
    public void movePhoto(long id, boolean up) {
        try {
            libraries.movePhoto(StaffForms.caller(), id, up);
            load();
        } catch (PortalException e) {
            StaffForms.refuse(null, e);
        }
    }

    /** Deletes a photo. */
    public void deletePhoto(long id) {
        try {
            libraries.deletePhoto(StaffForms.caller(), id);
            load();
        } catch (PortalException e) {
            StaffForms.refuse(null, e);
        }
    }

    /** Every facility with its label, for the check boxes. */
    public List<Choice> getFacilities() {
        Locale loc = locale.getLocale();
        return EnumSet.allOf(Facility.class).stream()
                .map(f -> new Choice(f.name(), Messages.text(loc, "rooms.facility." + f.name())))
                .toList();
    }

    private String text(String key, Object... arguments) {
        return Messages.text(locale.getLocale(), key, arguments);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public List<Choice> getOrganisations() {
        return organisations;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        if (organisations.stream().anyMatch(c -> c.value().equals(organisation))) {
            this.organisation = organisation;
        }
    }

    public String getBranch() {
        return branch;
    }

    public void setBranch(String branch) {
        this.branch = branch;
    }

    public Details getDetails() {
        return details;
    }

    public List<DayForm> getWeek() {
        return week;
    }

    public Map<String, String> getDayErrors() {
        return dayErrors;
    }

    public List<ExceptionRow> getExceptions() {
        return exceptions;
    }

    public NewException getNewException() {
        return newException;
    }

    public List<RoomRow> getRooms() {
        return rooms;
    }

    public RoomForm getRoom() {
        return room;
    }

    public List<PhotoRow> getPhotos() {
        return photos;
    }

    public Part getPhotoFile() {
        return photoFile;
    }

    public void setPhotoFile(Part photoFile) {
        this.photoFile = photoFile;
    }

    public String getAltNl() {
        return altNl;
    }

    public void setAltNl(String altNl) {
        this.altNl = altNl;
    }

    public String getAltEn() {
        return altEn;
    }

    public void setAltEn(String altEn) {
        this.altEn = altEn;
    }

    /** A menu entry. */
    public record Choice(String value, String label) implements Serializable {}

    public record RoomRow(long id, String name, int capacity) implements Serializable {}

    public record PhotoRow(long id, String small, String alt) implements Serializable {}

    /** An exception ahead as shown, and as given back to the service when the list changes. */
    public record ExceptionRow(
            String isoDate, String reason, String reasonNl, String reasonEn, List<Slot> hours)
            implements Serializable {
        static ExceptionRow of(OpeningException e, Language language) {
            return new ExceptionRow(
                    e.getDate().toString(),
                    e.getReason(language),
                    e.getReason(Language.NL),
                    e.getReason(Language.EN),
                    e.getHours().stream()
                            .map(
                                    h ->
                                            new Slot(
                                                    h.getOpensAt().toString(),
                                                    h.getClosesAt().toString()))
                            .toList());
        }

        LibraryInput.ExceptionDay input() {
            return new LibraryInput.ExceptionDay(
                    isoDate,
                    reasonNl,
                    reasonEn,
                    hours.stream()
                            .map(h -> new LibraryInput.Interval(h.getOpens(), h.getCloses()))
                            .toList());
        }
    }

    /** One interval as typed. */
    public static final class Slot implements Serializable {
        private static final long serialVersionUID = 1L;
        private String opens;
        private String closes;

        Slot(String opens, String closes) {
            this.opens = opens;
            this.closes = closes;
        }

        public String getOpens() {
            return opens;
        }

        public void setOpens(String opens) {
            this.opens = opens;
        }

        public String getCloses() {
            return closes;
        }

        public void setCloses(String closes) {
            this.closes = closes;
        }
    }

    /** One weekday of the week form. */
    public static final class DayForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String day;
        private final String name;
        private final List<Slot> slots = new ArrayList<>();

        DayForm(String day, String name) {
            this.day = day;
            this.name = name;
        }

        public String getDay() {
            return day;
        }

        public String getName() {
            return name;
        }

        public List<Slot> getSlots() {
            return slots;
        }
    }

    /** The branch details form. */
    public static final class Details implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String street;
        private String postcode;
        private String place;
        private String municipality;
        private String phone;
        private String email;

        void load(Branch b) {
            name = b.getName();
            street = b.getStreet();
            postcode = b.getPostcode();
            place = b.getPlace();
            municipality = b.getMunicipality();
            phone = b.getPhone();
            email = b.getEmail();
        }

        LibraryInput.BranchDetails input() {
            return new LibraryInput.BranchDetails(
                    name, street, postcode, place, municipality, phone, email);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getStreet() {
            return street;
        }

        public void setStreet(String street) {
            this.street = street;
        }

        public String getPostcode() {
            return postcode;
        }

        public void setPostcode(String postcode) {
            this.postcode = postcode;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getMunicipality() {
            return municipality;
        }

        public void setMunicipality(String municipality) {
            this.municipality = municipality;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    /** The form of a new exception. */
    public static final class NewException implements Serializable {
        private static final long serialVersionUID = 1L;
        private String date;
        private String reasonNl;
        private String reasonEn;
        private boolean closed;
        private String opens;
        private String closes;

        void clear() {
            date = null;
            reasonNl = null;
            reasonEn = null;
            closed = false;
            opens = null;
            closes = null;
        }

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }

        public String getReasonNl() {
            return reasonNl;
        }

        public void setReasonNl(String reasonNl) {
            this.reasonNl = reasonNl;
        }

        public String getReasonEn() {
            return reasonEn;
        }

        public void setReasonEn(String reasonEn) {
            this.reasonEn = reasonEn;
        }

        public boolean isClosed() {
            return closed;
        }

        public void setClosed(boolean closed) {
            this.closed = closed;
        }

        public String getOpens() {
            return opens;
        }

        public void setOpens(String opens) {
            this.opens = opens;
        }

        public String getCloses() {
            return closes;
        }

        public void setCloses(String closes) {
            this.closes = closes;
        }
    }

    /** The room form: a new room when {@code id} is null. */
    public static final class RoomForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String name;
        private Integer capacity;
        private List<String> facilities = new ArrayList<>();
        private String accessibilityNl;
        private String accessibilityEn;
        private boolean wheelchairAccessible;
        private boolean hearingLoop;

        void clear() {
            id = null;
            name = null;
            capacity = null;
            facilities = new ArrayList<>();
            accessibilityNl = null;
            accessibilityEn = null;
            wheelchairAccessible = false;
            hearingLoop = false;
        }

        void load(Room r) {
            id = r.getId();
            name = r.getName();
            capacity = r.getCapacity();
            facilities = new ArrayList<>(r.getFacilities().stream().map(Facility::name).toList());
            accessibilityNl = r.getAccessibilityNl();
            accessibilityEn = r.getAccessibilityEn();
            wheelchairAccessible = r.isWheelchairAccessible();
            hearingLoop = r.hasHearingLoop();
        }

        LibraryInput.RoomDetails input() {
            Set<Facility> chosen = EnumSet.noneOf(Facility.class);
            for (String f : facilities) {
                try {
                    chosen.add(Facility.valueOf(f));
                } catch (IllegalArgumentException ignore) {
                    // Not one of the offered check boxes: a forged post; the value is dropped.
                }
            }
            return new LibraryInput.RoomDetails(
                    name,
                    capacity,
                    chosen,
                    accessibilityNl,
                    accessibilityEn,
                    wheelchairAccessible,
                    hearingLoop);
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getCapacity() {
            return capacity;
        }

        public void setCapacity(Integer capacity) {
            this.capacity = capacity;
        }

        public List<String> getFacilities() {
            return facilities;
        }

        public void setFacilities(List<String> facilities) {
            this.facilities = facilities == null ? new ArrayList<>() : new ArrayList<>(facilities);
        }

        public String getAccessibilityNl() {
            return accessibilityNl;
        }

        public void setAccessibilityNl(String accessibilityNl) {
            this.accessibilityNl = accessibilityNl;
        }

        public String getAccessibilityEn() {
            return accessibilityEn;
        }

        public void setAccessibilityEn(String accessibilityEn) {
            this.accessibilityEn = accessibilityEn;
        }

        public boolean isWheelchairAccessible() {
            return wheelchairAccessible;
        }

        public void setWheelchairAccessible(boolean wheelchairAccessible) {
            this.wheelchairAccessible = wheelchairAccessible;
        }

        public boolean isHearingLoop() {
            return hearingLoop;
        }

        public void setHearingLoop(boolean hearingLoop) {
            this.hearingLoop = hearingLoop;
        }
    }
}
