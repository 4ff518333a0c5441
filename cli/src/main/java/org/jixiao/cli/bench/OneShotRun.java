package org.jixiao.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of a command in a process of its own, measured as {@code /usr/bin/time} measures it: the CPU
 * time the process and its children spent (user and system, from this process's accounting of the
 * children it has waited for) and its peak resident set size (VmHWM, read while it runs). Linux only:
 * elsewhere the figures are -1.
 *
 * @param cpuNanos     user and system CPU time of the whole process, start-up included
 * @param peakRssBytes the largest VmHWM seen while it ran, every 10 ms (a peak in its last moments may be missed)
 */
public record OneShotRun(long cpuNanos, long peakRssBytes) {

    private static final Path SELF_STAT = Path.of("/proc/self/stat");
    /** The kernel's clock ticks per second, in which /proc reports CPU time (USER_HZ, 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    /** Runs the command in {@code directory}, its output discarded; fails naming the command when it fails. */
    public static OneShotRun measure(List<String> command, Path directory) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("jixiao-one-shot", ".log");
        try {
            long before = childrenCpuTicks();
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errors.toFile()).start();
            process.getOutputStream().close();
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            long peak = -1;
            while (!process.waitFor(10, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, highWaterMark(status));
            }
            long after = childrenCpuTicks();
            if (process.exitValue() != 0) {
                List<String> lines = Files.readString(errors, StandardCharsets.UTF_8).lines().toList();
                throw new IOException(String.join(" ", command) + " failed (exit code " + process.exitValue() + "):\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size())));
            }
            long cpu = before < 0 || after < 0 ? -1 : (after - before) * (1_000_000_000L / TICKS_PER_SECOND);
            return new OneShotRun(cpu, peak);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** The best of several runs: least CPU, and the peak RSS of that run. */
    public static OneShotRun best(List<OneShotRun> runs) {
        return runs.stream().min(java.util.Comparator.comparingLong(OneShotRun::cpuNanos)).orElseThrow();
    }

    /** cutime + cstime of /proc/self/stat: CPU time of the children waited for, or -1. */
    private static long childrenCpuTicks() {
        try {
            String stat = Files.readString(SELF_STAT);
            // fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[13]) + Long.parseLong(fields[14]); // fields 16 and 17 of proc(5)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1; // not Linux, or the process has just ended
        }
        return -1;
    }
}
