package org.jixiao.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.embedded.JettySolrRunner;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.index.Filters;
import org.jixiao.index.FindingQuery;
import org.jixiao.index.IndicatorQuery;
import org.jixiao.index.IndicatorResults;
import org.jixiao.index.Provenance;
import org.jixiao.index.RecordEntries;
import org.jixiao.index.TruthRecords;
import org.jixiao.index.bulk.BulkIngester;
import org.jixiao.index.bulk.FileOutcome;
import org.jixiao.index.bulk.IngestProgress;
import org.jixiao.index.bulk.IngestSettings;
import org.jixiao.index.bulk.IngestSummary;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.jixiao.index.lucene.LuceneRecordStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node of the cluster stops in the middle of an ingest: the ingest goes on through the other node,
 * and afterwards, and again once the node is back, every document is there exactly once and the
 * searches count what the embedded store counts.
 */
class SolrNodeFailureTest {

    private static final List<DocumentRecord> RECORDS = TruthRecords.all();

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

    @Test
    void aNodeStoppedMidIngestLosesAndRepeatsNothing(@TempDir Path luceneDir) throws Exception {
        List<Path> truthFiles;
        try (Stream<Path> files = Files.list(TruthRecords.corpus())) {
            truthFiles = files.filter(f -> f.getFileName().toString().endsWith(".truth.json")).sorted().toList();
        }
        JettySolrRunner stopped = cluster.node(0);
        AtomicInteger read = new AtomicInteger();
        // the node the store asks first goes down after a third of the files, while the other thread stores
        try (LuceneRecordStore embedded = LuceneRecordStore.open(luceneDir, IndicatorSynonyms.defaults());
             SolrRecordStore store = SolrRecordStore.open(cluster.nodeUrls(), SolrCluster.COLLECTION,
                IndicatorSynonyms.defaults(), Duration.ofSeconds(90))) {
            for (DocumentRecord record : RECORDS) {
                embedded.put(record);
            }
            embedded.commit();
            IngestSummary summary = new BulkIngester(store, file -> {
                if (read.incrementAndGet() == truthFiles.size() / 3) {
                    try {
                        cluster.stop(stopped);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                return TruthRecords.read(file);
            }, IngestSettings.defaults().withThreads(2).withBatchSize(3), IngestProgress.SILENT).run(truthFiles);
            assertEquals(truthFiles.size(), summary.count(FileOutcome.STORED), summary.toString());
            assertTrue(stopped.isStopped());
            assertStoredOnce(store, embedded);

            // run again: the store keys documents by hash, so storing them all again adds nothing
            new BulkIngester(store, TruthRecords::read, IngestSettings.defaults().withThreads(2), IngestProgress.SILENT)
                    .run(truthFiles);
            assertStoredOnce(store, embedded);

            cluster.startAgain(stopped);
            assertStoredOnce(store, embedded);
        }
    }

    /** Every document once, every entry once on each node's replicas, and the embedded store's counts. */
    private static void assertStoredOnce(SolrRecordStore store, LuceneRecordStore embedded) throws Exception {
        assertEquals(RECORDS.stream().map(r -> r.source().sha256()).collect(Collectors.toSet()), store.storedHashes());
        long entries = RECORDS.stream().mapToLong(r -> RecordEntries.of(r, Provenance.of(r), null, false).size()).sum();
        for (String url : cluster.liveNodeUrls()) {
            try (HttpJdkSolrClient node = new HttpJdkSolrClient.Builder(url).build()) {
                // this node's own replicas answer: each holds one replica of each shard
                SolrQuery all = new SolrQuery("*:*").setRows(0);
                all.set("shards.preference", "replica.location:local");
                assertEquals(entries, node.query(SolrCluster.COLLECTION, all).getResults().getNumFound(), url);
            }
        }
        for (IndicatorQuery query : List.of(new IndicatorQuery("", Filters.NONE, 0, true),
                new IndicatorQuery("满意度", Filters.NONE, 0, true))) {
            IndicatorResults expected = embedded.search(query);
            IndicatorResults actual = store.search(query);
            assertEquals(expected.total(), actual.total(), query.toString());
            assertEquals(expected.facets(), actual.facets(), query.toString());
        }
        assertEquals(embedded.findings(new FindingQuery(Filters.NONE, null, null, 0)).size(),
                store.findings(new FindingQuery(Filters.NONE, null, null, 0)).size());
    }
}
