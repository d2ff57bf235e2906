package nl.themaplein.portal.rest.me;

import java.util.List;

/**
 * The body of {@code PUT /api/v1/me/themes}: the codes of every theme to follow from now on.
 *
 * @param themes theme codes; an empty list follows none
 */
public record ThemesUpdate(List<String> themes) {}
