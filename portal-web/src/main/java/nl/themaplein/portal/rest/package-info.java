/** The REST API under {@code /api/v1}: its {@code Application}, with resources by feature below. */
package nl.themaplein.portal.rest;
