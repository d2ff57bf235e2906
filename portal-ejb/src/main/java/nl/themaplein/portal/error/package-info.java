/**
 * The failures services report on purpose, rooted in {@link
 * nl.themaplein.portal.error.PortalException}: each names a message key for the user and rolls the
 * transaction back. {@code find…} methods return an {@code Optional}; {@code get…} methods throw
 * {@link nl.themaplein.portal.error.NoSuchEntityException}.
 */
package nl.themaplein.portal.error;
