package nl.themaplein.portal.library;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A branch (vestiging) of a library organisation: where members go, with its visiting address, its
 * regular opening hours and its rooms. Dated exceptions to the hours are {@link OpeningException}s,
 * kept apart because they pile up over the years.
 */
@Entity
@Table(name = "branch")
@NamedQuery(
        name = Branch.FIND_BY_CODE,
        query =
                "SELECT b FROM Branch b"
                        + " WHERE b.organisation.code = :organisation AND b.code = :code")
@NamedQuery(
        name = Branch.FIND_BY_ORGANISATION,
        query = "SELECT b FROM Branch b WHERE b.organisation = :organisation ORDER BY b.name")
public class Branch {

    public static final String FIND_BY_CODE = "Branch.findByCode";
    public static final String FIND_BY_ORGANISATION = "Branch.findByOrganisation";

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 200;
    public static final int STREET_MAX = 200;
    public static final int POSTCODE_MAX = 10;
    public static final int PLACE_MAX = 100;
    public static final int MUNICIPALITY_MAX = 100;
    public static final int PHONE_MAX = 30;
    public static final int EMAIL_MAX = 254;

    @Id
    @SequenceGenerator(name = "branch_seq", sequenceName = "branch_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "branch_seq")
    private Long id;

    @Version private int version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @NotNull
    @Size(max = CODE_MAX)
    @Column(name = "code", nullable = false, length = CODE_MAX, updatable = false)
    private String code;

    @NotNull
    @Size(max = NAME_MAX)
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Size(max = STREET_MAX)
    @Column(name = "street", nullable = false, length = STREET_MAX)
    private String street;

    @NotNull
    @Size(max = POSTCODE_MAX)
    @Column(name = "postcode", nullable = false, length = POSTCODE_MAX)
    private String postcode;

    @NotNull
    @Size(max = PLACE_MAX)
    @Column(name = "place", nullable = false, length = PLACE_MAX)
    private String place;

    @NotNull
    @Size(max = MUNICIPALITY_MAX)
    @Column(name = "municipality", nullable = false, length = MUNICIPALITY_MAX)
    private String municipality;

    @Size(max = PHONE_MAX)
    @Column(name = "phone", length = PHONE_MAX)
    private String phone;

    @Size(max = EMAIL_MAX)
    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    @ElementCollection
    @CollectionTable(name = "branch_opening_hours", joinColumns = @JoinColumn(name = "branch_id"))
    private List<WeeklyOpening> openingHours = new ArrayList<>();

    @OneToMany(mappedBy = "branch", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Room> rooms = new ArrayList<>();

    protected Branch() {}

    /** A branch at a visiting address; add it to its organisation with {@code addBranch}. */
    public Branch(
            String code,
            String name,
            String street,
            String postcode,
            String place,
            String municipality) {
        this.code = code;
        this.name = name;
        this.street = street;
        this.postcode = postcode;
        this.place = place;
        this.municipality = municipality;
    }

    void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    /**
     * Replaces the regular hours of one weekday; no intervals makes it a closed day. Overlapping
     * intervals are refused.
     */
    public void setOpeningHours(DayOfWeek weekday, List<TimeRange> intervals) {
        OpeningHours.requireNoOverlap(weekday.toString(), intervals);
        openingHours.removeIf(o -> o.getWeekday() == weekday);
        intervals.forEach(hours -> openingHours.add(new WeeklyOpening(weekday, hours)));
    }

    /** Closed every day until hours are set again (the rows go at the next flush). */
    public void clearOpeningHours() {
        openingHours.clear();
    }

    /** Regular hours, by weekday and then by opening time. */
    public List<WeeklyOpening> getOpeningHours() {
        return openingHours.stream()
                .sorted(
                        Comparator.comparing(WeeklyOpening::getWeekday)
                                .thenComparing(WeeklyOpening::getHours))
                .toList();
    }

    /** Adds a room to this branch; it is saved with it. */
    public Room addRoom(Room room) {
        room.setBranch(this);
        rooms.add(room);
        return room;
    }

    /** Removes a room (and its photos) from this branch. */
    public void removeRoom(Room room) {
        rooms.remove(room);
    }

    public List<Room> getRooms() {
        return Collections.unmodifiableList(rooms);
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getCode() {
        return code;
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

    @Override
    public String toString() {
        return "Branch[" + code + "]";
    }
}
