package nl.themaplein.portal.web.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.theme.Theme;

/**
 * Themes offered as cards with a checkbox, and which are ticked: shared by the sign-up's step 2 and
 * the profile page.
 */
public final class ThemeChoice implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** One card: the theme's code, name and intro in the page's language. */
    public record Card(String code, String name, String intro) implements java.io.Serializable {}

    private final List<Card> cards = new ArrayList<>();
    private final Map<String, Boolean> ticked = new HashMap<>();

    ThemeChoice(List<Theme> themes, Language language, List<String> tickedCodes) {
        for (Theme theme : themes) {
            cards.add(new Card(theme.getCode(), theme.getName(language), theme.getIntro(language)));
            ticked.put(theme.getCode(), tickedCodes.contains(theme.getCode()));
        }
    }

    public List<Card> getCards() {
        return cards;
    }

    /** Code to ticked, bound to the checkboxes. */
    public Map<String, Boolean> getTicked() {
        return ticked;
    }

    /** The ticked codes of the offered themes, in display order. */
    List<String> tickedCodes() {
        return cards.stream()
                .map(Card::code)
                .filter(code -> Boolean.TRUE.equals(ticked.get(code)))
                .toList();
    }
}
