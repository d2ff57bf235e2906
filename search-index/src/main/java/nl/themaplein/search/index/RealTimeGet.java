package nl.themaplein.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * Documents by id through Solr's real-time get, which also sees documents written but not yet
 * committed, on every shard. Unlike {@code SolrClient.getById}, ids containing commas work: each
 * travels in its own {@code id} parameter.
 */
public final class RealTimeGet {

    private static final String PATH = "/get";

    private RealTimeGet() {}

    /** The documents that exist among {@code ids}, with the fields {@code fl} (comma-separated). */
    public static List<SolrDocument> byIds(
            SolrClient client, String collection, Collection<String> ids, String fl)
            throws SolrServerException, IOException {
        if (ids.isEmpty()) {
            return List.of();
        }
        ModifiableSolrParams params = new ModifiableSolrParams();
        ids.forEach(id -> params.add(CommonParams.ID, id));
        params.set(CommonParams.FL, fl);

        QueryRequest request = new QueryRequest(params, SolrRequest.METHOD.POST);
        request.setPath(PATH);
        return documents(client.request(request, collection));
    }

    /** One id is answered with "doc" (null when absent), several with a "response" list. */
    private static List<SolrDocument> documents(NamedList<Object> response) {
        List<SolrDocument> docs = new ArrayList<>();
        if (response.get("doc") instanceof SolrDocument doc) {
            docs.add(doc);
        }
        if (response.get("response") instanceof SolrDocumentList list) {
            docs.addAll(list);
        }
        return docs;
    }
}
