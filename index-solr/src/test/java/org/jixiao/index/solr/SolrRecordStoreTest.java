package org.jixiao.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.index.Filters;
import org.jixiao.index.FindingQuery;
import org.jixiao.index.IndicatorHit;
import org.jixiao.index.IndicatorQuery;
import org.jixiao.index.IndicatorResults;
import org.jixiao.index.RecordStore;
import org.jixiao.index.RecordStoreContract;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.jixiao.index.lucene.LuceneRecordStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on a SolrCloud collection of 2 shards × 2 replicas over 2 nodes, one cluster for the class. */
class SolrRecordStoreTest extends RecordStoreContract {

    @TempDir
    static Path dir;
    private static SolrCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = SolrCluster.start(dir);
    }

    @AfterAll
    static void stopCluster() throws IOException {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Override
    protected RecordStore emptyStore() throws IOException {
        try {
            cluster.clear();
        } catch (Exception e) {
            throw new IOException(e);
        }
        return SolrRecordStore.open(cluster.nodeUrls(), SolrCluster.COLLECTION, IndicatorSynonyms.defaults());
    }

    @Override
    protected RecordStore openAgain() throws IOException {
        store.close();
        return SolrRecordStore.open(cluster.nodeUrls(), SolrCluster.COLLECTION, IndicatorSynonyms.defaults());
    }

    /** Searches of every kind, each with and without words and filters. */
    private static final List<IndicatorQuery> SEARCHES = List.of(
            new IndicatorQuery("", Filters.NONE, 0, true),
            new IndicatorQuery("满意度", Filters.NONE, 0, true),
            new IndicatorQuery("系统可用率", Filters.NONE, 0, true),
            new IndicatorQuery("运行率 系统", Filters.NONE, 0, false),
            new IndicatorQuery("", new Filters(null, "忻州", null, 2023, "医疗保障局", null, null, null), 0, true),
            new IndicatorQuery("", new Filters(null, null, null, null, null, "self_evaluation", "产出指标", null), 0, true),
            new IndicatorQuery("", Filters.NONE, 0, false, IndicatorQuery.Order.FISCAL_YEAR),
            new IndicatorQuery("", Filters.NONE, 0, false, IndicatorQuery.Order.DEPARTMENT),
            new IndicatorQuery("", Filters.NONE, 7, true, IndicatorQuery.Order.CITY));

    @Test
    void answersAsTheEmbeddedStoreDoes(@TempDir Path luceneDir) throws IOException {
        try (LuceneRecordStore embedded = LuceneRecordStore.open(luceneDir, IndicatorSynonyms.defaults())) {
            for (DocumentRecord record : RECORDS) {
                embedded.put(record);
            }
            embedded.commit();
            assertEquals(embedded.storedHashes(), store.storedHashes());
            for (IndicatorQuery query : SEARCHES) {
                IndicatorResults expected = embedded.search(query);
                IndicatorResults actual = store.search(query);
                assertEquals(expected.total(), actual.total(), query.toString());
                assertEquals(expected.facets(), actual.facets(), query.toString());
                boolean ranked = query.text() != null && !query.text().isBlank();
                // relevance differs in the last bits between one index and shards: same rows, in order unless ranked
                List<IndicatorHit> expectedHits = expected.hits().stream().map(SolrRecordStoreTest::unscored).toList();
                List<IndicatorHit> actualHits = actual.hits().stream().map(SolrRecordStoreTest::unscored).toList();
                if (ranked) {
                    assertEquals(new HashSet<>(expectedHits), new HashSet<>(actualHits), query.toString());
                    assertEquals(expectedHits.get(0), actualHits.get(0), "best match of " + query);
                } else {
                    assertEquals(expectedHits, actualHits, query.toString());
                }
            }
            for (String indicator : Set.of("系统正常运行率", "满意度", "群众满意度", "资金到位率")) {
                assertEquals(embedded.compare(indicator, Filters.NONE), store.compare(indicator, Filters.NONE), indicator);
            }
            FindingQuery all = new FindingQuery(Filters.NONE, null, null, 0);
            assertFalse(embedded.findings(all).isEmpty());
            assertEquals(embedded.findings(all), store.findings(all));
            FindingQuery errors = new FindingQuery(new Filters(null, "苏州市", null, null, null, null, null, null), null, "error", 3);
            assertEquals(embedded.findings(errors), store.findings(errors));
        }
    }

    private static IndicatorHit unscored(IndicatorHit hit) {
        return new IndicatorHit(hit.source(), hit.sha256(), hit.path(), hit.province(), hit.city(), hit.fiscalYear(),
                hit.department(), hit.project(), hit.level1(), hit.level2(), hit.level3(), hit.level4(), hit.target(),
                hit.actual(), hit.weight(), hit.score(), hit.period(), hit.page(), 0f, hit.copies());
    }
}
