package nl.themaplein.search.ingest;

import static java.util.Map.entry;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Dutch labels for the roles of contributors: MARC relator codes ($4, also as id.loc.gov URIs) and
 * the common relator terms ($e, $j) in English, German, French and Dutch, abbreviated or not. A
 * term without a known code is kept as catalogued.
 */
final class RelatorRoles {

    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[.,;:]+$");

    private static final String RELATOR_URI = "http://id.loc.gov/vocabulary/relators/";

    /** Relator code to the Dutch label the portal shows. */
    private static final Map<String, String> LABELS =
            Map.ofEntries(
                    entry("act", "acteur"),
                    entry("adp", "bewerker"),
                    entry("aft", "auteur nawoord"),
                    entry("anm", "animator"),
                    entry("arr", "arrangeur"),
                    entry("art", "kunstenaar"),
                    entry("aui", "auteur inleiding"),
                    entry("aus", "scenarist"),
                    entry("aut", "auteur"),
                    entry("cmp", "componist"),
                    entry("cnd", "dirigent"),
                    entry("com", "samensteller"),
                    entry("cre", "maker"),
                    entry("ctb", "medewerker"),
                    entry("ctg", "cartograaf"),
                    entry("cwt", "commentator"),
                    entry("dnc", "danser"),
                    entry("drt", "regisseur"),
                    entry("dst", "distributeur"),
                    entry("edt", "redacteur"),
                    entry("hst", "presentator"),
                    entry("ill", "illustrator"),
                    entry("itr", "instrumentalist"),
                    entry("ive", "geïnterviewde"),
                    entry("ivr", "interviewer"),
                    entry("lbt", "librettist"),
                    entry("lyr", "tekstschrijver"),
                    entry("mus", "muzikant"),
                    entry("nrt", "verteller"),
                    entry("pbl", "uitgever"),
                    entry("pht", "fotograaf"),
                    entry("prf", "uitvoerder"),
                    entry("pro", "producent"),
                    entry("prg", "programmeur"),
                    entry("sng", "zanger"),
                    entry("spk", "spreker"),
                    entry("trl", "vertaler"),
                    entry("voc", "zanger"),
                    entry("wac", "auteur commentaar"),
                    entry("wam", "auteur begeleidende tekst"),
                    entry("wst", "auteur aanvullende tekst"));

    /** Relator terms as catalogued ($e, $j), folded and without final full stop, to their code. */
    private static final Map<String, String> TERMS =
            Map.ofEntries(
                    entry("author", "aut"),
                    entry("auteur", "aut"),
                    entry("verfasser", "aut"),
                    entry("writer", "aut"),
                    entry("schrijver", "aut"),
                    entry("editor", "edt"),
                    entry("ed", "edt"),
                    entry("eds", "edt"),
                    entry("hrsg", "edt"),
                    entry("herausgeber", "edt"),
                    entry("redacteur", "edt"),
                    entry("red", "edt"),
                    entry("editeur scientifique", "edt"),
                    entry("illustrator", "ill"),
                    entry("ill", "ill"),
                    entry("illustrateur", "ill"),
                    entry("illustrator in", "ill"),
                    entry("translator", "trl"),
                    entry("tr", "trl"),
                    entry("trans", "trl"),
                    entry("ubersetzer", "trl"),
                    entry("vertaler", "trl"),
                    entry("vert", "trl"),
                    entry("traducteur", "trl"),
                    entry("trad", "trl"),
                    entry("narrator", "nrt"),
                    entry("verteller", "nrt"),
                    entry("voorlezer", "nrt"),
                    entry("composer", "cmp"),
                    entry("komponist", "cmp"),
                    entry("componist", "cmp"),
                    entry("compositeur", "cmp"),
                    entry("performer", "prf"),
                    entry("director", "drt"),
                    entry("film director", "drt"),
                    entry("regisseur", "drt"),
                    entry("actor", "act"),
                    entry("acteur", "act"),
                    entry("compiler", "com"),
                    entry("comp", "com"),
                    entry("samensteller", "com"),
                    entry("photographer", "pht"),
                    entry("fotograaf", "pht"),
                    entry("conductor", "cnd"),
                    entry("dirigent", "cnd"),
                    entry("arranger", "arr"),
                    entry("arr", "arr"),
                    entry("lyricist", "lyr"),
                    entry("singer", "sng"),
                    entry("vocalist", "sng"),
                    entry("instrumentalist", "itr"),
                    entry("musician", "mus"),
                    entry("publisher", "pbl"),
                    entry("contributor", "ctb"),
                    entry("mitwirkender", "ctb"),
                    entry("creator", "cre"),
                    entry("cartographer", "ctg"),
                    entry("producer", "pro"),
                    entry("screenwriter", "aus"),
                    entry("writer of introduction", "aui"),
                    entry("writer of afterword", "aft"),
                    entry("writer of supplementary textual content", "wst"),
                    entry("interviewer", "ivr"),
                    entry("interviewee", "ive"),
                    entry("host", "hst"),
                    entry("speaker", "spk"),
                    entry("programmer", "prg"),
                    entry("adapter", "adp"),
                    entry("artist", "art"),
                    entry("librettist", "lbt"),
                    entry("dancer", "dnc"),
                    entry("animator", "anm"));

    private RelatorRoles() {}

    /** The Dutch label of a relator code or URI, or null when the code is unknown. */
    static String labelOfCode(String code) {
        if (code == null) {
            return null;
        }
        String key = code.strip().toLowerCase(Locale.ROOT);
        if (key.startsWith(RELATOR_URI)) {
            key = key.substring(RELATOR_URI.length());
        }
        return LABELS.get(MarcText.fold(key));
    }

    /**
     * The Dutch label of a relator term: the label of its code when the term is known, else the
     * term as catalogued without its final punctuation. Null for a blank term.
     */
    static String labelOfTerm(String term) {
        String cleaned = MarcText.clean(term);
        if (cleaned == null) {
            return null;
        }
        String withoutFinalStop = FINAL_PUNCTUATION.matcher(cleaned).replaceAll("").strip();
        String code = TERMS.get(MarcText.fold(withoutFinalStop));
        String label = code == null ? null : LABELS.get(code);
        return label != null ? label : nullIfEmpty(withoutFinalStop);
    }

    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }
}
