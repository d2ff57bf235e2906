/**
 * Text as the portal takes it in and gives it out: the input policy for typed text ({@link
 * nl.themaplein.portal.text.TextInput}), the languages ({@link nl.themaplein.portal.text.Language})
 * and the keys of the user messages ({@link nl.themaplein.portal.text.Messages}).
 */
package nl.themaplein.portal.text;
