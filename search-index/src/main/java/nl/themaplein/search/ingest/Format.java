package nl.themaplein.search.ingest;

/** Material format of a catalogue record, derived from leader/06-07, 007 and 008. */
public enum Format {
    BOOK,
    EBOOK,
    AUDIOBOOK,
    MUSIC_RECORDING,
    MUSIC_SCORE,
    VIDEO,
    MAP,
    SERIAL,
    ONLINE_RESOURCE,
    SOFTWARE,
    GAME,
    OTHER
}
