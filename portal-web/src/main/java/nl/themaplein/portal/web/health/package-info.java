/** MicroProfile Health readiness checks of the parts the portal cannot work without. */
package nl.themaplein.portal.web.health;
