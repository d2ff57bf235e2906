/**
 * What happens when the portal starts: the data source and the Flyway migrations ({@link
 * nl.themaplein.portal.setup.DatabaseMigrations}), then the demo content of the embedded default
 * ({@link nl.themaplein.portal.setup.DemoContent}).
 */
package nl.themaplein.portal.setup;
