package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jixiao.cli.bench.BenchResult;
import org.jixiao.cli.bench.BenchRunner;
import org.jixiao.cli.bench.BenchSet;
import org.jixiao.cli.bench.BenchWorker;
import org.jixiao.cli.bench.OneShotRun;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.ingest.AutoDetectLoader;
import org.jixiao.ingest.IngestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao bench DIR...}: born-digital pages per CPU-second and peak memory of jixiao, beside
 * tabula-java's lattice mode on the same files. Each tool runs in a JVM of its own with the same heap
 * limit, on one thread, after a warm-up pass. Then each runs as a user runs it, in a fresh process
 * with its launcher's options ({@code ./jixiao extract}, tabula's command line), measured whole.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Pages per CPU-second and peak memory of jixiao on the born-digital PDFs of each DIR (or FILE),",
                "beside tabula-java 1.0.5's lattice mode when its jar is there; and what a user's one-shot run costs,",
                "CPU time and peak RSS of the whole process: ./jixiao extract beside tabula-java's command line",
                "(build it with: mvn -B -q -Pbench -pl bench-tabula package)."})
final class BenchCommand implements Callable<Integer> {

    private static final Path DEFAULT_TABULA_JAR = Path.of("bench-tabula", "target", "tabula-bench.jar");

    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Directories of PDFs, or PDF files; each is reported apart.")
    List<Path> inputs;

    @Option(names = "--tabula", paramLabel = "JAR",
            description = "tabula-java's bench jar. Default: ${DEFAULT-VALUE} when it exists; without it jixiao runs alone.")
    Path tabulaJar = DEFAULT_TABULA_JAR;

    @Option(names = "--no-tabula", description = "Time jixiao alone.")
    boolean withoutTabula;

    @Option(names = "--heap", defaultValue = "2g", description = "-Xmx of every worker JVM. Default: ${DEFAULT-VALUE}.")
    String heap;

    @Option(names = "--jvm-option", paramLabel = "OPTION",
            description = "A further option of every worker JVM, e.g. --jvm-option=-XX:+UseSerialGC.")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--warmups", defaultValue = "1", description = "Passes before the measured ones, the first of them cold (at least 1). Default: ${DEFAULT-VALUE}.")
    int warmups;

    @Option(names = "--runs", defaultValue = "3", description = "Measured passes; the fastest counts. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--launcher", paramLabel = "SCRIPT",
            description = "The jixiao launcher whose one-shot run is measured. Default: ${DEFAULT-VALUE} when it exists.")
    Path launcher = Path.of("jixiao");

    @Option(names = "--one-shot-runs", defaultValue = "2",
            description = "Fresh processes per tool, as a user runs them (0: none); the least CPU counts. Default: ${DEFAULT-VALUE}.")
    int oneShotRuns;

