package nl.themaplein.portal.library;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.themaplein.portal.text.Language;

/**
 * A room in a branch where activities take place: how many people it holds, what it offers and how
 * accessible it is, and its photos with alt text in their order.
 */
@Entity
@Table(name = "room")
public class Room {

    public static final int NAME_MAX = 100;
    public static final int ACCESSIBILITY_MAX = 1000;

    @Id
    @SequenceGenerator(name = "room_seq", sequenceName = "room_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "room_seq")
    private Long id;

    @Version private int version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id", nullable = false, updatable = false)
    private Branch branch;

    @NotNull
    @Size(max = NAME_MAX)
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Min(1)
    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "wheelchair_accessible", nullable = false)
    private boolean wheelchairAccessible;

    @Column(name = "hearing_loop", nullable = false)
    private boolean hearingLoop;

    @Size(max = ACCESSIBILITY_MAX)
    @Column(name = "accessibility_nl", length = ACCESSIBILITY_MAX)
    private String accessibilityNl;

    @Size(max = ACCESSIBILITY_MAX)
    @Column(name = "accessibility_en", length = ACCESSIBILITY_MAX)
    private String accessibilityEn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "room_facility", joinColumns = @JoinColumn(name = "room_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "facility", nullable = false, length = 40)
    private Set<Facility> facilities = new HashSet<>();

    @OneToMany(mappedBy = "room", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<RoomPhoto> photos = new ArrayList<>();

    protected Room() {}

    /** A room; add it to its branch with {@code addRoom}. */
    public Room(String name, int capacity, boolean wheelchairAccessible, boolean hearingLoop) {
        this.name = name;
        this.capacity = capacity;
        this.wheelchairAccessible = wheelchairAccessible;
        this.hearingLoop = hearingLoop;
    }

    void setBranch(Branch branch) {
        this.branch = branch;
    }

    public Long getId() {
        return id;
    }

    public Branch getBranch() {
        return branch;
    }

    public String getName() {
        return name;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public void setWheelchairAccessible(boolean wheelchairAccessible) {
        this.wheelchairAccessible = wheelchairAccessible;
    }

    public void setHearingLoop(boolean hearingLoop) {
        this.hearingLoop = hearingLoop;
    }

    /** Accessibility notes in Dutch, or null. */
    public String getAccessibilityNl() {
        return accessibilityNl;
    }

    /** Accessibility notes in English, or null. */
    public String getAccessibilityEn() {
        return accessibilityEn;
    }

    /** The photos in their order. */
    public List<RoomPhoto> getPhotos() {
        return Collections.unmodifiableList(photos);
    }

    /** Adds a photo after the others. */
    RoomPhoto addPhoto(RoomPhoto photo) {
        photo.setSortOrder(photos.size());
        photos.add(photo);
        return photo;
    }

    /** Removes a photo and closes the gap in the order. */
    void removePhoto(RoomPhoto photo) {
        photos.remove(photo);
        renumber();
    }

    /** Moves a photo one place up (towards the first) or down. */
    void movePhoto(RoomPhoto photo, boolean up) {
        int from = photos.indexOf(photo);
        int to = up ? from - 1 : from + 1;
        if (from < 0 || to < 0 || to >= photos.size()) {
            return;
        }
        Collections.swap(photos, from, to);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < photos.size(); i++) {
            photos.get(i).setSortOrder(i);
        }
    }

    public boolean isWheelchairAccessible() {
        return wheelchairAccessible;
    }

    public boolean hasHearingLoop() {
        return hearingLoop;
    }

    /** Notes on access in the given language (a step at the door, a lift …), or null. */
    public String getAccessibility(Language language) {
        return language == Language.EN && accessibilityEn != null
                ? accessibilityEn
                : accessibilityNl;
    }

    /** Sets the accessibility notes in Dutch and English. */
    public void setAccessibility(String dutch, String english) {
        this.accessibilityNl = dutch;
        this.accessibilityEn = english;
    }

    public Set<Facility> getFacilities() {
        return facilities.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(facilities));
    }

    public void setFacilities(Set<Facility> facilities) {
        this.facilities = new HashSet<>(facilities);
    }
}
