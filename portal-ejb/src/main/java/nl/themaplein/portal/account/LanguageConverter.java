package nl.themaplein.portal.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.themaplein.portal.text.Language;

/** Stores a language as its ISO 639-1 code ("nl", "en"), as the schema's CHECK expects. */
@Converter
public class LanguageConverter implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return language == null ? null : language.code();
    }

    @Override
    public Language convertToEntityAttribute(String code) {
        return code == null
                ? null
                : Language.fromCode(code)
                        .orElseThrow(() -> new IllegalStateException("Unknown language " + code));
    }
}
