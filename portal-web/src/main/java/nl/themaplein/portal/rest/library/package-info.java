/**
 * The admin API of library organisations: branches with their week and exceptions, rooms with
 * photos, and each organisation's themes ({@code /api/v1/admin/organisations…}).
 */
package nl.themaplein.portal.rest.library;
