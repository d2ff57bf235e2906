package nl.themaplein.search.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import nl.themaplein.search.ingest.DemoThemes.ForeignTitle;
import nl.themaplein.search.ingest.DemoThemes.Theme;
import nl.themaplein.search.ingest.DemoThemes.Topic;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

/**
 * The demo catalogue: {@value #SIZE} invented catalogue records in Dutch (and a few in English,
 * Frisian, Arabic, Turkish and Polish) for the portal's themes, as MARC 21 records that go through
 * the same mapper as imported ones. Books, e-books (with a link to an invented host), audiobooks,
 * videos and a few games, published 1995–2026, with valid ISBNs, subjects and summaries.
 *
 * <p>Generated from word lists with a fixed seed: the same records, in the same order, every time.
 *
 * <pre>{@code
 * new CatalogueImport(sink).importRecords(DemoCatalogue.SOURCE, DemoCatalogue.records());
 * }</pre>
 */
public final class DemoCatalogue {

    /** Number of demo records. */
    public static final int SIZE = 300;

    /** Source name of the demo records in reports and in the index. */
    public static final String SOURCE = "demo-catalogus";

    private static final long SEED = 20_261_203L;
    private static final String LINK_BASE = "https://e-boeken.themaplein.example/titel/";
    private static final int FIRST_YEAR = 1995;
    private static final int LAST_YEAR = 2026;
    private static final int FOREIGN_EVERY = 27;

    private DemoCatalogue() {}

    /** The demo records, new instances on every call. */
    public static List<Record> records() {
        return new Generator().generate();
    }

    /** The subject headings of the portal's themes, as the demo records carry them. */
    public static List<String> themeSubjects() {
        return DemoThemes.THEMES.stream().map(Theme::subject).toList();
    }

    /** One run of the generator; its random sequence is what makes the output repeatable. */
    private static final class Generator {

        private final Random random = new Random(SEED);
        private final MarcFactory factory = MarcFactory.newInstance();
        private final Set<String> titles = new HashSet<>();
        private int foreignTitles;

        List<Record> generate() {
            List<Record> records = new ArrayList<>(SIZE);
            for (int i = 1; i <= SIZE; i++) {
                records.add(record(i));
            }
            return records;
        }

        private Record record(int number) {
            Format format = pickFormat();
            Theme theme = pick(DemoThemes.THEMES);
            Topic topic = pick(theme.topics());
            String language = "dut";
            String title;
            String subtitle = null;
            if (number % FOREIGN_EVERY == 5) {
                ForeignTitle foreign =
                        DemoThemes.FOREIGN_TITLES.get(
                                foreignTitles++ % DemoThemes.FOREIGN_TITLES.size());
                theme = themeNamed(foreign.theme());
                topic = theme.topics().getFirst();
                language = foreign.language();
                title = foreign.title();
            } else {
                topic = withTitlesLeft(theme, topic);
                title = newTitle(topic);
                subtitle = random.nextInt(3) == 0 ? newSubtitle(topic, title) : null;
            }
            Draft draft =
                    new Draft(
                            number,
                            format,
                            theme,
                            topic,
                            language,
                            title,
                            subtitle,
                            FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1));
            return build(draft);
        }

        private Record build(Draft draft) {
            Record record = factory.newRecord(leader(draft.format()));
            record.addVariableField(factory.newControlField("001", draft.id()));
            record.addVariableField(factory.newControlField("003", "THEMAPLEIN"));
            addPhysicalDescription(record, draft.format());
            record.addVariableField(factory.newControlField("008", fixedField(draft)));
            addIsbn(record, draft.format());
            addLanguages(record, draft);

            Name author = hasAuthor(draft.format()) ? newName() : null;
            Name director = draft.format() == Format.VIDEO ? newName() : null;
            if (author != null) {
                addField(record, "100", '1', ' ', 'a', author.catalogued(), '4', "aut");
            }
            addTitle(record, draft, author, director);
            addPublication(record, draft);
            addField(record, "300", ' ', ' ', 'a', extent(draft.format()));
            addSeries(record);
            addField(record, "520", ' ', ' ', 'a', summary(draft));
            addField(record, "650", ' ', '4', 'a', draft.theme().subject());
            addField(record, "650", ' ', '4', 'a', draft.topic().subject());
            addField(record, "655", ' ', '4', 'a', genre(draft.format()));
            addSecondContributor(record, draft.format(), director);
            addHoldingOrLink(record, draft, author != null ? author : director);
            return record;
        }

