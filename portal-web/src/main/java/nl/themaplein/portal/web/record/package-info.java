/** The record page. */
package nl.themaplein.portal.web.record;
