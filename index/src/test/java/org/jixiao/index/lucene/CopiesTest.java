package org.jixiao.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.index.Filters;
import org.jixiao.index.IndicatorHit;
import org.jixiao.index.IndicatorQuery;
import org.jixiao.index.IndicatorResults;
import org.jixiao.index.Provenance;
import org.jixiao.index.TruthRecords;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan and the born-digital export of one document: stored both, counted once, the export shown. */
class CopiesTest {

    private static final DocumentRecord EXPORT = record("shanghai-2021-targets");
    private static final DocumentRecord SCAN = record("shanghai-2021-targets.scan");

    @TempDir
    Path dir;

    private static DocumentRecord record(String name) {
        return TruthRecords.read(TruthRecords.corpus().resolve(name + ".truth.json"));
    }

    private static long rows(DocumentRecord record) {
        return record.projects().stream().mapToLong(p -> p.indicators().size()).sum();
    }

    private static IndicatorResults all(LuceneRecordStore store) throws IOException {
        return store.search(new IndicatorQuery("", Filters.NONE, 0, true));
    }

    @Test
    void theScanStoredFirstBecomesTheCopyOfTheExport() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, IndicatorSynonyms.defaults())) {
            store.put(SCAN, new Provenance("扫描/targets.pdf", null, false));
            store.commit();
            assertEquals(rows(SCAN), all(store).total());
            store.put(EXPORT, new Provenance("导出/targets.pdf", null, false));
            store.commit();

            IndicatorResults results = all(store);
            assertEquals(rows(EXPORT), results.total(), "counted once");
            long facetTotal = results.facets().stream().filter(f -> f.field().equals("doc_type"))
                    .flatMap(f -> f.buckets().stream()).mapToLong(b -> b.count()).sum();
            assertEquals(rows(EXPORT), facetTotal, "facets count the document once");
            for (IndicatorHit hit : results.hits()) {
                assertEquals("导出/targets.pdf", hit.path());
                assertEquals(List.of("扫描/targets.pdf"), hit.copies());
            }
            assertEquals(2, store.storedHashes().size(), "both files are stored: a rerun skips both");
            long inExport = EXPORT.projects().stream().flatMap(p -> p.indicators().stream())
                    .filter(i -> i.deepestLevel().equals(rowName())).count();
            assertEquals(inExport, store.compare(rowName(), Filters.NONE).rows().size(), "compare counts the document once");
        }
    }

    private static String rowName() {
        return EXPORT.projects().get(0).indicators().get(0).deepestLevel();
    }

    @Test
    void removingTheDocumentCountedLetsItsCopyBeCounted() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, IndicatorSynonyms.defaults())) {
            store.put(EXPORT, new Provenance("导出/targets.pdf", null, false));
            store.put(SCAN, new Provenance("扫描/targets.pdf", null, false));
            store.commit();
            assertEquals(rows(EXPORT), all(store).total());
            int compared = store.compare(rowName(), Filters.NONE).rows().size();

            store.delete(EXPORT.source().sha256());
            store.commit();
            IndicatorResults results = all(store);
            assertEquals(rows(SCAN), results.total());
            assertTrue(results.hits().stream().allMatch(hit -> hit.path().equals("扫描/targets.pdf") && hit.copies().isEmpty()));
            assertEquals(compared, store.compare(rowName(), Filters.NONE).rows().size());
        }

        try (LuceneRecordStore reopened = LuceneRecordStore.open(dir, IndicatorSynonyms.defaults())) {
            reopened.put(EXPORT, new Provenance("导出/targets.pdf", null, false));
            reopened.commit();
            assertEquals(rows(EXPORT), all(reopened).total(), "a store opened again knows which document is counted");
        }
    }
}
