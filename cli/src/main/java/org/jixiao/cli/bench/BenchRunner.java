package org.jixiao.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.model.RecordJson;

/**
 * Starts a {@link BenchWorker} JVM per tool and set of files, all with the same JVM options (heap
 * limit, collector), and reads back its result. The workers run on this JVM's class path.
 */
public final class BenchRunner {

    private final List<String> jvmOptions;
    private final int warmups;
    private final int runs;

    /**
     * @param jvmOptions the workers' JVM options, e.g. {@code -Xmx2g}
     * @param warmups    passes over the files before the measured ones
     * @param runs       measured passes, of which the fastest counts
     */
    public BenchRunner(List<String> jvmOptions, int warmups, int runs) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.warmups = warmups;
        this.runs = runs;
    }

    /**
     * Times a tool over the files.
     *
     * @param tool {@link BenchWorker#JIXIAO} or the path of a tool's jar
     * @throws IOException when the worker fails, with the end of what it printed
     */
    public BenchResult run(String tool, List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                BenchWorker.class.getName(), "--tool", tool, "--warmups", Integer.toString(warmups),
                "--runs", Integer.toString(runs)));
        files.forEach(file -> command.add(file.toString()));
        Path errors = Files.createTempFile("jixiao-bench", ".log");
        try {
            Process worker = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            worker.getOutputStream().close();
            String output = new String(worker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exitCode = worker.waitFor();
            String result = output.lines().filter(line -> line.startsWith("{")).reduce((first, last) -> last).orElse(null);
            if (exitCode != 0 || result == null) {
                throw new IOException("the bench worker for " + tool + " failed (exit code " + exitCode + "):\n"
                        + tail(Files.readString(errors, StandardCharsets.UTF_8)));
            }
            return RecordJson.mapper().readValue(result, BenchResult.class);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
