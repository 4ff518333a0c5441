package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.jixiao.index.lucene.LuceneRecordStore;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao ingest} over the corpus folder, through the real extraction pipeline. */
class IngestCommandTest {

    private static final Path CORPUS = Path.of(System.getProperty("jixiao.corpus"));

    @TempDir
    Path data;

    private static List<DocumentRecord> truth() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".truth.json")).sorted().map(f -> {
                try {
                    return RecordJson.mapper().readValue(f.toFile(), DocumentRecord.class);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private Set<String> storedHashes() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.openReadOnly(data, IndicatorSynonyms.defaults())) {
            return store.storedHashes();
        }
    }

    private static Set<String> truthHashes() throws IOException {
        return truth().stream().map(r -> r.source().sha256()).collect(Collectors.toSet());
    }

    @Test
    void ingestStoresEachDocumentOnceAndASecondRunAddsNothing() throws IOException {
        int documents = truth().size();
        IndexCommandsTest.Run first = IndexCommandsTest.run("ingest", CORPUS.toString(), "--data", data.toString());
        assertEquals(0, first.exitCode(), first.out() + first.err());
        assertTrue(first.out().contains(documents + " stored"), first.out());
        assertTrue(first.out().contains(documents + " not documents"), first.out()); // the truth files
        assertTrue(first.err().contains(2 * documents + "/" + 2 * documents + " files"), first.err());

        IndexCommandsTest.Run second = IndexCommandsTest.run("ingest", CORPUS.toString(), "--data", data.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("0 stored"), second.out());
        assertTrue(second.out().contains(documents + " unchanged"), second.out());
        assertEquals(truthHashes(), storedHashes());
    }

    @Test
    void unreadableFilesAreQuarantinedAndTheBatchGoesOn(@TempDir Path archive) throws IOException {
        Files.copy(CORPUS.resolve("selfeval-2021-yibao-info.pdf"), archive.resolve("good.pdf"));
        Files.writeString(archive.resolve("broken.pdf"), "%PDF-1.7\nnot really a PDF\n");
        IndexCommandsTest.Run run = IndexCommandsTest.run("ingest", archive.toString(), "--data", data.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("1 stored"), run.out());
        assertTrue(run.out().contains("Quarantined (not stored):\n  " + archive.resolve("broken.pdf")), run.out());
    }

    /** A process killed (SIGKILL) after its first commit; the rerun ends with one copy of each document. */
    @Test
    void ingestKilledMidwayThenRerunStoresEachDocumentOnce() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JixiaoCli.class.getName(), "ingest", CORPUS.toString(), "--data", data.toString(),
                "--threads", "1", "--batch", "1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (committedDocuments() < 1 && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            process.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
        }
        int committed = committedDocuments();
        assertTrue(committed >= 1, "the killed ingest committed nothing");

        IndexCommandsTest.Run rerun = IndexCommandsTest.run("ingest", CORPUS.toString(), "--data", data.toString());
        assertEquals(0, rerun.exitCode(), rerun.err());
        assertEquals(truthHashes(), storedHashes());
        assertEquals(truthHashes().size(), committedDocuments(), "a document stored twice");
    }

    /** Document entries in the last commit, read without the store's help. */
    private int committedDocuments() throws IOException {
        if (!Files.exists(data) || Files.list(data).noneMatch(f -> f.getFileName().toString().startsWith("segments_"))) {
            return 0;
        }
        try (FSDirectory directory = FSDirectory.open(data); DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.docFreq(new Term("type", "document"));
        }
    }

    /** Every indicator row of the samples, found by a search after a real ingest. */
    @Test
    @Disabled("until extraction lands: PerformanceExtractor does not yet return projects")
    void searchAfterIngestFindsEveryTruthRow() throws IOException {
        assertEquals(0, IndexCommandsTest.run("ingest", CORPUS.toString(), "--data", data.toString()).exitCode());
        Map<String, Long> expectedPerFile = new HashMap<>();
        for (DocumentRecord record : truth()) {
            if ("忻州市".equals(record.region().city())) {
                expectedPerFile.put(record.source().path(), record.projects().stream().flatMap(p -> p.indicators().stream())
                        .filter(i -> "满意度指标".equals(i.level1())).count());
            }
        }
        IndexCommandsTest.Run run = IndexCommandsTest.run("search", "满意度指标", "--city", "忻州市", "--format", "csv",
                "--limit", "0", "--data", data.toString());
        Map<String, Long> foundPerFile = run.lines().stream().skip(1).map(l -> l.substring(0, l.indexOf(',')))
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertEquals(expectedPerFile, foundPerFile);

        IndexCommandsTest.Run running = IndexCommandsTest.run("search", "系统正常运行率", "--format", "csv", "--limit", "0",
                "--data", data.toString());
        assertTrue(running.out().contains(",系统正常运行率,"), running.out());
        assertTrue(running.out().contains(",医保信息系统正常运行率,"), running.out());
    }
}
