package nl.themaplein.portal.library;

/** What a room offers; stored by name, shown through the message key {@code facility.<NAME>}. */
public enum Facility {
    PROJECTOR,
    LARGE_SCREEN,
    WIFI,
    WHITEBOARD,
    SOUND_SYSTEM,
    COMPUTERS,
    KITCHENETTE,
    MAKER_TOOLS
}
