package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.index.Filters;
import org.jixiao.index.IndicatorQuery;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.jixiao.index.lucene.LuceneRecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoveCommandTest {

    @TempDir
    Path data;

    @Test
    void removesDocumentsByFileOrHashWithAllTheirRows() throws IOException {
        DocumentRecord selfEvaluation = CorpusTruth.of("selfeval-2021-yibao-info");
        DocumentRecord xinzhou = CorpusTruth.of("xinzhou-2023-targets");
        DocumentRecord suzhou = CorpusTruth.of("suzhou-2021-zhihuiyibao-target");
        try (LuceneRecordStore store = LuceneRecordStore.open(data, IndicatorSynonyms.defaults())) {
            store.put(selfEvaluation);
            store.put(xinzhou);
            store.put(suzhou);
            store.commit();
        }

        IndexCommandsTest.Run run = IndexCommandsTest.run("remove", CorpusTruth.CORPUS.resolve("selfeval-2021-yibao-info.pdf").toString(),
                xinzhou.source().sha256(), "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("已删除 2 个文件"), run.out());
        try (LuceneRecordStore store = LuceneRecordStore.openReadOnly(data, IndicatorSynonyms.defaults())) {
            assertEquals(Set.of(suzhou.source().sha256()), store.storedHashes());
            assertEquals(suzhou.projects().get(0).indicators().size(),
                    store.search(new IndicatorQuery(null, Filters.NONE, 0, false)).total());
        }

        IndexCommandsTest.Run again = IndexCommandsTest.run("remove", xinzhou.source().sha256(), "--data", data.toString());
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("not in the index): " + xinzhou.source().sha256()), again.err());
    }
}
