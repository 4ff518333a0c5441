package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --solr} selects the SolrCloud store (the store itself is tested on a real cluster in index-solr,
 * whose test Jetty never meets the web module's), and {@code solr-configset} writes what a cluster needs.
 */
class SolrOptionsTest {

    @Test
    void aSearchOnSolrNamesTheNodesItCannotReach(@TempDir Path data) {
        // port 9 (discard) refuses: nothing listens there
        CliRun run = CliRun.jixiao("search", "满意度", "--data", data.toString(), "--solr", "http://127.0.0.1:9/solr",
                "--collection", "province");
        assertEquals(ExitCode.INTERNAL, run.exitCode(), run.err());
        assertTrue(run.err().contains("province") && run.err().contains("http://127.0.0.1:9/solr"), run.err());
        assertTrue(Files.notExists(data.resolve("segments_1")), "the index directory is not used");
    }

    @Test
    void theConfigsetHoldsTheGeneratedConfAndTheAnalyzerJar(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("configset.zip");
        CliRun run = CliRun.jixiao("solr-configset", zip.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Set<String> entries = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.add(entry.getName());
            }
        }
        assertEquals(Set.of("conf/schema.xml", "conf/solrconfig.xml", "lib/jixiao-hanlp-analyzer.jar"), entries);
    }
}
