package nl.themaplein.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.themaplein.search.ConfigsetFiles;
import nl.themaplein.search.query.SearchConfig.Facet;
import nl.themaplein.search.query.SearchConfig.SearchField;
import nl.themaplein.search.query.SearchConfig.Sort;
import org.apache.solr.client.solrj.SolrQuery.SortClause;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The search configuration in Java and the configset agree. */
class SearchConfigTest {

    private final SearchConfig config = SearchConfig.CATALOGUE;

    @Test
    void issue2FacetsInDisplayOrder() {
        assertThat(config.facets())
                .extracting(Facet::key)
                .containsExactly("format", "language", "subject", "year", "author", "genre");
    }

    @Test
    void everyFacetCountsASingleDocValuesField() throws Exception {
        Map<String, Element> fields = ConfigsetFiles.schemaFields();
        Map<String, Element> types = ConfigsetFiles.schemaTypes();

        for (Facet facet : config.facets()) {
            Element field = fields.get(facet.solrField());
            assertThat(field).as("field of facet %s", facet.key()).isNotNull();
            Element type = types.get(field.getAttribute("type"));
            assertThat(type.getAttribute("docValues"))
                    .as("docValues of %s", facet.key())
                    .isEqualTo("true");
            assertThat(type.getAttribute("class")).isIn("solr.StrField", "solr.IntPointField");
        }
    }

    @Test
    void everySearchFieldIsAnAllowedAliasWithItsOwnFieldList() throws Exception {
        List<String> allowed =
                Arrays.asList(ConfigsetFiles.selectParam("invariants", "uf").split(" "));

        assertThat(allowed)
                .containsExactlyInAnyOrderElementsOf(
                        config.searchFields().stream().map(SearchField::solrAlias).toList());
        for (SearchField field : config.searchFields()) {
            String qf = ConfigsetFiles.selectParam("defaults", "f." + field.solrAlias() + ".qf");
            assertThat(qf).as("field list of %s", field.solrAlias()).isNotBlank();
            assertDeclared(qf);
        }
    }

    @Test
    void boostListsNameDeclaredFields() throws Exception {
        for (String list : List.of("qf", "pf", "pf2", "pf3")) {
            assertDeclared(ConfigsetFiles.selectParam("defaults", list));
        }
    }

    @Test
    void everySortFieldIsSingleValuedWithDocValues() throws Exception {
        Map<String, Element> fields = ConfigsetFiles.schemaFields();
        Map<String, Element> types = ConfigsetFiles.schemaTypes();

        for (Sort sort : config.sorts()) {
            assertThat(sort.clauses().get(sort.clauses().size() - 1).getItem()).isEqualTo("id");
            for (SortClause clause : sort.clauses()) {
                if (clause.getItem().equals("score")) {
                    continue;
                }
                Element field = fields.get(clause.getItem());
                assertThat(field).as("sort field %s", clause.getItem()).isNotNull();
                assertThat(field.getAttribute("multiValued")).isNotEqualTo("true");
                assertThat(types.get(field.getAttribute("type")).getAttribute("docValues"))
                        .isEqualTo("true");
            }
        }
    }

    @Test
    void browsingSortsNewestFirstUnlessAskedOtherwise() {
        assertThat(config.sortFor(null, true).option()).isEqualTo(SortOption.YEAR_NEWEST);
        assertThat(config.sortFor(SortOption.RELEVANCE, true).option())
                .isEqualTo(SortOption.YEAR_NEWEST);
        assertThat(config.sortFor(SortOption.TITLE, true).option()).isEqualTo(SortOption.TITLE);
        assertThat(config.sortFor(null, false).option()).isEqualTo(SortOption.RELEVANCE);
    }

    @Test
    void dutchAndEnglishFieldNames() {
        assertThat(config.findSearchField("Titel")).map(SearchField::key).contains("title");
        assertThat(config.findSearchField("auteur")).map(SearchField::key).contains("author");
        assertThat(config.findSearchField("onderwerp")).map(SearchField::key).contains("subject");
        assertThat(config.findSearchField("jaar")).map(SearchField::key).contains("year");
        assertThat(config.findSearchField("id")).isEmpty();
    }

    private static void assertDeclared(String boostList) throws Exception {
        Map<String, Element> fields = ConfigsetFiles.schemaFields();
        for (String entry : boostList.split(" ")) {
            String field = entry.replaceAll("\\^.*", "");
            assertThat(fields).as("field %s of %s", field, boostList).containsKey(field);
        }
    }
}