        private static boolean hasAuthor(Format format) {
            return format == Format.BOOK || format == Format.EBOOK || format == Format.AUDIOBOOK;
        }

        // ---- fixed fields

        private String leader(Format format) {
            String typeAndLevel =
                    switch (format) {
                        case AUDIOBOOK -> "im";
                        case VIDEO -> "gm";
                        case GAME -> random.nextBoolean() ? "rm" : "mm";
                        default -> "am";
                    };
            return "00000n" + typeAndLevel + " a2200000 i 4500";
        }

        private void addPhysicalDescription(Record record, Format format) {
            String physical =
                    switch (format) {
                        case EBOOK -> "cr |||||||||";
                        case AUDIOBOOK -> "sd fsngnnmmned";
                        case VIDEO -> "vd cvaizq";
                        default -> null;
                    };
            if (physical != null) {
                record.addVariableField(factory.newControlField("007", physical));
            }
        }

        /** 008 for books, sound recordings, visual materials and computer files alike. */
        private String fixedField(Draft draft) {
            char[] fixed = new char[40];
            Arrays.fill(fixed, ' ');
            put(fixed, 0, "%02d0101".formatted(draft.year() % 100));
            put(fixed, 6, "s" + draft.year());
            put(fixed, 15, "ne ");
            put(fixed, 35, draft.language());
            fixed[39] = 'd';
            switch (draft.format()) {
                case EBOOK -> fixed[23] = 'o';
                case VIDEO -> {
                    put(fixed, 18, "%03d".formatted(45 + random.nextInt(80)));
                    fixed[33] = 'v';
                }
                case GAME -> {
                    fixed[26] = 'g';
                    fixed[33] = 'g';
                }
                default -> fixed[33] = '0';
            }
            return new String(fixed);
        }

        // ---- data fields

        private void addIsbn(Record record, Format format) {
            if (format == Format.BOOK || format == Format.EBOOK || format == Format.AUDIOBOOK) {
                addField(record, "020", ' ', ' ', 'a', newIsbn());
            }
        }

        /**
         * 041 for the few records that mix languages; "dutfry" as some catalogues run codes
         * together.
         */
        private void addLanguages(Record record, Draft draft) {
            if (draft.topic().subject().equals("Fries")) {
                addField(record, "041", '0', ' ', 'a', "dutfry");
            } else if (!draft.language().equals("dut") && draft.theme().subject().equals("Taal")) {
                addField(record, "041", '0', ' ', 'a', draft.language(), 'a', "dut");
            }
        }

        private void addTitle(Record record, Draft draft, Name author, Name director) {
            DataField field =
                    factory.newDataField(
                            "245", author == null ? '0' : '1', nonFilingIndicator(draft.title()));
            String responsibility =
                    author != null
                            ? author.natural() + "."
                            : director != null ? "regie " + director.natural() + "." : null;
            String slash = responsibility == null ? "" : " /";
            if (draft.subtitle() == null) {
                field.addSubfield(factory.newSubfield('a', draft.title() + slash));
            } else {
                field.addSubfield(factory.newSubfield('a', draft.title() + " :"));
                field.addSubfield(factory.newSubfield('b', draft.subtitle() + slash));
            }
            if (responsibility != null) {
                field.addSubfield(factory.newSubfield('c', responsibility));
            }
            record.addVariableField(field);
        }

        private void addPublication(Record record, Draft draft) {
            addField(
                    record,
                    "264",
                    ' ',
                    '1',
                    'a',
                    pick(DemoThemes.PLACES) + " :",
                    'b',
                    pick(DemoThemes.PUBLISHERS) + ",",
                    'c',
                    String.valueOf(draft.year()));
        }

        private void addSeries(Record record) {
            if (random.nextInt(10) < 3) {
                addField(
                        record,
                        "490",
                        '0',
                        ' ',
                        'a',
                        pick(DemoThemes.SERIES) + " ;",
                        'v',
                        String.valueOf(1 + random.nextInt(40)));
            }
        }

