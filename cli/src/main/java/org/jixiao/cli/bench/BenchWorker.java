package org.jixiao.cli.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.extract.model.RecordJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs in a JVM of its own, started by {@code jixiao bench}: times one tool over the files on one
 * thread, the first pass cold, then measured passes after the warm-up, and prints a {@link BenchResult}
 * as one line of JSON. The fastest measured pass is reported, the one least disturbed by other work
 * on the machine. One JVM per tool
 * keeps their peak memory apart and their libraries from clashing.
 */
@Command(name = "bench-worker", description = "Time one tool over FILEs (started by jixiao bench).")
public final class BenchWorker implements Callable<Integer> {

    /** The value of {@code --tool} that selects jixiao itself. */
    public static final String JIXIAO = "jixiao";

    @Option(names = "--tool", required = true, description = "jixiao, or the path of a tool's jar (see IsolatedJarWorkload).")
    String tool;

    @Option(names = "--warmups", defaultValue = "1", description = "Passes over the files before the measured ones; the first, cold, always runs.")
    int warmups;

    @Option(names = "--runs", defaultValue = "3", description = "Measured passes; the fastest is reported.")
    int runs;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchWorker()).execute(args));
    }

    /** One pass over the files: what the tool made of them and what it cost. */
    private record Pass(BenchWorkload.Counts counts, long threadCpuNanos, long processCpuNanos, long wallNanos) {
    }

    @Override
    public Integer call() throws Exception {
        LiveHeapPeak liveHeap = LiveHeapPeak.start();
        BenchWorkload workload = tool.equals(JIXIAO) ? new JixiaoWorkload() : new IsolatedJarWorkload(Path.of(tool));
        measure(workload);
        long coldProcessCpu = ResourceUsage.processCpuNanos();
        for (int pass = 1; pass < warmups; pass++) {
            measure(workload);
        }
        Pass fastest = null;
        for (int run = 0; run < Math.max(1, runs); run++) {
            Pass pass = measure(workload);
            if (fastest == null || pass.threadCpuNanos() < fastest.threadCpuNanos()) {
                fastest = pass;
            }
        }
        BenchResult result = new BenchResult(workload.name(), files.size(), fastest.counts().pages(),
                fastest.counts().tables(), fastest.threadCpuNanos(), fastest.processCpuNanos(), fastest.wallNanos(),
                coldProcessCpu, ResourceUsage.peakHeapBytes(), liveHeap.bytes(), ResourceUsage.peakRssBytes());
        System.out.println(RecordJson.toLine(result));
        return 0;
    }

    private Pass measure(BenchWorkload workload) throws Exception {
        long wall = System.nanoTime();
        long threadCpu = ResourceUsage.threadCpuNanos();
        long processCpu = ResourceUsage.processCpuNanos();
        BenchWorkload.Counts counts = processAll(workload);
        return new Pass(counts, ResourceUsage.threadCpuNanos() - threadCpu, ResourceUsage.processCpuNanos() - processCpu,
                System.nanoTime() - wall);
    }

    private BenchWorkload.Counts processAll(BenchWorkload workload) throws Exception {
        BenchWorkload.Counts total = new BenchWorkload.Counts(0, 0);
        for (Path file : files) {
            try {
                total = total.plus(workload.process(file));
            } catch (Exception e) {
                throw new IllegalStateException(file + ": " + workload.name() + " failed: " + e, e);
            }
        }
        return total;
    }
}
