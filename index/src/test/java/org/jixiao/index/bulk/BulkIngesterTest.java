package org.jixiao.index.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.index.Filters;
import org.jixiao.index.FindingQuery;
import org.jixiao.index.IndicatorQuery;
import org.jixiao.index.IndicatorResults;
import org.jixiao.index.Provenance;
import org.jixiao.index.RecordStore;
import org.jixiao.index.StoredFinding;
import org.jixiao.index.TargetComparison;
import org.jixiao.index.TruthRecords;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.jixiao.index.lucene.LuceneRecordStore;
import org.jixiao.ingest.IngestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches over the corpus folder, with records read from the truth files beside the samples. */
class BulkIngesterTest {

    /** Reads a sample's truth file, as the extractor will once it reads them right. */
    private static final RecordReader TRUTH = file -> {
        if (file.toString().endsWith(".truth.json") || !Files.exists(TruthRecords.truthOf(file))) {
            throw new IngestException(file, IngestException.Reason.UNSUPPORTED_TYPE, "not a sample document");
        }
        return TruthRecords.read(TruthRecords.truthOf(file));
    };

    private static final List<DocumentRecord> RECORDS = TruthRecords.all();
    /** The rows searches count: a scan stored beside its export is not counted again. */
    private static final long ROWS = TruthRecords.counted().stream().flatMap(r -> r.projects().stream())
            .mapToLong(p -> p.indicators().size()).sum();

    @TempDir
    Path dir;

    /** The samples of the corpus folder itself; its subfolders (the generated variations) are corpora of their own. */
    private static List<Path> corpusFiles() throws IOException {
        Path corpus = TruthRecords.corpus().toAbsolutePath().normalize();
        return BulkIngester.listFiles(List.of(TruthRecords.corpus())).stream()
                .filter(file -> file.toAbsolutePath().normalize().getParent().equals(corpus)).toList();
    }

    private IngestSummary ingest(RecordStore store, IngestSettings settings) throws IOException {
        return new BulkIngester(store, TRUTH, settings, IngestProgress.SILENT).run(corpusFiles());
    }

