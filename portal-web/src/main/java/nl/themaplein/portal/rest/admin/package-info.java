/** Staff-only API: catalogue imports. */
package nl.themaplein.portal.rest.admin;
