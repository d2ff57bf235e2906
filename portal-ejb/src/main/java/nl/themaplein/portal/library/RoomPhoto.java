package nl.themaplein.portal.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.themaplein.portal.text.Language;

/**
 * A photo of a room with its alt text in Dutch and English. The image itself is on disk in the
 * sized variants {@link RoomPhotoFiles} wrote, under a name the server made ({@code fileKey}).
 */
@Entity
@Table(name = "room_photo")
public class RoomPhoto {

    public static final int ALT_MAX = 300;

    @Id
    @SequenceGenerator(
            name = "room_photo_seq",
            sequenceName = "room_photo_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "room_photo_seq")
    private Long id;

    @Version private int version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_id", nullable = false, updatable = false)
    private Room room;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @NotNull
    @Column(name = "file_key", nullable = false, length = 40, updatable = false)
    private String fileKey;

    @NotNull
    @Size(max = ALT_MAX)
    @Column(name = "alt_nl", nullable = false, length = ALT_MAX)
    private String altNl;

    @NotNull
    @Size(max = ALT_MAX)
    @Column(name = "alt_en", nullable = false, length = ALT_MAX)
    private String altEn;

    @Column(name = "width", nullable = false, updatable = false)
    private int width;

    @Column(name = "height", nullable = false, updatable = false)
    private int height;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected RoomPhoto() {}

    RoomPhoto(Room room, String fileKey, int width, int height, Instant createdAt) {
        this.room = room;
        this.fileKey = fileKey;
        this.width = width;
        this.height = height;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public Room getRoom() {
        return room;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    /** The server-made base name of the files of this photo. */
    public String getFileKey() {
        return fileKey;
    }

    public String getAlt(Language language) {
        return language == Language.EN ? altEn : altNl;
    }

    public void setAlt(String dutch, String english) {
        this.altNl = dutch;
        this.altEn = english;
    }

    /** Width of the largest stored variant, in pixels. */
    public int getWidth() {
        return width;
    }

    /** Height of the largest stored variant, in pixels. */
    public int getHeight() {
        return height;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }
}
