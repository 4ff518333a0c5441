package org.jixiao.index.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Source;
import org.jixiao.index.Filters;
import org.jixiao.index.IndicatorQuery;
import org.jixiao.index.RecordStore;
import org.jixiao.index.TruthRecords;
import org.jixiao.index.bench.QueryMix;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.jixiao.index.lucene.LuceneRecordStore;

/**
 * The stores side by side, extraction left out (it costs the same whichever store follows): the same
 * archive of records stored into the embedded index and into a 2-node SolrCloud (2 shards × 2
 * replicas, in this JVM), on the same threads with a commit every 100 documents as {@code ingest} does,
 * then the query mix of {@code bench-ingest} over each. Run with the test classpath:
 * {@code java -cp ... org.jixiao.index.solr.SolrStoreBenchmark [documents] [rounds] [threads]}.
 *
 * <p>The archive: the corpus truth records, copied until there are {@code documents}, each copy with
 * a hash of its own and its projects numbered, so that no copy is taken for a scan of another.
 */
public final class SolrStoreBenchmark {

    private static final int BATCH = 100;

    private SolrStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int warmups = Math.max(1, rounds / 10);
        List<DocumentRecord> archive = archive(documents);
        long rows = archive.stream().flatMap(r -> r.projects().stream()).mapToLong(p -> p.indicators().size()).sum();
        System.out.printf(Locale.ROOT, "archive: %d documents, %d indicator rows; %d threads, commit every %d%n",
                documents, rows, threads, BATCH);
        Path work = Files.createTempDirectory("jixiao-solr-bench");
        List<QueryMix.Timing> embeddedTimings;
        try (LuceneRecordStore embedded = LuceneRecordStore.open(work.resolve("index"), IndicatorSynonyms.defaults())) {
            report("embedded", ingest(embedded, archive, threads), documents, embedded);
            embeddedTimings = QueryMix.run(embedded, warmups, rounds);
        }
        try (SolrCluster cluster = SolrCluster.start(work.resolve("solr"));
             SolrRecordStore solr = SolrRecordStore.open(cluster.nodeUrls(), SolrCluster.COLLECTION, IndicatorSynonyms.defaults())) {
            report("SolrCloud", ingest(solr, archive, threads), documents, solr);
            List<QueryMix.Timing> solrTimings = QueryMix.run(solr, warmups, rounds);
            System.out.printf(Locale.ROOT, "%nquery mix, %d rounds after %d warm-up rounds, wall-clock ms; load average %.1f%n",
                    rounds, warmups, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println("| question | embedded p50 | embedded p99 | SolrCloud p50 | SolrCloud p99 |");
            System.out.println("|---|---:|---:|---:|---:|");
            for (int i = 0; i < solrTimings.size(); i++) {
                QueryMix.Timing e = embeddedTimings.get(i);
                QueryMix.Timing s = solrTimings.get(i);
                System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |%n", s.question(), e.percentileMillis(50),
                        e.percentileMillis(99), s.percentileMillis(50), s.percentileMillis(99));
            }
            long[] e = QueryMix.all(embeddedTimings);
            long[] s = QueryMix.all(solrTimings);
            System.out.printf(Locale.ROOT, "| all | %.1f | %.1f | %.1f | %.1f |%n", QueryMix.percentileMillis(e, 50),
                    QueryMix.percentileMillis(e, 99), QueryMix.percentileMillis(s, 50), QueryMix.percentileMillis(s, 99));
        }
    }

    private static void report(String store, double seconds, int documents, RecordStore records) throws IOException {
        long stored = records.search(new IndicatorQuery(null, Filters.NONE, 1, false)).total();
        System.out.printf(Locale.ROOT, "%s: %d documents stored in %.1f s: %.1f documents/s (%d indicator rows searchable)%n",
                store, documents, seconds, documents / seconds, stored);
    }

    /** Stores the archive on {@code threads} threads with a commit every {@value #BATCH} documents; seconds taken. */
    private static double ingest(RecordStore store, List<DocumentRecord> archive, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger sinceCommit = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < archive.size(); i = next.getAndIncrement()) {
                        store.put(archive.get(i));
                        if (sinceCommit.incrementAndGet() % BATCH == 0) {
                            store.commit();
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    failures.add(e);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        store.commit();
        return (System.nanoTime() - start) / 1e9;
    }

    private static List<DocumentRecord> archive(int documents) {
        List<DocumentRecord> samples = TruthRecords.all();
        List<DocumentRecord> archive = new ArrayList<>(documents);
        for (int i = 0; i < documents; i++) {
            DocumentRecord sample = samples.get(i % samples.size());
            String copy = "（第" + (i / samples.size() + 1) + "份）";
            List<ProjectRecord> projects = sample.projects().stream().map(p -> new ProjectRecord(p.name() + copy,
                    p.department(), p.implementingUnit(), p.funding(), p.rates(), p.subItems(), p.indicators(),
                    p.evaluation())).toList();
            List<Finding> findings = sample.findings().stream().map(f -> new Finding(f.rule(), f.severity(), f.message(),
                    f.expected(), f.found(), f.page(), f.labels(), f.project() == null ? null : f.project() + copy)).toList();
            Source source = new Source("copy-" + i + "/" + sample.source().path(), sha256("copy " + i),
                    sample.source().pages(), sample.source().ocrPages());
            archive.add(new DocumentRecord(source, sample.docType(), sample.region(), sample.fiscalYear(), projects, findings));
        }
        return archive;
    }

    private static String sha256(String text) throws IllegalStateException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
