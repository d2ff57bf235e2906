/** Every API error as {@code application/problem+json}: the mappers and the problem body. */
package nl.themaplein.portal.rest.error;
