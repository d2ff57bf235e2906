/** Authentication, security headers, the content security policy and safe redirects. */
package nl.themaplein.portal.web.security;
