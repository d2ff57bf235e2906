package nl.themaplein.portal.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.config.ConfigKey;
import nl.themaplein.portal.error.DuplicateException;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.error.NoSuchEntityException;
import nl.themaplein.portal.setup.DatabaseMigrations;
import nl.themaplein.portal.text.TextInput;
import org.eclipse.microprofile.config.Config;

/**
 * Library organisations, their branches and rooms, and whether a branch is open. Reads come with
 * what a page shows loaded (branches, their hours and rooms) in a fixed number of queries.
 */
@ApplicationScoped
@Transactional
public class LibraryService {

    private static final Logger LOG = Logger.getLogger(LibraryService.class.getName());

    @PersistenceContext(unitName = DatabaseMigrations.PERSISTENCE_UNIT)
    private EntityManager em;

    @Inject private Config config;

    private RoomPhotoFiles photoFiles;

    /** For the container. */
    public LibraryService() {}

    /** Outside a container (tests, tools): with an entity manager of one's own. */
    public LibraryService(EntityManager em) {
        this.em = em;
    }

    /** Outside a container, with room photos kept under {@code photoFiles}. */
    public LibraryService(EntityManager em, RoomPhotoFiles photoFiles) {
        this.em = em;
        this.photoFiles = photoFiles;
    }

    /**
     * Every organisation by name, with branches, their regular hours and rooms loaded: one query
     * per level (EclipseLink batch reading with IN), however many branches and rooms there are.
     */
    public List<Organisation> organisations() {
        return em.createNamedQuery(Organisation.FIND_ALL, Organisation.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "o.branches")
                .setHint("eclipselink.batch", "o.branches.openingHours")
                .setHint("eclipselink.batch", "o.branches.rooms")
                .setHint("eclipselink.batch", "o.branches.rooms.facilities")
                .getResultList();
    }

    /** The number of organisations; zero on a fresh installation. */
    public long countOrganisations() {
        return em.createNamedQuery(Organisation.COUNT, Long.class).getSingleResult();
    }

