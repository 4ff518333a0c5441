package org.jixiao.cli;

import static org.jixiao.cli.CliRun.jixiao;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.extract.model.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    private static final String SAMPLE = "selfeval-2021-yibao-info";

    @TempDir
    Path directory;


    /** One real sample, so the test runs the real pipeline and stays quick. */
    private void copySample() throws IOException {
        Path corpus = Path.of(System.getProperty("jixiao.corpus"));
        Files.copy(corpus.resolve(SAMPLE + ".pdf"), directory.resolve(SAMPLE + ".pdf"));
        Files.copy(corpus.resolve(SAMPLE + ".truth.json"), directory.resolve(SAMPLE + ".truth.json"));
    }

    @Test
    void printsATableOfScores() throws IOException {
        copySample();
        CliRun run = jixiao("eval", directory.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("1 sample (1 born-digital, 0 scanned)"), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith(SAMPLE + ".pdf")), run.out());
        assertTrue(run.out().contains("overall, born-digital (1 document)"), run.out());
        assertTrue(run.err().contains("jixiao eval: 1/1 " + SAMPLE + ".pdf"), "progress on stderr: " + run.err());
    }

    @Test
    void verboseListsTheMismatches() throws IOException {
        copySample();
        CliRun run = jixiao("eval", directory.toString(), "--verbose");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("── " + SAMPLE + ".pdf"), run.out());
    }

    @Test
    void printsJsonForMachines() throws IOException {
        copySample();
        CliRun run = jixiao("eval", directory.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = RecordJson.mapper().readTree(run.out());
        assertEquals(SAMPLE + ".pdf", json.get("documents").get(0).get("document").asText());
        assertTrue(json.get("overall").get("born_digital").get("scores").has("indicators"));
    }

    @Test
    void aSampleThatFailsToLoadMakesTheExitCodeNonZero() throws IOException {
        copySample();
        Files.writeString(directory.resolve("broken.pdf"), "%PDF-1.7 not really");
        Files.copy(directory.resolve(SAMPLE + ".truth.json"), directory.resolve("broken.truth.json"));
        CliRun run = jixiao("eval", directory.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("broken.pdf"), run.err());
        assertTrue(run.out().contains(SAMPLE + ".pdf"), run.out());
    }

    @Test
    void aTruthPointingAtADocumentElsewhereIsScoredAndOneWhoseDocumentIsAbsentIsSkippedAndSaid() throws IOException {
        Path shared = Files.createDirectories(directory.resolve("shared/forms"));
        Path corpus = Path.of(System.getProperty("jixiao.corpus"));
        Files.copy(corpus.resolve(SAMPLE + ".pdf"), shared.resolve(SAMPLE + ".pdf"));
        Path truths = Files.createDirectories(directory.resolve("project/samples/truth"));
        String truth = Files.readString(corpus.resolve(SAMPLE + ".truth.json"));
        Files.writeString(truths.resolve(SAMPLE + ".truth.json"),
                truth.replace("\"" + SAMPLE + ".pdf\"", "\"../shared/forms/" + SAMPLE + ".pdf\""));
        Files.writeString(truths.resolve("absent.truth.json"), truth.replace("\"" + SAMPLE + ".pdf\"", "\"../shared/forms/absent.pdf\""));

        CliRun run = jixiao("eval", truths.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith(SAMPLE + ".pdf")), run.out());
        assertTrue(run.out().contains("1 skipped"), run.out());
        assertTrue(run.out().contains("absent.truth.json: skipped") && run.out().contains("../shared/forms/absent.pdf"), run.out());
        CliRun json = jixiao("eval", truths.toString(), "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.err().contains("absent.truth.json: skipped"), json.err());
        assertEquals(1, RecordJson.mapper().readTree(json.out()).get("skipped").size());
    }

    @Test
    void aMissingDirectoryIsAUsageError() {
        CliRun run = jixiao("eval", directory.resolve("nowhere").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("not a directory"), run.err());
    }
}
