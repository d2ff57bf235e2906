package nl.themaplein.portal.library;

/** Message keys of slice C (libraries, rooms, themes) in {@code nl.themaplein.portal.Messages}. */
public final class LibraryMessages {

    public static final String NOT_PERMITTED = "library.notPermitted";
    public static final String TIME_INVALID = "library.hours.timeInvalid";
    public static final String END_BEFORE_START = "library.hours.endBeforeStart";
    public static final String OVERLAP = "library.hours.overlap";
    public static final String DATE_INVALID = "library.exception.dateInvalid";
    public static final String DATE_TWICE = "library.exception.dateTwice";
    public static final String CAPACITY_INVALID = "rooms.capacity.invalid";
    public static final String ROOM_NAME_TAKEN = "rooms.name.taken";
    public static final String CODE_TAKEN = "library.code.taken";
    public static final String PHOTO_NOT_IMAGE = "rooms.photo.notImage";
    public static final String PHOTO_TOO_LARGE = "rooms.photo.tooLarge";
    public static final String PHOTO_TOO_MANY_PIXELS = "rooms.photo.tooManyPixels";
    public static final String THEME_NAME_TAKEN = "themes.name.taken";
    public static final String CLOSED_WITH_HOURS = "library.exception.closedWithHours";

    private LibraryMessages() {}
}
