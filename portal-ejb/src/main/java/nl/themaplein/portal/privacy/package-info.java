/**
 * A member's privacy: consents per purpose with their history ({@link
 * nl.themaplein.portal.privacy.ConsentService}), everything kept about an account as one JSON
 * document ({@link nl.themaplein.portal.privacy.PersonalDataExport}, which other features extend
 * through {@link nl.themaplein.portal.privacy.PersonalDataContributor}).
 */
package nl.themaplein.portal.privacy;
