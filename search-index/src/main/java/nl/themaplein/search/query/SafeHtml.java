package nl.themaplein.search.query;

/**
 * Highlighted text as safe HTML: the text is escaped first, and only then are the highlighter's
 * marks turned into {@code <mark>} elements. Solr returns the marks as two private-use characters
 * ({@link #MARK_START}, {@link #MARK_END}) rather than tags, so nothing Solr returns is ever taken
 * as markup.
 */
public final class SafeHtml {

    /** Sent to Solr as {@code hl.tag.pre}. */
    public static final String MARK_START = "\uE000";

    /** Sent to Solr as {@code hl.tag.post}. */
    public static final String MARK_END = "\uE001";

    private SafeHtml() {}

    /** Text escaped for HTML element content and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Escaped text with {@code <mark>…</mark>} where the highlighter marked it. When the marks do
     * not pair up (the stored text itself carried one of the private-use characters), the text is
     * returned escaped and unmarked.
     */
    public static String highlight(String marked) {
        String escaped = escape(marked);
        if (!balanced(escaped)) {
            return escaped.replace(MARK_START, "").replace(MARK_END, "");
        }
        return escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
    }

    private static boolean balanced(String text) {
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == MARK_START.charAt(0)) {
                if (open) {
                    return false;
                }
                open = true;
            } else if (c == MARK_END.charAt(0)) {
                if (!open) {
                    return false;
                }
                open = false;
            }
        }
        return !open;
    }
}
