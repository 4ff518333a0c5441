package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Indicator;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.jixiao.index.lucene.LuceneRecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao ingest} over the corpus folder, through the real extraction pipeline. */
class IngestCommandTest {

    private static final Path CORPUS = CorpusTruth.CORPUS;

    @TempDir
    Path data;

    private static List<DocumentRecord> truth() {
        return CorpusTruth.all();
    }

    private Set<String> storedHashes() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.openReadOnly(data, IndicatorSynonyms.defaults())) {
            return store.storedHashes();
        }
    }

    /** {@code jixiao ingest} of the corpus folder's own samples into the test's data folder. */
    private String[] ingestCorpus() {
        List<String> args = new ArrayList<>(List.of("ingest"));
        args.addAll(CorpusTruth.files());
        args.addAll(List.of("--data", data.toString()));
        return args.toArray(String[]::new);
    }

    private static Set<String> truthHashes() throws IOException {
        return truth().stream().map(r -> r.source().sha256()).collect(Collectors.toSet());
    }

    @Test
    void ingestStoresEachDocumentOnceAndASecondRunAddsNothing() throws IOException {
        int documents = truth().size();
        IndexCommandsTest.Run first = IndexCommandsTest.run(ingestCorpus());
        assertEquals(0, first.exitCode(), first.out() + first.err());
        assertTrue(first.out().contains("导入 " + documents + " 个"), first.out());
        assertTrue(first.out().contains("非文档 " + documents + " 个"), first.out()); // the truth files
        assertTrue(first.err().contains(2 * documents + "/" + 2 * documents + " files"), first.err());

        IndexCommandsTest.Run second = IndexCommandsTest.run(ingestCorpus());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("导入 0 个"), second.out());
        assertTrue(second.out().contains("未变 " + documents + " 个"), second.out());
        assertEquals(truthHashes(), storedHashes());
    }

    @Test
    void unreadableFilesAreQuarantinedAndTheBatchGoesOn(@TempDir Path archive) throws IOException {
        Files.copy(CORPUS.resolve("selfeval-2021-yibao-info.pdf"), archive.resolve("good.pdf"));
        Files.writeString(archive.resolve("broken.pdf"), "%PDF-1.7\nnot really a PDF\n");
        IndexCommandsTest.Run run = IndexCommandsTest.run("ingest", archive.toString(), "--data", data.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("导入 1 个"), run.out());
        assertTrue(run.out().contains("未能读取，未入库 (quarantined):\n  " + archive.resolve("broken.pdf")), run.out());
    }

    /** A process killed (SIGKILL) after its first commit; the rerun ends with one copy of each document. */
    @Test
    void ingestKilledMidwayThenRerunStoresEachDocumentOnce() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                JixiaoCli.class.getName()));
        command.addAll(List.of(ingestCorpus()));
        command.addAll(List.of("--threads", "1", "--batch", "1"));
        Process process = new ProcessBuilder(command)
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

        IndexCommandsTest.Run rerun = IndexCommandsTest.run(ingestCorpus());
        assertEquals(0, rerun.exitCode(), rerun.err());
        assertEquals(truthHashes(), storedHashes());
        assertEquals(truthHashes().size(), committedDocuments(), "a document stored twice");
    }

    /** Document entries in the last commit, read without the store's help. */
    private int committedDocuments() throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            if (files.noneMatch(f -> f.getFileName().toString().startsWith("segments_"))) {
                return 0;
            }
        }
        try (FSDirectory directory = FSDirectory.open(data); DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.docFreq(new Term("type", "document"));
        }
    }

    /** The satisfaction rows of the 忻州 forms and the 系统正常运行率 rows (both names), after a real ingest. */
    @Test
    void searchAfterIngestFindsEveryTruthRowOfBornDigitalSamples() throws IOException {
        assertSearchFindsTruthRows(record -> record.source().ocrPages().isEmpty());
    }

    @Test
    void searchAfterIngestFindsEveryTruthRowOfScannedSamples() throws IOException {
        assertSearchFindsTruthRows(record -> !record.source().ocrPages().isEmpty());
    }

    /**
     * Only the chosen samples are ingested: a scan stored beside its born-digital export is that
     * document's copy, listed once under the export.
     */
    private void assertSearchFindsTruthRows(Predicate<DocumentRecord> samples) throws IOException {
        List<DocumentRecord> chosen = truth().stream().filter(samples).toList();
        List<String> args = new ArrayList<>(List.of("ingest"));
        chosen.forEach(record -> args.add(Path.of(System.getProperty("jixiao.corpus"), record.source().path()).toString()));
        args.addAll(List.of("--data", data.toString()));
        assertEquals(0, IndexCommandsTest.run(args.toArray(String[]::new)).exitCode());
        assertEquals(rowsPerFile(chosen, "忻州市", i -> "满意度指标".equals(i.level1())),
                foundPerFile(chosen, "满意度指标", "--city", "忻州市"));
        // with its synonym 系统可用率
        assertEquals(rowsPerFile(chosen, null, i -> i.deepestLevel().matches(".*(系统正常运行率|系统可用率).*")),
                foundPerFile(chosen, "系统正常运行率"));
    }

    private static Map<String, Long> rowsPerFile(List<DocumentRecord> records, String city, Predicate<Indicator> rows) {
        Map<String, Long> perFile = new HashMap<>();
        for (DocumentRecord record : records) {
            if (city == null || city.equals(record.region().city())) {
                long count = record.projects().stream().flatMap(p -> p.indicators().stream()).filter(rows).count();
                if (count > 0) {
                    perFile.put(record.source().path(), count);
                }
            }
        }
        return perFile;
    }

    private Map<String, Long> foundPerFile(List<DocumentRecord> records, String... searchArgs) {
        Set<String> files = records.stream().map(r -> r.source().path()).collect(Collectors.toSet());
        List<String> args = new ArrayList<>(List.of("search"));
        args.addAll(List.of(searchArgs));
        args.addAll(List.of("--format", "csv", "--limit", "0", "--data", data.toString()));
        IndexCommandsTest.Run run = IndexCommandsTest.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run.lines().stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).filter(files::contains)
                .collect(Collectors.groupingBy(file -> file, Collectors.counting()));
    }
}