        private void addSecondContributor(Record record, Format format, Name director) {
            switch (format) {
                case AUDIOBOOK ->
                        addField(
                                record,
                                "700",
                                '1',
                                ' ',
                                'a',
                                newName().catalogued(),
                                'e',
                                "verteller",
                                '4',
                                "nrt");
                case VIDEO ->
                        addField(record, "700", '1', ' ', 'a', director.catalogued(), '4', "drt");
                case BOOK, EBOOK -> {
                    if (random.nextInt(4) == 0) {
                        addField(record, "700", '1', ' ', 'a', newName().catalogued(), '4', "ill");
                    }
                }
                default -> {
                    // Games carry no personal names in the demo.
                }
            }
        }

        /** E-books get a link to an invented host; everything else a shelf mark in 852. */
        private void addHoldingOrLink(Record record, Draft draft, Name creator) {
            if (draft.format() == Format.EBOOK) {
                addField(
                        record,
                        "856",
                        '4',
                        '0',
                        'u',
                        LINK_BASE + draft.id(),
                        'y',
                        "Lees het e-book");
                return;
            }
            String cutter = creator == null ? "SPEL" : creator.cutter();
            String prefix = draft.format() == Format.VIDEO ? "DVD " : "";
            addField(
                    record,
                    "852",
                    ' ',
                    '1',
                    'h',
                    prefix + draft.theme().shelfCode() + " " + cutter);
        }

        // ---- text

        /**
         * The topic, or another one of the theme when every title pattern of its kind has been used
         * for it already: a catalogue of 300 records needs no two books with the same title.
         */
        private Topic withTitlesLeft(Theme theme, Topic topic) {
            if (!freeTitles(topic).isEmpty()) {
                return topic;
            }
            List<Topic> fresh =
                    theme.topics().stream().filter(t -> !freeTitles(t).isEmpty()).toList();
            return fresh.isEmpty() ? topic : pick(fresh);
        }

        private String newTitle(Topic topic) {
            List<String> free = freeTitles(topic);
            String title =
                    free.isEmpty()
                            ? titleOf(topic.kind().titlePatterns().getFirst(), topic)
                            : pick(free);
            titles.add(title);
            return title;
        }

        /** The titles the topic's kind can still give it, in pattern order. */
        private List<String> freeTitles(Topic topic) {
            return topic.kind().titlePatterns().stream()
                    .map(pattern -> titleOf(pattern, topic))
                    .filter(title -> !titles.contains(title))
                    .toList();
        }

        private static String titleOf(String pattern, Topic topic) {
            String title = pattern.formatted(topic.phrase());
            return Character.toUpperCase(title.charAt(0)) + title.substring(1);
        }

        /**
         * A subtitle of the topic's kind that shares no word with the title, so a title never says
         * the same thing twice ("Stap voor stap … : stap voor stap uitgelegd").
         */
        private String newSubtitle(Topic topic, String title) {
            List<String> fitting =
                    topic.kind().subtitles().stream()
                            .filter(subtitle -> !sharesAWord(title, subtitle))
                            .toList();
            return fitting.isEmpty() ? null : pick(fitting);
        }

        private String summary(Draft draft) {
            String opening =
                    switch (draft.format()) {
                        case BOOK -> "Dit boek gaat over " + draft.topic().phrase() + ".";
                        case EBOOK -> "Dit e-book gaat over " + draft.topic().phrase() + ".";
                        case AUDIOBOOK ->
                                "Een luisterboek over "
                                        + draft.topic().phrase()
                                        + ", om thuis of onderweg te beluisteren.";
                        case VIDEO ->
                                "Een film over "
                                        + draft.topic().phrase()
                                        + ", met interviews en beelden uit heel Nederland.";
                        default ->
                                "Een spel over "
                                        + draft.topic().phrase()
                                        + " voor twee tot zes spelers.";
                    };
            return opening
                    + " "
                    + pick(DemoThemes.SUMMARY_SENTENCES)
                    + " "
                    + draft.theme().audience();
        }

