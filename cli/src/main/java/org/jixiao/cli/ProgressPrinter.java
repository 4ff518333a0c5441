package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.jixiao.index.bulk.FileOutcome;
import org.jixiao.index.bulk.IngestProgress;

/**
 * Ingest progress on stderr: one line redrawn in place at a terminal, a line every few seconds
 * otherwise (logs, CI), so neither floods.
 */
final class ProgressPrinter implements IngestProgress {

    private static final int BAR_WIDTH = 24;
    private static final long TERMINAL_REDRAW_NANOS = 100_000_000L;
    private static final long LOG_LINE_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private long start;
    private long lastPrinted;
    private int files;
    private int done;
    private long pages;
    private int failed;

    ProgressPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void started(int fileCount) {
        files = fileCount;
        start = System.nanoTime();
        lastPrinted = start;
    }

    @Override
    public synchronized void fileDone(Path file, FileOutcome outcome, int filePages) {
        done++;
        pages += filePages;
        if (outcome == FileOutcome.FAILED) {
            failed++;
        }
        long now = System.nanoTime();
        if (done == files || now - lastPrinted >= (terminal ? TERMINAL_REDRAW_NANOS : LOG_LINE_NANOS)) {
            lastPrinted = now;
            String line = line(now);
            if (terminal) {
                err.print("\r" + line + (done == files ? "\n" : ""));
            } else {
                err.println(line);
            }
            err.flush();
        }
    }

    private String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        int filled = files == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / files);
        String eta = rate > 0 && done < files ? format(Duration.ofSeconds((long) ((files - done) / rate))) : "-";
        return String.format("[%s%s] %d/%d files · %d pages · %.1f files/s · %.1f pages/s · ETA %s%s",
                "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), done, files, pages, rate, pages / seconds, eta,
                failed > 0 ? " · " + failed + " failed" : "");
    }

    static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600 ? String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60)
                : String.format("%dm%02ds", seconds / 60, seconds % 60);
    }
}
