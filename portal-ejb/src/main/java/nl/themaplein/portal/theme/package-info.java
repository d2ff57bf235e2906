/**
 * Themes members can be curious about: a shared list each organisation can extend, with names and
 * introductions in Dutch and English.
 */
package nl.themaplein.portal.theme;
