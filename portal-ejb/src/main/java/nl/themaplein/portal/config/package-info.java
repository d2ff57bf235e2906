/**
 * MicroProfile Config keys of the portal ({@link nl.themaplein.portal.config.ConfigKey}) and their
 * shipped defaults in {@code META-INF/microprofile-config.properties}.
 */
package nl.themaplein.portal.config;
