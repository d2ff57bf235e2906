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
import nl.themaplein.search.local.LocalSolrServer;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line importer against a real standalone Solr with the project's configset. */
class ImportCommandIT {

    @TempDir static Path home;
    @TempDir Path files;

    private static LocalSolrServer solr;
    private static SolrClient client;

    @BeforeAll
    static void startSolr() throws Exception {
        solr = LocalSolrServer.start(home.resolve("solr"), 0);
        client = SolrClients.create(SolrConnectionSettings.standalone(solr.baseUrl()));
    }

    @AfterAll
    static void stopSolr() throws Exception {
        if (client != null) {
            client.close();
        }
        if (solr != null) {
            solr.close();
        }
    }

    @Test
    void importsReportsAndUpdatesOnASecondRunWithoutDuplicates() throws Exception {
        byte[] broken = IsoRecord.utf8("k2").field("245", "00", "a", "Kapot").bytes();
        broken[24 + 12 + 3] = 'x';
        Files.write(
                files.resolve("aanwinsten.mrc"),
                IsoRecord.file(
                        IsoRecord.utf8("k1").field("245", "00", "a", "Eerste aanwinst").bytes(),
                        broken,
                        IsoRecord.utf8("k3").field("245", "00", "a", "Derde aanwinst").bytes()));
        Files.writeString(
                files.resolve("lijst.xml"),
                "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><leader>00000nam"
                        + " a2200000 i 4500</leader><controlfield"
                        + " tag=\"001\">k4</controlfield><datafield tag=\"245\" ind1=\"0\""
                        + " ind2=\"0\"><subfield code=\"a\">Vierde aanwinst</subfield></datafield>"
                        + "</record></collection>");
        String[] args = {
            "--solr-url", solr.baseUrl(), "--collection", LocalSolrServer.CORE, files.toString()
        };

        Run first = run(args);
        long afterFirst = found("k1", "k2", "k3", "k4");
        Run second = run(args);

        assertThat(first.status()).isEqualTo(ImportCommand.FINISHED);
        assertThat(first.out())
                .contains("  aanwinsten.mrc: 3 read, 2 added, 0 updated, 1 broken")
                .contains("  lijst.xml: 1 read, 1 added, 0 updated, 0 broken")
                .contains("Total: 4 read, 3 added, 0 updated, 1 broken")
                .contains("Problems (1):")
                .contains("aanwinsten.mrc record 2 (001 k2): the ISO 2709 structure is damaged");
        assertThat(afterFirst).isEqualTo(3);
        assertThat(second.out()).contains("Total: 4 read, 0 added, 3 updated, 1 broken");
        assertThat(found("k1", "k2", "k3", "k4")).isEqualTo(3);
        assertThat(found("k2")).isZero();
    }

    @Test
    void importsASharedCaseFile() throws Exception {
        Path c18 = SharedData.caseFile("C18.xml");

        Run run = run(new String[] {"--solr-url", solr.baseUrl(), c18.toString()});

        assertThat(run.status()).isEqualTo(ImportCommand.FINISHED);
        assertThat(run.out()).contains("Total: 2 read, 2 added");
        assertThat(found("c18-r1", "c18-r2")).isEqualTo(2);
    }

    @Test
    void sourcesThatAreNotMarcAtAllAreRefusedAndTheCommandExitsWith3() throws Exception {
        Path markdown = SharedData.caseFile("C01.md");
        Path png =
                Files.write(
                        files.resolve("omslag.png"),
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});

        Run run =
                run(
                        new String[] {
                            "--solr-url", solr.baseUrl(), markdown.toString(), png.toString()
                        });

        assertThat(run.status()).isEqualTo(ImportCommand.NOTHING_READ);
        assertThat(run.out())
                .contains("  C01.md: refused, nothing read")
                .contains("  omslag.png: refused, nothing read")
                .contains("Total: 0 read")
                .contains("Problems (2):")
                .contains("C01.md: neither MARC21 (ISO 2709) nor MARCXML")
                .contains("omslag.png: neither MARC21 (ISO 2709) nor MARCXML");
        assertThat(run.err()).contains("Nothing imported");
    }

    @Test
    void oneReadableSourceAmongRefusedOnesIsAFinishedImport() throws Exception {
        Path markdown = SharedData.caseFile("C01.md");
        Path good =
                Files.write(
                        files.resolve("goed.mrc"),
                        IsoRecord.utf8("g1").field("245", "00", "a", "Goede aanwinst").bytes());

        Run run =
                run(
                        new String[] {
                            "--solr-url", solr.baseUrl(), markdown.toString(), good.toString()
                        });

        assertThat(run.status()).isEqualTo(ImportCommand.FINISHED);
        assertThat(run.out())
                .contains("  C01.md: refused, nothing read")
                .contains("  goed.mrc: 1 read, 1 added")
                .contains("Problems (1):");
    }

    /** How many of the ids the index holds, committed or not (real-time get, no query parsing). */
    private static long found(String... ids) throws Exception {
        return client.getById(LocalSolrServer.CORE, List.of(ids)).size();
    }

    private static Run run(String[] args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status =
                ImportCommand.run(
                        args,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(
                status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int status, String out, String err) {}
}
