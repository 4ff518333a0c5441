package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jixiao.cli.indexbench.BenchArchive;
import org.jixiao.cli.indexbench.IngestMeasurement;
import org.jixiao.extract.Pipeline;
import org.jixiao.extract.Pipelines;
import org.jixiao.index.IndicatorQuery;
import org.jixiao.index.bench.QueryMix;
import org.jixiao.index.bulk.FileOutcome;
import org.jixiao.index.bulk.IngestSettings;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.jixiao.index.lucene.LuceneRecordStore;
import org.jixiao.ingest.LoadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao bench-ingest}: generates an archive of sample copies, ingests it into a fresh index
 * and times a fixed query mix over it.
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
        description = {"Benchmark bulk ingest and search: generate an archive of copies of the sample PDFs,",
                "ingest it on all cores (files/s, pages/s, peak heap, index size), then time a fixed query mix (p50/p99)."})
final class BenchIngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", defaultValue = "corpus-samples", description = "PDFs to copy. Default: ${DEFAULT-VALUE}.")
    Path samples;

    @Option(names = "--files", defaultValue = "2000", description = "Files in the generated archive. Default: ${DEFAULT-VALUE}.")
    int files;

    @Option(names = "--work", defaultValue = "target/bench-ingest",
            description = "Where the archive and the index are written (emptied first). Default: ${DEFAULT-VALUE}.")
    Path work;

    @Option(names = "--threads", description = "Ingest threads. Default: the number of cores.")
    Integer threads;

    @Option(names = "--rounds", defaultValue = "200", description = "Timed rounds of the query mix. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--warmups", defaultValue = "20", description = "Untimed rounds first. Default: ${DEFAULT-VALUE}.")
    int warmups;

    @Option(names = "--queries-only", description = "Time the query mix over the index a previous run left in --work.")
    boolean queriesOnly;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path index = work.resolve("index");
        int exitCode = queriesOnly ? 0 : ingest(out, spec.commandLine().getErr(), index);
        try (LuceneRecordStore store = LuceneRecordStore.openReadOnly(index, IndicatorSynonyms.defaults())) {
            long rows = store.search(new IndicatorQuery(null, null, 1, false)).total();
            List<QueryMix.Timing> timings = QueryMix.run(store, warmups, rounds);
            out.printf(Locale.ROOT, "queries over %d indicator rows, %d rounds after %d warm-up rounds; load average %.1f:%n",
                    rows, rounds, warmups, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            TextTable table = new TextTable(List.of("question", "p50 ms", "p99 ms", "CPU p50 ms", "CPU p99 ms"),
                    48, 8, 8, 10, 10);
            for (QueryMix.Timing timing : timings) {
                table.add(List.of(timing.question(), millis(timing.percentileMillis(50)), millis(timing.percentileMillis(99)),
                        millis(timing.cpuPercentileMillis(50)), millis(timing.cpuPercentileMillis(99))));
            }
            List<QueryMix.Timing> interactive = timings.stream().filter(QueryMix.Timing::interactive).toList();
            addTotal(table, "interactive (pages of 50 rows)", interactive);
            addTotal(table, "all", timings);
            out.print(table.render());
        }
        out.flush();
        return exitCode;
    }

    /** Generates the archive and ingests it into a fresh index; 1 when files failed. */
    private int ingest(PrintWriter out, PrintWriter err, Path index) throws IOException, InterruptedException {
        Path archive = work.resolve("archive");
        deleteRecursively(work);

        long generateStart = System.nanoTime();
        List<Path> archiveFiles = BenchArchive.generate(samples, archive, files);
        out.printf(Locale.ROOT, "archive: %d files, %.1f MiB, generated in %.1f s%n", archiveFiles.size(),
                size(archive) / 1048576.0, (System.nanoTime() - generateStart) / 1e9);

        IngestSettings settings = IngestSettings.defaults();
        if (threads != null) {
            settings = settings.withThreads(threads);
        }
        Pipeline pipeline = Pipelines.standard();
        IngestMeasurement ingest;
        try (LuceneRecordStore store = LuceneRecordStore.open(index, IndicatorSynonyms.defaults())) {
            ingest = IngestMeasurement.run(store, file -> pipeline.run(file, LoadOptions.DEFAULT).record(), settings,
                    archiveFiles, new ProgressPrinter(err, System.console() != null));
        }
        double seconds = ingest.summary().elapsed().toNanos() / 1e9;
        out.printf(Locale.ROOT, "ingest: %d stored, %d failed, %d pages in %.1f s on %d threads: %.1f files/s, %.1f pages/s%n",
                ingest.summary().count(FileOutcome.STORED), ingest.summary().count(FileOutcome.FAILED),
                ingest.summary().pages(), seconds, settings.threads(),
                ingest.summary().count(FileOutcome.STORED) / seconds, ingest.summary().pages() / seconds);
        double cpuSeconds = ingest.cpuNanos() / 1e9;
        out.printf(Locale.ROOT, "ingest CPU: %.1f s: %.2f files and %.1f pages per CPU-second; load average %.1f%n", cpuSeconds,
                ingest.summary().count(FileOutcome.STORED) / cpuSeconds, ingest.summary().pages() / cpuSeconds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf(Locale.ROOT, "peak heap used: %.0f MiB (max heap %.0f MiB); index: %.1f MiB%n",
                ingest.peakHeapBytes() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0, size(index) / 1048576.0);

        return ingest.summary().failed().isEmpty() ? 0 : 1;
    }

    private static void addTotal(TextTable table, String label, List<QueryMix.Timing> timings) {
        long[] wall = QueryMix.all(timings);
        long[] cpu = QueryMix.allCpu(timings);
        table.add(List.of(label, millis(QueryMix.percentileMillis(wall, 50)), millis(QueryMix.percentileMillis(wall, 99)),
                millis(QueryMix.percentileMillis(cpu, 50)), millis(QueryMix.percentileMillis(cpu, 99))));
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
