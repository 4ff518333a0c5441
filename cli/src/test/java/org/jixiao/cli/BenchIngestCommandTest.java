package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run of the benchmark: every figure it promises is printed. */
class BenchIngestCommandTest {

    @Test
    void reportsIngestAndQueryFigures(@TempDir Path samples, @TempDir Path work) throws IOException {
        Files.copy(Path.of(System.getProperty("jixiao.corpus"), "selfeval-2021-yibao-info.pdf"),
                samples.resolve("selfeval-2021-yibao-info.pdf"));
        IndexCommandsTest.Run run = IndexCommandsTest.run("bench-ingest", "--samples", samples.toString(),
                "--files", "3", "--work", work.toString(), "--rounds", "2", "--warmups", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("archive: 3 files"), run.out());
        assertTrue(run.out().contains("ingest: 3 stored, 0 failed, 9 pages"), run.out());
        assertTrue(run.out().matches("(?s).*peak heap used: \\d+ MiB.*index: [\\d.]+ MiB.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\nall(\\s+[\\d.]+){4}\\n.*"), run.out());
    }
}
