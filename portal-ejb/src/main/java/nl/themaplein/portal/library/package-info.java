/**
 * Library organisations, their branches (address, opening hours with evenings and special days) and
 * rooms; {@link nl.themaplein.portal.library.LibraryService} reads and keeps them, {@link
 * nl.themaplein.portal.library.OpeningHours} answers "open now?" in Europe/Amsterdam time.
 */
package nl.themaplein.portal.library;