    @Test
    void ingestsEveryDocumentOnceAndASecondRunAddsNothing() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, IndicatorSynonyms.defaults())) {
            IngestSummary first = ingest(store, IngestSettings.defaults().withThreads(2).withBatchSize(3));
            assertEquals(RECORDS.size(), first.count(FileOutcome.STORED));
            assertEquals(RECORDS.size(), first.count(FileOutcome.NOT_A_DOCUMENT)); // the truth files
            assertEquals(RECORDS.stream().mapToLong(r -> r.source().pages()).sum(), first.pages());
            assertTrue(first.failed().isEmpty());

            IngestSummary second = ingest(store, IngestSettings.defaults());
            assertEquals(0, second.count(FileOutcome.STORED));
            assertEquals(RECORDS.size(), second.count(FileOutcome.UNCHANGED));
            assertEquals(ROWS, store.search(new IndicatorQuery("", Filters.NONE, 0, false)).total());

            Path sample = TruthRecords.corpus().resolve("selfeval-2021-yibao-info.pdf");
            String sha256 = TruthRecords.read(TruthRecords.truthOf(sample)).source().sha256();
            assertEquals(Optional.of(sample.toAbsolutePath().normalize()), store.sourceFile(sha256));
            assertEquals(Optional.empty(), store.sourceFile("0".repeat(64)));
        }
    }

    @Test
    void sameContentTwiceInOneBatchIsStoredOnce(@TempDir Path archive) throws IOException {
        Path sample = TruthRecords.corpus().resolve("selfeval-2021-yibao-info.pdf");
        Files.copy(sample, archive.resolve("a.pdf"));
        Files.copy(sample, archive.resolve("b.pdf"));
        RecordReader reader = file -> TruthRecords.read(TruthRecords.truthOf(sample));
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, IndicatorSynonyms.defaults())) {
            IngestSummary summary = new BulkIngester(store, reader, IngestSettings.defaults(), IngestProgress.SILENT)
                    .run(BulkIngester.listFiles(List.of(archive)));
            assertEquals(1, summary.count(FileOutcome.STORED));
            assertEquals(1, summary.count(FileOutcome.DUPLICATE));
            assertEquals(1, store.storedHashes().size());
        }
    }

    @Test
    void failingFilesAreReportedAndTheBatchGoesOn(@TempDir Path archive) throws IOException {
        Files.copy(TruthRecords.corpus().resolve("selfeval-2021-yibao-info.pdf"), archive.resolve("good.pdf"));
        Files.writeString(archive.resolve("broken.pdf"), "%PDF-1.7 truncated");
        Files.writeString(archive.resolve("crashes.pdf"), "%PDF-1.7 makes the extractor throw");
        RecordReader reader = file -> switch (file.getFileName().toString()) {
            case "broken.pdf" -> throw new IngestException(file, IngestException.Reason.CORRUPT, "no xref table");
            case "crashes.pdf" -> throw new IllegalStateException("table without rows");
            default -> TruthRecords.read(TruthRecords.truthOf(TruthRecords.corpus().resolve("selfeval-2021-yibao-info.pdf")));
        };
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, IndicatorSynonyms.defaults())) {
            IngestSummary summary = new BulkIngester(store, reader, IngestSettings.defaults(), IngestProgress.SILENT)
                    .run(BulkIngester.listFiles(List.of(archive)));
            assertEquals(1, summary.count(FileOutcome.STORED));
            assertEquals(List.of(archive.resolve("broken.pdf"), archive.resolve("crashes.pdf")),
                    summary.failed().stream().map(FailedFile::file).toList());
            assertTrue(summary.failed().get(0).reason().contains("no xref table"));
            assertTrue(summary.failed().get(1).reason().contains("table without rows"));
        }
    }

    /** A crash after some documents: what was committed stays, the rest is read again, nothing twice. */
    @Test
    void runAgainAfterACrashEndsWithOneCopyOfEachDocument() throws IOException {
        int crashAfter = 4;
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, IndicatorSynonyms.defaults())) {
            RecordStore crashing = new CrashingStore(store, crashAfter);
            IngestSettings batchesOfTwo = IngestSettings.defaults().withThreads(1).withBatchSize(2);
            UncheckedIOException crash = assertThrows(UncheckedIOException.class, () -> ingest(crashing, batchesOfTwo));
            assertEquals("disk gone", crash.getCause().getMessage());
        } // closed without the final commit, as a killed process would leave it

        try (LuceneRecordStore store = LuceneRecordStore.open(dir, IndicatorSynonyms.defaults())) {
            assertEquals(crashAfter, store.storedHashes().size());
            IngestSummary resumed = ingest(store, IngestSettings.defaults());
            assertEquals(crashAfter, resumed.count(FileOutcome.UNCHANGED));
            assertEquals(RECORDS.size() - crashAfter, resumed.count(FileOutcome.STORED));

            assertEquals(RECORDS.stream().map(r -> r.source().sha256()).collect(Collectors.toSet()), store.storedHashes());
            IndicatorResults rows = store.search(new IndicatorQuery("", Filters.NONE, 0, false));
            assertEquals(ROWS, rows.total());
            assertEquals(ROWS, Set.copyOf(rows.hits()).size(), "a row stored twice");
        }
    }

    /** A document stored with OCR off is read again by an ingest that OCRs, and skipped by one that does not. */
    @Test
    void documentsReadWithoutOcrAreReadAgainWhenOcrIsOn(@TempDir Path archive) throws IOException {
        Path sample = TruthRecords.corpus().resolve("shanghai-2021-targets.scan.pdf");
        Files.copy(sample, archive.resolve("scan.pdf"));
        AtomicInteger reads = new AtomicInteger();
        RecordReader reader = file -> {
            reads.incrementAndGet();
            return TruthRecords.read(TruthRecords.truthOf(sample));
        };
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, IndicatorSynonyms.defaults())) {
            IngestSettings withoutOcr = IngestSettings.defaults().withoutOcr(true);
            List<Path> files = BulkIngester.listFiles(List.of(archive));
            assertEquals(1, new BulkIngester(store, reader, withoutOcr, IngestProgress.SILENT).run(files).count(FileOutcome.STORED));
            assertEquals(1, new BulkIngester(store, reader, withoutOcr, IngestProgress.SILENT).run(files).count(FileOutcome.UNCHANGED));
            assertEquals(1, store.hashesReadWithoutOcr().size());

            IngestSummary withOcr = new BulkIngester(store, reader, IngestSettings.defaults(), IngestProgress.SILENT).run(files);
            assertEquals(1, withOcr.count(FileOutcome.STORED), "stored without OCR is not done");
            assertEquals(2, reads.get());
            assertTrue(store.hashesReadWithoutOcr().isEmpty());
            assertEquals(1, new BulkIngester(store, reader, IngestSettings.defaults(), IngestProgress.SILENT).run(files)
                    .count(FileOutcome.UNCHANGED));
        }
    }

    /** A long batch commits every few seconds as well, so a search beside it sees the documents stored so far. */
    @Test
    void documentsAreCommittedAfterTheIntervalThoughTheBatchIsNotFull(@TempDir Path archive) throws IOException {
        Path first = TruthRecords.corpus().resolve("selfeval-2021-yibao-info.pdf");
        Path second = TruthRecords.corpus().resolve("xinzhou-2023-targets.pdf");
        Files.copy(first, archive.resolve("1.pdf"));
        Files.copy(second, archive.resolve("2.pdf"));
        List<Integer> seenBySearch = new java.util.ArrayList<>();
        RecordReader reader = file -> {
            if (file.getFileName().toString().equals("2.pdf")) {
                try (LuceneRecordStore searching = LuceneRecordStore.openReadOnly(dir, IndicatorSynonyms.defaults())) {
                    seenBySearch.add(searching.storedHashes().size());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return TruthRecords.read(TruthRecords.truthOf(second));
            }
            return TruthRecords.read(TruthRecords.truthOf(first));
        };
        IngestSettings bigBatchShortInterval = IngestSettings.defaults().withThreads(1).withBatchSize(1000)
                .withCommitEvery(java.time.Duration.ofNanos(1));
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, IndicatorSynonyms.defaults())) {
            new BulkIngester(store, reader, bigBatchShortInterval, IngestProgress.SILENT).run(BulkIngester.listFiles(List.of(archive)));
        }
        assertEquals(List.of(1), seenBySearch);
    }

    /** Stores normally until the n-th document after which it fails, as a full disk would. */
    private static final class CrashingStore implements RecordStore {
        private final RecordStore delegate;
        private final int failAfter;
        private final AtomicInteger puts = new AtomicInteger();

        CrashingStore(RecordStore delegate, int failAfter) {
            this.delegate = delegate;
            this.failAfter = failAfter;
        }

        @Override
        public void put(DocumentRecord record, Provenance provenance) throws IOException {
            if (puts.incrementAndGet() > failAfter) {
                throw new UncheckedIOException(new IOException("disk gone"));
            }
            delegate.put(record, provenance);
        }

        @Override
        public Optional<Path> sourceFile(String sha256) throws IOException {
            return delegate.sourceFile(sha256);
        }

        @Override
        public Set<String> storedHashes() throws IOException {
            return delegate.storedHashes();
        }

        @Override
        public Set<String> hashesReadWithoutOcr() throws IOException {
            return delegate.hashesReadWithoutOcr();
        }

        @Override
        public void delete(String sha256) throws IOException {
            delegate.delete(sha256);
        }

        @Override
        public void commit() throws IOException {
            delegate.commit();
        }

        @Override
        public Optional<DocumentRecord> document(String sha256) throws IOException {
            return delegate.document(sha256);
        }

        @Override
        public IndicatorResults search(IndicatorQuery query) throws IOException {
            return delegate.search(query);
        }

        @Override
        public List<StoredFinding> findings(FindingQuery query) throws IOException {
            return delegate.findings(query);
        }

        @Override
        public TargetComparison compare(String indicator, Filters filters) throws IOException {
            return delegate.compare(indicator, filters);
        }

        @Override
        public void close() {
        }
    }
}
