/** The search page, driven by its URL; facet labels shared with the API. */
package nl.themaplein.portal.web.search;