    @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws IOException, InterruptedException {
        boolean withTabula = !withoutTabula && Files.isRegularFile(tabulaJar);
        if (!withoutTabula && !withTabula && spec.commandLine().getParseResult().hasMatchedOption("--tabula")) {
            throw new ParameterException(spec.commandLine(), "no such jar: " + tabulaJar);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> workerOptions = new ArrayList<>(List.of("-Xmx" + heap));
        workerOptions.addAll(jvmOptions);
        BenchRunner runner = new BenchRunner(workerOptions, warmups, runs);
        AutoDetectLoader loader = new AutoDetectLoader();
        if (format == Format.table) {
            out.printf("jixiao bench: born-digital PDFs, each tool in a JVM of its own with %s, working on one thread%n"
                    + "  warm: CPU time of the working thread, fastest of %d passes after %d warm-up pass(es)%n"
                    + "  cold: CPU time of the whole JVM from its start to the end of its first pass%n"
                    + "  live heap: the largest heap in use right after a garbage collection%n",
                    String.join(" ", workerOptions), runs, warmups);
            if (!withTabula && !withoutTabula) {
                out.println("(no tabula-java comparison: " + tabulaJar + " is missing; build it with "
                        + "mvn -B -q -Pbench -pl bench-tabula package)");
            }
        }
        for (Path input : inputs) {
            BenchSet set;
            try {
                set = BenchSet.of(input, loader);
            } catch (IngestException e) {
                spec.commandLine().getErr().println("jixiao: " + e.getMessage());
                return 1;
            }
            List<BenchResult> results = new ArrayList<>();
            List<OneShotResult> oneShots = new ArrayList<>();
            if (!set.files().isEmpty()) {
                results.add(runner.run(BenchWorker.JIXIAO, set.files()));
                if (withTabula) {
                    results.add(runner.run(tabulaJar.toAbsolutePath().toString(), set.files()));
                }
                if (oneShotRuns > 0 && Files.isRegularFile(launcher)) {
                    oneShots.add(jixiaoOneShot(set.files()));
                    if (withTabula) {
                        oneShots.add(tabulaOneShot(set.files()));
                    }
                }
            }
            if (format == Format.json) {
                out.println(RecordJson.toLine(new SetReport(set.name(), set.files().size(), set.skipped().size(), results, oneShots)));
            } else {
                printTable(out, set, results);
                printOneShots(out, oneShots);
            }
            out.flush();
        }
        return 0;
    }

    /** One line of {@code --format json}. */
    record SetReport(String set, int files, int skippedWithoutText, List<BenchResult> results, List<OneShotResult> oneShot) {
    }

    /** A tool run as a user runs it, in a fresh process with its launcher's JVM options: the best of the runs. */
    record OneShotResult(String tool, String command, long cpuNanos, long peakRssBytes) {
    }

    /** {@code ./jixiao extract FILES --format json}, the launcher choosing the JVM's options as it does for a user. */
    private OneShotResult jixiaoOneShot(List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toAbsolutePath().toString(), "extract"));
        files.forEach(file -> command.add(file.toAbsolutePath().toString()));
        command.addAll(List.of("--format", "json"));
        return best("jixiao extract", launcher + " extract FILES --format json", command, Path.of("."));
    }

    /**
     * tabula-java's command line in batch mode ({@code -b DIR}: every PDF of a directory in one JVM, as
     * jixiao reads its list) on copies of the files, since it writes its JSON beside each PDF. Its jar
     * has no launcher: the JVM's defaults.
     */
    private OneShotResult tabulaOneShot(List<Path> files) throws IOException, InterruptedException {
        Path copies = Files.createTempDirectory("jixiao-bench-tabula");
        try {
            for (Path file : files) {
                Files.copy(file, copies.resolve(file.getFileName()));
            }
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    tabulaJar.toAbsolutePath().toString(), "technology.tabula.CommandLineApp", "--lattice", "--pages", "all",
                    "--format", "JSON", "--batch", copies.toString());
            return best("tabula-java 1.0.5 CLI", "java -cp tabula.jar technology.tabula.CommandLineApp --lattice --pages all "
                    + "--format JSON --batch DIR", command, copies);
        } finally {
            try (var left = Files.list(copies)) {
                for (Path file : left.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(copies);
        }
    }

    private OneShotResult best(String tool, String shown, List<String> command, Path directory)
            throws IOException, InterruptedException {
        List<OneShotRun> runs = new ArrayList<>();
        for (int i = 0; i < oneShotRuns; i++) {
            runs.add(OneShotRun.measure(command, directory));
        }
        OneShotRun best = OneShotRun.best(runs);
        return new OneShotResult(tool, shown, best.cpuNanos(), best.peakRssBytes());
    }

    private void printOneShots(PrintWriter out, List<OneShotResult> oneShots) {
        if (oneShots.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "  one-shot, as a user runs it (a fresh process, its launcher's JVM options; least CPU of %d runs):%n",
                oneShotRuns);
        for (OneShotResult shot : oneShots) {
            out.printf(Locale.ROOT, "    %-24s CPU %6.2f s  peak RSS %9s   %s%n", shot.tool(), shot.cpuNanos() / 1e9,
                    mebibytes(shot.peakRssBytes()), shot.command());
        }
        if (oneShots.size() == 2) {
            out.printf(Locale.ROOT, "    jixiao ÷ tabula: %.2f× the CPU, %.2f× the peak RSS%n",
                    (double) oneShots.get(0).cpuNanos() / oneShots.get(1).cpuNanos(),
                    (double) oneShots.get(0).peakRssBytes() / oneShots.get(1).peakRssBytes());
        }
    }

    private static void printTable(PrintWriter out, BenchSet set, List<BenchResult> results) {
        out.printf("%n%s: %d born-digital PDFs, %d pages", set.name(), set.files().size(),
                results.isEmpty() ? 0 : results.get(0).pages());
        if (!set.skipped().isEmpty()) {
            out.printf(" (%d without a text layer left out)", set.skipped().size());
        }
        out.println();
        if (results.isEmpty()) {
            return;
        }
        int toolWidth = results.stream().mapToInt(r -> r.tool().length()).max().orElse(4) + 2;
        out.printf(Locale.ROOT, "  %-" + toolWidth + "s %13s %10s %13s %10s %10s %10s %10s %7s%n", "tool",
                "warm pages/s", "warm CPU s", "cold pages/s", "cold CPU s", "live heap", "peak heap", "peak RSS", "tables");
        for (BenchResult result : results) {
            out.printf(Locale.ROOT, "  %-" + toolWidth + "s %13.1f %10.2f %13.1f %10.2f %10s %10s %10s %7d%n", result.tool(),
                    result.pagesPerCpuSecond(), result.threadCpuNanos() / 1e9, result.coldPagesPerCpuSecond(),
                    result.coldProcessCpuNanos() / 1e9, mebibytes(result.peakLiveHeapBytes()),
                    mebibytes(result.peakHeapBytes()), mebibytes(result.peakRssBytes()), result.tables());
        }
        if (results.size() == 2) {
            BenchResult jixiao = results.get(0);
            BenchResult other = results.get(1);
            out.printf(Locale.ROOT, "  jixiao ÷ tabula: %.2f× the pages per CPU-second warm, %.2f× cold; "
                            + "%.2f× the live heap, %.2f× the peak RSS%n",
                    jixiao.pagesPerCpuSecond() / other.pagesPerCpuSecond(),
                    jixiao.coldPagesPerCpuSecond() / other.coldPagesPerCpuSecond(),
                    (double) jixiao.peakLiveHeapBytes() / other.peakLiveHeapBytes(),
                    (double) jixiao.peakRssBytes() / other.peakRssBytes());
        }
    }

    private static String mebibytes(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%d MiB", Math.round(bytes / 1048576.0));
    }
}