        private String extent(Format format) {
            return switch (format) {
                case EBOOK -> "1 online bron";
                case AUDIOBOOK -> "1 cd-rom (mp3)";
                case VIDEO -> "1 dvd-video";
                case GAME -> "1 spel";
                default -> "%d pagina's".formatted(64 + 8 * random.nextInt(40));
            };
        }

        private static String genre(Format format) {
            return switch (format) {
                case AUDIOBOOK -> "Luisterboeken";
                case VIDEO -> "Documentaires";
                case GAME -> "Spellen";
                default -> "Informatieve boeken";
            };
        }

        /** Dutch and English articles are non-filing: "De " and "Het " count 3 and 4 characters. */
        private static char nonFilingIndicator(String title) {
            String lower = title.toLowerCase(Locale.ROOT);
            for (String article : List.of("de ", "het ", "een ", "the ", "a ")) {
                if (lower.startsWith(article)) {
                    return (char) ('0' + article.length());
                }
            }
            return '0';
        }

        /** Whether two texts share a word of four letters or more, case aside. */
        static boolean sharesAWord(String one, String other) {
            Set<String> words = significantWords(one);
            words.retainAll(significantWords(other));
            return !words.isEmpty();
        }

        private static Set<String> significantWords(String text) {
            Set<String> words = new HashSet<>();
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() >= 4) {
                    words.add(word);
                }
            }
            return words;
        }

        // ---- invented values

        private Name newName() {
            String[] surname = pick(DemoThemes.SURNAMES);
            return new Name(pick(DemoThemes.FIRST_NAMES), surname[1], surname[0]);
        }

        /** A valid ISBN-13 in the Dutch-language group 90, hyphenated as catalogued. */
        private String newIsbn() {
            String body = "97890" + "%07d".formatted(random.nextInt(10_000_000));
            int check = Isbn.isbn13CheckDigit(body);
            return "%s-%s-%s-%s-%d"
                    .formatted(
                            body.substring(0, 3),
                            body.substring(3, 5),
                            body.substring(5, 9),
                            body.substring(9, 12),
                            check);
        }

        private Format pickFormat() {
            int roll = random.nextInt(100);
            if (roll < 52) {
                return Format.BOOK;
            } else if (roll < 72) {
                return Format.EBOOK;
            } else if (roll < 85) {
                return Format.AUDIOBOOK;
            } else if (roll < 97) {
                return Format.VIDEO;
            }
            return Format.GAME;
        }

        private <T> T pick(List<T> choices) {
            return choices.get(random.nextInt(choices.size()));
        }

        private static Theme themeNamed(String subject) {
            return DemoThemes.THEMES.stream()
                    .filter(theme -> theme.subject().equals(subject))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No demo theme " + subject));
        }

        private void addField(
                Record record, String tag, char ind1, char ind2, Object... codesAndValues) {
            DataField field = factory.newDataField(tag, ind1, ind2);
            for (int i = 0; i < codesAndValues.length; i += 2) {
                field.addSubfield(
                        factory.newSubfield(
                                (Character) codesAndValues[i], (String) codesAndValues[i + 1]));
            }
            record.addVariableField(field);
        }

        private static void put(char[] fixed, int position, String value) {
            value.getChars(0, value.length(), fixed, position);
        }
    }

    /** What one record is about, before it is written as MARC. */
    private record Draft(
            int number,
            Format format,
            Theme theme,
            Topic topic,
            String language,
            String title,
            String subtitle,
            int year) {

        String id() {
            return "demo-%04d".formatted(number);
        }
    }

    /** An invented person: given name, surname prefix ("van der") and surname. */
    private record Name(String given, String prefix, String surname) {

        /** "Brink, Anne van den", as a catalogue files the name. */
        String catalogued() {
            return surname + ", " + given + (prefix.isEmpty() ? "" : " " + prefix);
        }

        /** "Anne van den Brink", as the title page prints it. */
        String natural() {
            return given + " " + (prefix.isEmpty() ? "" : prefix + " ") + surname;
        }

        /** The first four letters of the surname, for the shelf mark. */
        String cutter() {
            return surname.substring(0, Math.min(4, surname.length())).toUpperCase(Locale.ROOT);
        }
    }
}
