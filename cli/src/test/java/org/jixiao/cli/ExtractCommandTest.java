package org.jixiao.cli;

import static org.jixiao.cli.CliRun.jixiao;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jixiao.extract.model.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private static final String SAMPLE = "selfeval-2021-yibao-info.pdf";

    @TempDir
    Path directory;


    private Path goodPdf() throws IOException {
        Path corpus = Path.of(System.getProperty("jixiao.corpus"));
        return Files.copy(corpus.resolve(SAMPLE), directory.resolve("good.pdf"));
    }

    private Path badPdf() throws IOException {
        return Files.writeString(directory.resolve("bad.pdf"), "not a PDF, whatever its name says\n");
    }

    @Test
    void reportsABadFileAndGoesOnWithTheOthers() throws IOException {
        Path bad = badPdf();
        Path good = goodPdf();

        CliRun run = jixiao("extract", bad.toString(), good.toString());

        assertEquals(1, run.exitCode(), "a failed file makes the exit code non-zero");
        List<String> records = run.out().lines().toList();
        assertEquals(1, records.size(), run.out());
        JsonNode record = RecordJson.mapper().readTree(records.get(0));
        assertEquals("good.pdf", record.path("source").path("path").asText());
        List<String> errors = run.err().lines().filter(line -> line.startsWith("jixiao: ")).toList();
        assertEquals(1, errors.size(), run.err());
        assertTrue(errors.get(0).contains(bad.toString()) && errors.get(0).contains("text/plain"), errors.get(0));
    }

    @Test
    void aDocumentWithNothingRecognisedSucceedsAndSaysSo() throws IOException {
        Path blank = directory.resolve("blank.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(blank.toFile());
        }
        Path good = goodPdf();

        CliRun extract = jixiao("extract", blank.toString(), good.toString());
        assertEquals(0, extract.exitCode(), extract.err());
        assertEquals(2, extract.out().lines().count(), "both records are printed");
        List<String> notes = extract.err().lines().filter(line -> line.contains("no performance form recognised")).toList();
        assertEquals(List.of("jixiao: " + blank + ": 未识别到绩效表单 (no performance form recognised)"), notes);

        CliRun ingest = jixiao("ingest", directory.toString(), "--data", directory.resolve("index").toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        String summary = ingest.out();
        int header = summary.indexOf("no performance form recognised");
        assertTrue(header > 0 && summary.indexOf("blank.pdf", header) > header && !summary.substring(header).contains("good.pdf"),
                summary);
    }

    @Test
    void exitsWithZeroWhenEveryFileLoads() throws IOException {
        CliRun run = jixiao("extract", goodPdf().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.out().lines().count());
    }

    /**
     * In a process of its own, so that the libraries' logging starts up here: nothing but jixiao's
     * own line may reach the terminal (no "No SLF4J providers", no Log4j status message).
     */
    @Test
    void printsNothingButItsOwnErrors() throws Exception {
        Path bad = badPdf();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                JixiaoCli.class.getName(), "extract", bad.toString())
                .redirectOutput(directory.resolve("out.txt").toFile())
                .redirectError(directory.resolve("err.txt").toFile())
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command finishes");
        assertEquals(1, process.exitValue());
        assertEquals("", Files.readString(directory.resolve("out.txt")));
        List<String> err = Files.readAllLines(directory.resolve("err.txt"));
        assertEquals(1, err.size(), String.join("\n", err));
        assertTrue(err.get(0).startsWith("jixiao: " + bad), err.get(0));
    }
}
