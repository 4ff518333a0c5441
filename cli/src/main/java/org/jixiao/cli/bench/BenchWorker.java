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
 * thread, the first pass cold and the last after the warm-up passes, and prints a {@link BenchResult}
 * as one line of JSON. One JVM per tool
 * keeps their peak memory apart and their libraries from clashing.
 */
@Command(name = "bench-worker", description = "Time one tool over FILEs (started by jixiao bench).")
public final class BenchWorker implements Callable<Integer> {

    /** The value of {@code --tool} that selects jixiao itself. */
    public static final String JIXIAO = "jixiao";

    @Option(names = "--tool", required = true, description = "jixiao, or the path of a tool's jar (see IsolatedJarWorkload).")
    String tool;

    @Option(names = "--warmups", defaultValue = "1", description = "Passes over the files before the measured one.")
    int warmups;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchWorker()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        BenchWorkload workload = tool.equals(JIXIAO) ? new JixiaoWorkload() : new IsolatedJarWorkload(Path.of(tool));
        long coldProcessCpu = 0;
        BenchWorkload.Counts counts = null;
        long threadCpu = 0;
        long processCpu = 0;
        long wall = 0;
        for (int pass = 0; pass <= warmups; pass++) {
            wall = System.nanoTime();
            threadCpu = ResourceUsage.threadCpuNanos();
            processCpu = ResourceUsage.processCpuNanos();
            counts = processAll(workload);
            threadCpu = ResourceUsage.threadCpuNanos() - threadCpu;
            processCpu = ResourceUsage.processCpuNanos() - processCpu;
            wall = System.nanoTime() - wall;
            if (pass == 0) {
                coldProcessCpu = ResourceUsage.processCpuNanos();
            }
        }
        BenchResult result = new BenchResult(workload.name(), files.size(), counts.pages(), counts.tables(),
                threadCpu, processCpu, wall, coldProcessCpu, ResourceUsage.peakHeapBytes(), ResourceUsage.peakRssBytes());
        System.out.println(RecordJson.toLine(result));
        return 0;
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