    public Optional<Organisation> findOrganisation(String code) {
        return em.createNamedQuery(Organisation.FIND_BY_CODE, Organisation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Organisation getOrganisation(String code) {
        return findOrganisation(code)
                .orElseThrow(() -> new NoSuchEntityException("organisation", code));
    }

    public Optional<Branch> findBranch(String organisationCode, String branchCode) {
        return em.createNamedQuery(Branch.FIND_BY_CODE, Branch.class)
                .setParameter("organisation", organisationCode)
                .setParameter("code", branchCode)
                .getResultStream()
                .findFirst();
    }

    public Branch getBranch(String organisationCode, String branchCode) {
        return findBranch(organisationCode, branchCode)
                .orElseThrow(
                        () ->
                                new NoSuchEntityException(
                                        "branch", organisationCode + "/" + branchCode));
    }

    public Optional<Branch> findBranch(long id) {
        return Optional.ofNullable(em.find(Branch.class, id));
    }

    public Branch getBranch(long id) {
        return findBranch(id).orElseThrow(() -> new NoSuchEntityException("branch", id));
    }

    /** Saves a new organisation with its branches and rooms. */
    public Organisation create(Organisation organisation) {
        em.persist(organisation);
        LOG.log(
                Level.INFO,
                "Library organisation {0} created with {1} branches",
                new Object[] {organisation.getCode(), organisation.getBranches().size()});
        return organisation;
    }

    /** Records other hours (or closure) of a branch on one date. */
    public OpeningException addException(OpeningException exception) {
        em.persist(exception);
        LOG.log(
                Level.INFO,
                "Opening exception on {0} recorded for branch {1}",
                new Object[] {exception.getDate(), exception.getBranch().getCode()});
        return exception;
    }

    /** The special days of a branch from {@code from} to {@code to}, both included. */
    public List<OpeningException> exceptions(Branch branch, LocalDate from, LocalDate to) {
        return em.createNamedQuery(OpeningException.FIND_BETWEEN, OpeningException.class)
                .setParameter("branch", branch)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** The opening hours of a branch as they stand on the given dates (with special days). */
    public OpeningHours openingHours(Branch branch, LocalDate from, LocalDate to) {
        List<OpeningHours.SpecialDay> specialDays =
                exceptions(branch, from, to).stream().map(OpeningException::toSpecialDay).toList();
        return OpeningHours.of(branch.getOpeningHours(), specialDays);
    }

    /** Whether the branch is open at that moment, open this evening, and when it opens next. */
    public OpeningStatus openingStatus(long branchId, Instant at) {
        Branch branch = getBranch(branchId);
        LocalDate today = at.atZone(OpeningHours.ZONE).toLocalDate();
        return openingHours(branch, today, today.plusDays(OpeningHours.LOOK_AHEAD_DAYS))
                .statusAt(at);
    }

    // --- Managing a library (issue 3, slice C). Every change names the caller's account id and is
    // checked against the caller's roles in the organisation concerned.

    /** Who may change what. */
    public OrganisationAccess access() {
        return new OrganisationAccess(em);
    }

    /** The room photo files ({@code <portal.data.dir>/media/rooms}). */
    public RoomPhotoFiles photoFiles() {
        if (photoFiles == null) {
            photoFiles =
                    new RoomPhotoFiles(
                            Path.of(
                                    ConfigKey.DATA_DIR.value(config, String.class),
                                    "media",
                                    "rooms"));
        }
        return photoFiles;
    }

    /** The organisations the account may manage, by name (all of them for an admin). */
    public List<Organisation> managedOrganisations(long accountId) {
        OrganisationAccess access = access();
        return organisations().stream().filter(o -> access.mayManage(accountId, o)).toList();
    }

    /** A new organisation without branches; administrators only. */
    public Organisation createOrganisation(
            long accountId, String code, String name, String website) {
        access().requireAdmin(accountId, "organisations");
        String checkedCode = TextInput.code("code", code, Organisation.CODE_MAX);
        if (findOrganisation(checkedCode).isPresent()) {
            throw new DuplicateException("code", LibraryMessages.CODE_TAKEN);
        }
        Organisation organisation =
                new Organisation(
                        checkedCode,
                        TextInput.singleLine("name", name, Organisation.NAME_MAX),
                        TextInput.optionalSingleLine("website", website, Organisation.WEBSITE_MAX)
                                .orElse(null));
        em.persist(organisation);
        LOG.log(
                Level.INFO,
                "Library organisation {0} created by account {1}",
                new Object[] {checkedCode, accountId});
        return organisation;
    }

    /** Changes the name and website of an organisation. */
    public Organisation updateOrganisation(
            long accountId, String code, String name, String website) {
        Organisation organisation = getOrganisation(code);
        access().requireManager(accountId, organisation);
        organisation.setName(TextInput.singleLine("name", name, Organisation.NAME_MAX));
        organisation.setWebsite(
                TextInput.optionalSingleLine("website", website, Organisation.WEBSITE_MAX)
                        .orElse(null));
        LOG.log(
                Level.INFO,
                "Library organisation {0} changed by account {1}",
                new Object[] {code, accountId});
        return organisation;
    }

    /** A new branch of an organisation, closed every day until its hours are set. */
    public Branch addBranch(
            long accountId,
            String organisationCode,
            String branchCode,
            LibraryInput.BranchDetails details) {
        Organisation organisation = getOrganisation(organisationCode);
        access().requireManager(accountId, organisation);
        String code = TextInput.code("code", branchCode, Branch.CODE_MAX);
        if (findBranch(organisationCode, code).isPresent()) {
            throw new DuplicateException("code", LibraryMessages.CODE_TAKEN);
        }
        Branch branch = new Branch(code, "-", "-", "-", "-", "-");
        apply(branch, details);
        organisation.addBranch(branch);
        em.persist(branch);
        LOG.log(
                Level.INFO,
                "Branch {0}/{1} added by account {2}",
                new Object[] {organisationCode, code, accountId});
        return branch;
    }

    /** Changes the details of a branch. */
    public Branch updateBranch(
            long accountId,
            String organisationCode,
            String branchCode,
            LibraryInput.BranchDetails details) {
        Branch branch = managedBranch(accountId, organisationCode, branchCode);
        apply(branch, details);
        LOG.log(
                Level.INFO,
                "Branch {0}/{1} changed by account {2}",
                new Object[] {organisationCode, branchCode, accountId});
        return branch;
    }

    /**
     * Replaces the regular week of a branch: each weekday gets the intervals given (several:
     * morning and evening); a weekday without intervals (or left out) is closed.
     */
    public Branch setWeek(
            long accountId,
            String organisationCode,
            String branchCode,
            Map<DayOfWeek, List<LibraryInput.Interval>> week) {
        Branch branch = managedBranch(accountId, organisationCode, branchCode);
        Map<DayOfWeek, List<TimeRange>> checked = new java.util.EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            checked.put(
                    day,
                    LibraryInput.intervals(
                            LibraryInput.weekdayField(day), week.getOrDefault(day, List.of())));
        }
        // The collection table's key is (branch, weekday, opening time): EclipseLink would insert
        // an
        // interval whose closing time changed before deleting the old row, and its by-value deletes
        // do not reliably match TIME columns on H2. So: empty the collection, flush, delete the
        // branch's rows by key, and let the commit insert the whole week afresh.
        branch.clearOpeningHours();
        em.flush();
        em.createNativeQuery("DELETE FROM branch_opening_hours WHERE branch_id = ?1")
                .setParameter(1, branch.getId())
                .executeUpdate();
        checked.forEach(branch::setOpeningHours);
        LOG.log(
                Level.INFO,
                "Opening hours of branch {0}/{1} changed by account {2}",
                new Object[] {organisationCode, branchCode, accountId});
        return branch;
    }

    /**
     * Replaces the exceptions of a branch from today on (the past stays as it was): each a date
     * with a reason in Dutch and English, closed all day or with other hours.
     */
    public List<OpeningException> setExceptions(
            long accountId,
            String organisationCode,
            String branchCode,
            List<LibraryInput.ExceptionDay> exceptions) {
        Branch branch = managedBranch(accountId, organisationCode, branchCode);
        LocalDate today = LocalDate.now(OpeningHours.ZONE);
        List<OpeningException> created = new ArrayList<>();
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < exceptions.size(); i++) {
            LibraryInput.ExceptionDay typed = exceptions.get(i);
            String field = "exceptions[" + i + "]";
            LocalDate date = LibraryInput.date(field + ".date", typed.date());
            if (date.isBefore(today)) {
                throw new InvalidInputException(field + ".date", LibraryMessages.DATE_INVALID);
            }
            if (!dates.add(date)) {
                throw new InvalidInputException(field + ".date", LibraryMessages.DATE_TWICE);
            }
            created.add(
                    new OpeningException(
                            branch,
                            date,
                            TextInput.singleLine(
                                    field + ".reasonNl",
                                    typed.reasonNl(),
                                    OpeningException.REASON_MAX),
                            TextInput.singleLine(
                                    field + ".reasonEn",
                                    typed.reasonEn(),
                                    OpeningException.REASON_MAX),
                            LibraryInput.intervals(field + ".hours", typed.hours())));
        }
        exceptions(branch, today, LocalDate.of(9999, 12, 31)).forEach(em::remove);
        em.flush();
        created.forEach(em::persist);
        LOG.log(
                Level.INFO,
                "{0} opening exceptions of branch {1}/{2} set by account {3}",
                new Object[] {created.size(), organisationCode, branchCode, accountId});
        return created;
    }

    /** The exceptions of a branch from today on, by date. */
    public List<OpeningException> upcomingExceptions(Branch branch) {
        LocalDate today = LocalDate.now(OpeningHours.ZONE);
        return exceptions(branch, today, LocalDate.of(9999, 12, 31));
    }

    /** A new room in a branch. */
    public Room addRoom(
            long accountId,
            String organisationCode,
            String branchCode,
            LibraryInput.RoomDetails details) {
        Branch branch = managedBranch(accountId, organisationCode, branchCode);
        Room room = new Room("-", 1, false, false);
        apply(branch, room, details);
        branch.addRoom(room);
        em.persist(room);
        LOG.log(
                Level.INFO,
                "Room {0} added to branch {1}/{2} by account {3}",
                new Object[] {room.getId(), organisationCode, branchCode, accountId});
        return room;
    }

    public Optional<Room> findRoom(long roomId) {
        return Optional.ofNullable(em.find(Room.class, roomId));
    }

    public Room getRoom(long roomId) {
        return findRoom(roomId).orElseThrow(() -> new NoSuchEntityException("room", roomId));
    }

    /** Changes a room. */
    public Room updateRoom(long accountId, long roomId, LibraryInput.RoomDetails details) {
        Room room = managedRoom(accountId, roomId);
        apply(room.getBranch(), room, details);
        LOG.log(Level.INFO, "Room {0} changed by account {1}", new Object[] {roomId, accountId});
        return room;
    }

    /** Deletes a room with its photos. */
    public void deleteRoom(long accountId, long roomId) {
        Room room = managedRoom(accountId, roomId);
        List<String> keys = room.getPhotos().stream().map(RoomPhoto::getFileKey).toList();
        room.getBranch().removeRoom(room);
        em.remove(room);
        em.flush();
        keys.forEach(photoFiles()::delete);
        LOG.log(Level.INFO, "Room {0} deleted by account {1}", new Object[] {roomId, accountId});
    }

    /**
     * Adds a photo to a room: the bytes are decoded (a JPEG or PNG image, at most 10 MB),
     * re-encoded without metadata and stored in every size; the alt text is required in both
     * languages.
     */
    public RoomPhoto addPhoto(
            long accountId, long roomId, byte[] image, String altNl, String altEn) {
        Room room = managedRoom(accountId, roomId);
        String dutch = TextInput.singleLine("altNl", altNl, RoomPhoto.ALT_MAX);
        String english = TextInput.singleLine("altEn", altEn, RoomPhoto.ALT_MAX);
        RoomPhotoFiles.Stored stored = photoFiles().store("photo", image);
        RoomPhoto photo =
                room.addPhoto(
                        new RoomPhoto(
                                room,
                                stored.key(),
                                stored.width(),
                                stored.height(),
                                Instant.now()));
        photo.setAlt(dutch, english);
        em.persist(photo);
        LOG.log(
                Level.INFO,
                "Photo {0} ({1}x{2}) added to room {3} by account {4}",
                new Object[] {photo.getId(), stored.width(), stored.height(), roomId, accountId});
        return photo;
    }

    public Optional<RoomPhoto> findPhoto(long photoId) {
        return Optional.ofNullable(em.find(RoomPhoto.class, photoId));
    }

    /** Changes the alt text of a photo. */
    public RoomPhoto updatePhoto(long accountId, long photoId, String altNl, String altEn) {
        RoomPhoto photo = managedPhoto(accountId, photoId);
        photo.setAlt(
                TextInput.singleLine("altNl", altNl, RoomPhoto.ALT_MAX),
                TextInput.singleLine("altEn", altEn, RoomPhoto.ALT_MAX));
        return photo;
    }

    /** Moves a photo one place towards the first ({@code up}) or the last. */
    public void movePhoto(long accountId, long photoId, boolean up) {
        RoomPhoto photo = managedPhoto(accountId, photoId);
        photo.getRoom().movePhoto(photo, up);
    }

    /** Deletes a photo and its files. */
    public void deletePhoto(long accountId, long photoId) {
        RoomPhoto photo = managedPhoto(accountId, photoId);
        photo.getRoom().removePhoto(photo);
        em.remove(photo);
        em.flush();
        photoFiles().delete(photo.getFileKey());
        LOG.log(Level.INFO, "Photo {0} deleted by account {1}", new Object[] {photoId, accountId});
    }

    private Branch managedBranch(long accountId, String organisationCode, String branchCode) {
        Branch branch = getBranch(organisationCode, branchCode);
        access().requireManager(accountId, branch.getOrganisation());
        return branch;
    }

    private Room managedRoom(long accountId, long roomId) {
        Room room = getRoom(roomId);
        access().requireManager(accountId, room.getBranch().getOrganisation());
        return room;
    }

    private RoomPhoto managedPhoto(long accountId, long photoId) {
        RoomPhoto photo =
                findPhoto(photoId).orElseThrow(() -> new NoSuchEntityException("photo", photoId));
        access().requireManager(accountId, photo.getRoom().getBranch().getOrganisation());
        return photo;
    }

    private static void apply(Branch branch, LibraryInput.BranchDetails details) {
        String name = TextInput.singleLine("name", details.name(), Branch.NAME_MAX);
        String street = TextInput.singleLine("street", details.street(), Branch.STREET_MAX);
        String postcode = TextInput.singleLine("postcode", details.postcode(), Branch.POSTCODE_MAX);
        String place = TextInput.singleLine("place", details.place(), Branch.PLACE_MAX);
        String municipality =
                TextInput.singleLine(
                        "municipality", details.municipality(), Branch.MUNICIPALITY_MAX);
        String phone =
                TextInput.optionalSingleLine("phone", details.phone(), Branch.PHONE_MAX)
                        .orElse(null);
        String email =
                TextInput.optionalSingleLine("email", details.email(), Branch.EMAIL_MAX)
                        .map(
                                typed ->
                                        nl.themaplein.portal.account.EmailAddress.parse(
                                                "email", typed))
                        .map(nl.themaplein.portal.account.EmailAddress::address)
                        .orElse(null);
        branch.setName(name);
        branch.setStreet(street);
        branch.setPostcode(postcode);
        branch.setPlace(place);
        branch.setMunicipality(municipality);
        branch.setPhone(phone);
        branch.setEmail(email);
    }

    private static void apply(Branch branch, Room room, LibraryInput.RoomDetails details) {
        String name = TextInput.singleLine("name", details.name(), Room.NAME_MAX);
        boolean taken =
                branch.getRooms().stream()
                        .anyMatch(other -> other != room && other.getName().equalsIgnoreCase(name));
        if (taken) {
            throw new DuplicateException("name", LibraryMessages.ROOM_NAME_TAKEN);
        }
        if (details.capacity() == null || details.capacity() < 1 || details.capacity() > 10_000) {
            throw new InvalidInputException("capacity", LibraryMessages.CAPACITY_INVALID, 10_000);
        }
        room.setName(name);
        room.setCapacity(details.capacity());
        room.setFacilities(details.facilities() == null ? Set.of() : details.facilities());
        room.setAccessibility(
                TextInput.optionalSingleLine(
                                "accessibilityNl",
                                details.accessibilityNl(),
                                Room.ACCESSIBILITY_MAX)
                        .orElse(null),
                TextInput.optionalSingleLine(
                                "accessibilityEn",
                                details.accessibilityEn(),
                                Room.ACCESSIBILITY_MAX)
                        .orElse(null));
        room.setWheelchairAccessible(details.wheelchairAccessible());
        room.setHearingLoop(details.hearingLoop());
    }
}
