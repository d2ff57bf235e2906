package nl.themaplein.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.themaplein.search.SolrClients;
import nl.themaplein.search.SolrConnectionSettings;
import nl.themaplein.search.local.LocalSolrCloud;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line importer against a real two-node, two-shard SolrCloud, through ZooKeeper. */
class ImportCommandCloudIT {

    @TempDir Path dir;

    @Test
    void importsThroughZooKeeperAndUpdatesOnASecondRun() throws Exception {
        Path file =
                Files.write(
                        dir.resolve("wolk.mrc"),
                        IsoRecord.file(
                                IsoRecord.utf8("w1")
                                        .field("245", "00", "a", "Eerste in de wolk")
                                        .bytes(),
                                IsoRecord.utf8("w2")
                                        .field("245", "00", "a", "Tweede in de wolk")
                                        .bytes(),
                                IsoRecord.utf8("w3")
                                        .field("245", "00", "a", "Derde in de wolk")
                                        .bytes()));

        try (LocalSolrCloud cloud = LocalSolrCloud.start(dir.resolve("cloud"), 2, 2, 1);
                SolrClient client =
                        SolrClients.create(
                                SolrConnectionSettings.zooKeeper(cloud.zkHost(), null))) {
            String[] args = {
                "--zk-hosts",
                cloud.zkHost(),
                "--collection",
                LocalSolrCloud.COLLECTION,
                file.toString()
            };

            String first = run(args);
            String second = run(args);

            assertThat(first)
                    .contains("SolrCloud via ZooKeeper")
                    .contains("Total: 3 read, 3 added, 0 updated, 0 broken");
            assertThat(second).contains("Total: 3 read, 0 added, 3 updated, 0 broken");
            assertThat(client.getById(LocalSolrCloud.COLLECTION, List.of("w1", "w2", "w3")))
                    .hasSize(3);
        }
    }

    private static String run(String[] args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status =
                ImportCommand.run(
                        args,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status)
                .as("exit status; stderr: %s", err.toString(StandardCharsets.UTF_8))
                .isEqualTo(ImportCommand.FINISHED);
        return out.toString(StandardCharsets.UTF_8);
    }
}
