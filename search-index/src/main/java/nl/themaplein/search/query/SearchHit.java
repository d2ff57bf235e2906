package nl.themaplein.search.query;

import java.util.List;

/**
 * One result in a list. Text is as stored (not escaped); the web layer escapes it. {@code
 * titleHighlight} is the only field that carries markup, and it is already safe HTML (escaped text
 * with {@code <mark>} elements only).
 */
public record SearchHit(
        String id,
        String type,
        String title,
        String titleHighlight,
        List<String> authors,
        Integer year,
        String format,
        List<String> languages) {}
