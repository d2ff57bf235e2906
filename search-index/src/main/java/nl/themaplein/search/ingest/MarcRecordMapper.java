package nl.themaplein.search.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.themaplein.search.ingest.CatalogueRecord.Contributor;
import nl.themaplein.search.ingest.CatalogueRecord.Link;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;

/**
 * Maps a MARC 21 bibliographic record (marc4j) to the portal's {@link CatalogueRecord}: the fields
 * of issue 2, point 5. All text comes out NFC, without control characters, replacement characters
 * or stray combining marks. The mapper holds no state and is safe to share between threads.
 */
public final class MarcRecordMapper {

    /** Title shown for a record that carries none (no 245, or a 245 without any title text). */
    public static final String UNTITLED = "[Zonder titel]";

    /** Prefix of ids made from the record's content when it has no 001. */
    public static final String HASH_ID_PREFIX = "hash-";

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{3}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])([0-9]{4})(?![0-9])");
    private static final int FIRST_YEAR = 1000;
    private static final int LAST_YEAR = 2100;

    private static final String PERSON_NAME_CODES = "abcqd";
    private static final String CORPORATE_NAME_CODES = "abcdng";
    private static final String MEETING_NAME_CODES = "acdenqg";
    private static final String SUBDIVISION_CODES = "vxyz";
    private static final String SUBJECT_SKIPPED_CODES = "0123456789e";

    /** Maps one record read from {@code source} (a file name or feed name). */
    public CatalogueRecord map(Record record, String source) {
        Title title = title(record);
        return new CatalogueRecord(
                id(record),
                title.display(),
                title.main(),
                title.subtitle(),
                title.sortKey(),
                title.present(),
                contributors(record),
                subjects(record),
                headings(record, "655"),
                isbns(record),
                isbnSearchKeys(record),
                languages(record),
                year(record),
                publicationValues(record, 'b'),
                publicationValues(record, 'a'),
                series(record),
                values(record, "520", 'a', false),
                MaterialFormat.of(record),
                links(record),
                callNumbers(record),
                source);
    }

    // ---- id

    /**
     * 001 trimmed; without one, a hash of the record's content (leader/06-07 and every field except
     * 001 and the 005 time stamp, NFC), so the same record gets the same id on every import, also
     * when one copy is MARC-8 and the other UTF-8.
     */
    static String id(Record record) {
        String controlNumber = MarcText.clean(controlData(record, "001"));
        return controlNumber != null ? controlNumber : HASH_ID_PREFIX + contentHash(record);
    }

    private static String contentHash(Record record) {
        StringBuilder canonical = new StringBuilder();
        if (record.getLeader() != null) {
            canonical.append(record.getLeader().getTypeOfRecord());
            canonical.append(record.getLeader().getImplDefined1()[0]);
        }
        for (ControlField field : record.getControlFields()) {
            if (!field.getTag().equals("001") && !field.getTag().equals("005")) {
                canonical.append('\u001e').append(field.getTag());
                canonical.append(MarcText.normalizeData(field.getData()));
            }
        }
        for (DataField field : record.getDataFields()) {
            canonical.append('\u001e').append(field.getTag());
            canonical.append(field.getIndicator1()).append(field.getIndicator2());
            for (Subfield subfield : field.getSubfields()) {
                canonical.append('\u001f').append(subfield.getCode());
                canonical.append(MarcText.normalizeData(subfield.getData()));
            }
        }
        return HexFormat.of().formatHex(sha256(canonical.toString()), 0, 10);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    // ---- title

    /** The parts of a title as the mapper derives them from 245. */
    record Title(String display, String main, String subtitle, String sortKey, boolean present) {

        static final Title NONE = new Title(UNTITLED, null, null, null, false);
    }

    /**
     * Title from 245 $a $b $n $p in catalogue order, with the ISBD separators the record lacks put
     * in; without $a, from $k (form) and $f/$g (dates), as archives catalogue collections.
     */
    static Title title(Record record) {
        DataField field = dataField(record, "245");
        if (field == null) {
            return Title.NONE;
        }
        boolean hasMain = MarcText.clean(subfieldData(field, 'a')) != null;
        String display = joinTitleParts(field, hasMain ? "abnp" : "kfgbnp");
        if (display == null) {
            return Title.NONE;
        }
        String main = MarcText.cleanTrimmed(subfieldData(field, 'a'));
        String subtitle = MarcText.cleanTrimmed(subfieldData(field, 'b'));
        return new Title(display, main, subtitle, sortKey(display, field.getIndicator2()), true);
    }

    private static String joinTitleParts(DataField field, String codes) {
        StringBuilder title = new StringBuilder();
        for (Subfield subfield : field.getSubfields()) {
            String part = MarcText.clean(subfield.getData());
            if (part == null || codes.indexOf(subfield.getCode()) < 0) {
                continue;
            }
            if (!title.isEmpty()) {
                title.append(separatorBefore(subfield.getCode(), title));
            }
            title.append(part);
        }
        return title.isEmpty() ? null : nullIfEmpty(MarcText.trimPunctuation(title.toString()));
    }

    /**
     * ` : ` before other title information and `. ` before a part, unless the catalogue has one.
     */
    private static String separatorBefore(char code, StringBuilder title) {
        char last = title.charAt(title.length() - 1);
        if (".:;=/,!?".indexOf(last) >= 0) {
            return " ";
        }
        return switch (code) {
            case 'b' -> " : ";
            case 'n', 'p' -> ". ";
            default -> " ";
        };
    }

    /**
     * Sort key: the title without the non-filing characters 245 ind2 counts ("De ", "'t ", "The "),
     * folded to lower case without diacritics.
     */
    private static String sortKey(String display, char nonFilingIndicator) {
        int skip = Character.isDigit(nonFilingIndicator) ? nonFilingIndicator - '0' : 0;
        String filing = skip > 0 && skip < display.length() ? display.substring(skip) : display;
        String key = MarcText.fold(filing);
        return key.isEmpty() ? MarcText.fold(display) : key;
    }

    // ---- contributors

    private static List<Contributor> contributors(Record record) {
        Set<Contributor> contributors = new LinkedHashSet<>();
        for (String tag : List.of("100", "110", "111", "700", "710", "711")) {
            for (DataField field : dataFields(record, tag)) {
                Contributor contributor = contributor(field);
                if (contributor != null) {
                    contributors.add(contributor);
                }
            }
        }
        return List.copyOf(contributors);
    }

    private static Contributor contributor(DataField field) {
        String tag = field.getTag();
        boolean meeting = tag.endsWith("11");
        String nameCodes =
                meeting
                        ? MEETING_NAME_CODES
                        : tag.endsWith("10") ? CORPORATE_NAME_CODES : PERSON_NAME_CODES;
        String name = joinSubfields(field, nameCodes, " ");
        if (name == null) {
            return null;
        }
        return new Contributor(MarcText.trimPunctuation(name), role(field, meeting ? 'j' : 'e'));
    }

    /** Roles from the relator terms ($e, or $j for meetings) and codes ($4), as Dutch labels. */
    private static String role(DataField field, char termCode) {
        Set<String> roles = new LinkedHashSet<>();
        for (Subfield subfield : field.getSubfields()) {
            String label = null;
            if (subfield.getCode() == termCode) {
                label = RelatorRoles.labelOfTerm(subfield.getData());
            } else if (subfield.getCode() == '4') {
                label = RelatorRoles.labelOfCode(subfield.getData());
            }
            if (label != null) {
                roles.add(label);
            }
        }
        return roles.isEmpty() ? null : String.join(", ", roles);
    }

    // ---- subjects and genres

    private static List<String> subjects(Record record) {
        Set<String> subjects = new LinkedHashSet<>();
        for (String tag : List.of("600", "610", "611", "630", "648", "650", "651")) {
            subjects.addAll(headings(record, tag));
        }
        subjects.addAll(values(record, "653", 'a', true));
        return List.copyOf(subjects);
    }

    /** Headings of one tag, each with its subdivisions ($v $x $y $z) joined by ` -- `. */
    private static List<String> headings(Record record, String tag) {
        Set<String> headings = new LinkedHashSet<>();
        for (DataField field : dataFields(record, tag)) {
            String heading = heading(field);
            if (heading != null) {
                headings.add(heading);
            }
        }
        return List.copyOf(headings);
    }

    private static String heading(DataField field) {
        List<StringBuilder> segments = new ArrayList<>();
        segments.add(new StringBuilder());
        for (Subfield subfield : field.getSubfields()) {
            char code = subfield.getCode();
            String data = MarcText.clean(subfield.getData());
            if (data == null || SUBJECT_SKIPPED_CODES.indexOf(code) >= 0) {
                continue;
            }
            StringBuilder segment = segments.getLast();
            if (SUBDIVISION_CODES.indexOf(code) >= 0 && !segment.isEmpty()) {
                segment = new StringBuilder();
                segments.add(segment);
            }
            segment.append(segment.isEmpty() ? "" : " ").append(data);
        }
        List<String> parts = new ArrayList<>();
        for (StringBuilder segment : segments) {
            String part = segment.isEmpty() ? null : MarcText.cleanTrimmed(segment.toString());
            if (part != null) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join(" -- ", parts);
    }

    // ---- ISBN

    private static List<String> isbns(Record record) {
        return values(record, "020", 'a', true);
    }

    private static List<String> isbnSearchKeys(Record record) {
        Set<String> keys = new LinkedHashSet<>();
        for (String isbn : isbns(record)) {
            keys.addAll(Isbn.searchKeys(isbn));
        }
        return List.copyOf(keys);
    }

    // ---- language and year

    /** 008/35-37, then every code of 041 $a (also when catalogued run together, "dutfre"). */
    private static List<String> languages(Record record) {
        Set<String> languages = new LinkedHashSet<>();
        String fixed = controlData(record, "008");
        if (fixed != null && fixed.length() >= 38) {
            addLanguageCodes(languages, fixed.substring(35, 38));
        }
        for (DataField field : dataFields(record, "041")) {
            for (Subfield subfield : field.getSubfields('a')) {
                addLanguageCodes(languages, subfield.getData());
            }
        }
        return List.copyOf(languages);
    }

    private static void addLanguageCodes(Set<String> languages, String text) {
        if (text == null) {
            return;
        }
        String compact = text.strip().toLowerCase(Locale.ROOT);
        if (compact.length() % 3 != 0) {
            return;
        }
        for (int i = 0; i < compact.length(); i += 3) {
            String code = compact.substring(i, i + 3);
            if (LANGUAGE_CODE.matcher(code).matches()) {
                languages.add(code);
            }
        }
    }

    /** 008/07-10 when it is a year, else the first year in 264 (publication first) or 260 $c. */
    private static Integer year(Record record) {
        String fixed = controlData(record, "008");
        if (fixed != null && fixed.length() >= 11) {
            Integer year = plausibleYear(fixed.substring(7, 11));
            if (year != null) {
                return year;
            }
        }
        for (DataField field : publicationFields(record, true)) {
            for (Subfield subfield : field.getSubfields('c')) {
                Matcher matcher = YEAR.matcher(subfield.getData());
                while (matcher.find()) {
                    Integer year = plausibleYear(matcher.group(1));
                    if (year != null) {
                        return year;
                    }
                }
            }
        }
        return null;
    }

    private static Integer plausibleYear(String digits) {
        if (!FOUR_DIGITS.matcher(digits).matches()) {
            return null;
        }
        int year = Integer.parseInt(digits);
        return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
    }

    // ---- publisher, place, series, summary

    /**
     * Publisher ($b) or place ($a) from 264 ind2=1, or from 260 when the record has no such 264.
     */
    private static List<String> publicationValues(Record record, char code) {
        Set<String> values = new LinkedHashSet<>();
        for (DataField field : publicationFields(record, false)) {
            for (Subfield subfield : field.getSubfields(code)) {
                String value = MarcText.cleanTrimmed(subfield.getData());
                if (value != null) {
                    values.add(value);
                }
            }
        }
        return List.copyOf(values);
    }

    /**
     * 264 ind2=1 (publication) when present, else 260; with {@code wide}, then also the other 264s
     * (production, distribution, manufacture, copyright), which can still give a year.
     */
    private static List<DataField> publicationFields(Record record, boolean wide) {
        List<DataField> fields = new ArrayList<>();
        List<DataField> others = new ArrayList<>();
        for (DataField field : dataFields(record, "264")) {
            (field.getIndicator2() == '1' ? fields : others).add(field);
        }
        if (fields.isEmpty()) {
            fields.addAll(dataFields(record, "260"));
        }
        if (wide) {
            fields.addAll(others);
        }
        return fields;
    }

    /** 490 $a and the series added entries 800/810/811/830, once each. */
    private static List<String> series(Record record) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String title : values(record, "490", 'a', true)) {
            byKey.putIfAbsent(MarcText.fold(title), title);
        }
        for (String tag : List.of("800", "810", "811", "830")) {
            for (DataField field : dataFields(record, tag)) {
                String title = joinSubfields(field, tag.equals("830") ? "anp" : "abcdqtnp", " ");
                if (title != null) {
                    String trimmed = MarcText.trimPunctuation(title);
                    byKey.putIfAbsent(MarcText.fold(trimmed), trimmed);
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    // ---- links and call numbers

    /** 856 $u over http or https, labelled by $y, else $3, else $z. */
    private static List<Link> links(Record record) {
        Map<String, Link> byUrl = new LinkedHashMap<>();
        for (DataField field : dataFields(record, "856")) {
            String label = firstNonBlank(field, "y3z");
            for (Subfield subfield : field.getSubfields('u')) {
                String url = MarcText.clean(subfield.getData());
                if (url != null && isWebUrl(url)) {
                    byUrl.putIfAbsent(url, new Link(url, label));
                }
            }
        }
        return List.copyOf(byUrl.values());
    }

    /** Only web links reach the record page; `javascript:` and the like never do. */
    private static boolean isWebUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && !url.contains(" ");
    }

    /** 852 $h with $i, then local call numbers 090/092 ($a $b) and 099 ($a), as catalogued. */
    private static List<String> callNumbers(Record record) {
        Set<String> callNumbers = new LinkedHashSet<>();
        addJoined(callNumbers, dataFields(record, "852"), "hi");
        addJoined(callNumbers, dataFields(record, "090"), "ab");
        addJoined(callNumbers, dataFields(record, "092"), "ab");
        addJoined(callNumbers, dataFields(record, "099"), "a");
        return List.copyOf(callNumbers);
    }

    private static void addJoined(Set<String> target, List<DataField> fields, String codes) {
        for (DataField field : fields) {
            String value = joinSubfields(field, codes, " ");
            if (value != null) {
                target.add(value);
            }
        }
    }

    // ---- helpers

    /**
     * Every value of one subfield code in one tag, cleaned, optionally trimmed, without repeats.
     */
    private static List<String> values(Record record, String tag, char code, boolean trim) {
        Set<String> values = new LinkedHashSet<>();
        for (DataField field : dataFields(record, tag)) {
            for (Subfield subfield : field.getSubfields(code)) {
                String value =
                        trim
                                ? MarcText.cleanTrimmed(subfield.getData())
                                : MarcText.clean(subfield.getData());
                if (value != null) {
                    values.add(value);
                }
            }
        }
        return List.copyOf(values);
    }

    private static String joinSubfields(DataField field, String codes, String separator) {
        StringBuilder joined = new StringBuilder();
        for (Subfield subfield : field.getSubfields()) {
            String data = MarcText.clean(subfield.getData());
            if (data != null && codes.indexOf(subfield.getCode()) >= 0) {
                joined.append(joined.isEmpty() ? "" : separator).append(data);
            }
        }
        return joined.isEmpty() ? null : joined.toString();
    }

    private static String firstNonBlank(DataField field, String codesInPreference) {
        for (char code : codesInPreference.toCharArray()) {
            for (Subfield subfield : field.getSubfields(code)) {
                String value = MarcText.clean(subfield.getData());
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static String subfieldData(DataField field, char code) {
        Subfield subfield = field.getSubfield(code);
        return subfield == null ? null : subfield.getData();
    }

    private static String controlData(Record record, String tag) {
        VariableField field = record.getVariableField(tag);
        return field instanceof ControlField control ? control.getData() : null;
    }

    private static DataField dataField(Record record, String tag) {
        for (VariableField field : record.getVariableFields(tag)) {
            if (field instanceof DataField data) {
                return data;
            }
        }
        return null;
    }

    private static List<DataField> dataFields(Record record, String tag) {
        List<DataField> fields = new ArrayList<>();
        for (VariableField field : record.getVariableFields(tag)) {
            if (field instanceof DataField data) {
                fields.add(data);
            }
        }
        return fields;
    }

    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }
}
