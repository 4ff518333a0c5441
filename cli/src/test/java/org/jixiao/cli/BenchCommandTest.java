package org.jixiao.cli;

import static org.jixiao.cli.CliRun.jixiao;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.extract.model.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @TempDir
    Path directory;


    private void copySample(String name) throws IOException {
        Files.copy(Path.of(System.getProperty("jixiao.corpus"), name), directory.resolve(name));
    }

    @Test
    void timesJixiaoInAWorkerJvmOnTheBornDigitalPdfsOnly() throws IOException {
        copySample("selfeval-2021-yibao-info.pdf");
        copySample("shanghai-2021-targets.scan.pdf");
        CliRun run = jixiao("bench", directory.toString(), "--warmups", "1", "--runs", "1", "--heap", "512m", "--format", "json",
                "--jvm-option=-XX:+UseSerialGC", "--no-tabula");
        assertEquals(0, run.exitCode(), run.err());
        // a library's status logger may print to standard output before the line of JSON
        String line = run.out().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow(() -> new AssertionError(run.out()));
        JsonNode set = RecordJson.mapper().readTree(line);
        assertEquals(1, set.get("files").asInt());
        assertEquals(1, set.get("skipped_without_text").asInt());
        JsonNode jixiao = set.get("results").get(0);
        assertEquals(1, set.get("results").size());
        assertTrue(jixiao.get("tool").asText().startsWith("jixiao"), jixiao.toString());
        assertEquals(3, jixiao.get("pages").asInt());
        assertTrue(jixiao.get("thread_cpu_nanos").asLong() > 0, jixiao.toString());
        assertTrue(jixiao.get("peak_heap_bytes").asLong() > 0, jixiao.toString());
        assertTrue(jixiao.get("peak_rss_bytes").asLong() > 0, jixiao.toString());
    }

    @Test
    void theWorkersGetTheJvmOptionsAndTheirFailureIsReported() throws IOException {
        copySample("selfeval-2021-yibao-info.pdf");
        CliRun run = jixiao("bench", directory.toString(), "--no-tabula", "--jvm-option=-XX:+NoSuchOptionAnywhere");
        assertEquals(ExitCode.INTERNAL, run.exitCode());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertTrue(run.err().contains("bench worker for jixiao failed") && run.err().contains("NoSuchOptionAnywhere"), run.err());
    }

    @Test
    void aMissingTabulaJarThatWasAskedForIsAUsageError() {
        CliRun run = jixiao("bench", directory.toString(), "--tabula", directory.resolve("none.jar").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("none.jar"), run.err());
    }
}
