/**
 * Searching: the search-box parser ({@link nl.themaplein.search.query.UserQueryParser}), the search
 * screen declared in one place ({@link nl.themaplein.search.query.SearchConfig}), and the catalogue
 * search built as a chain of small steps ({@link nl.themaplein.search.query.CatalogueSearch}) with
 * its request and result types.
 */
package nl.themaplein.search.query;
