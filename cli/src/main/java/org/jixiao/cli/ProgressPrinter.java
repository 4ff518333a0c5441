package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jixiao.index.bulk.BulkIngester;
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
    private long bytes;
    private long doneBytes;

    ProgressPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void started(int fileCount, long totalBytes) {
        files = fileCount;
        bytes = totalBytes;
        start = System.nanoTime();
        lastPrinted = start;
    }

    @Override
    public synchronized void fileDone(Path file, FileOutcome outcome, int filePages) {
        done++;
        pages += filePages;
        doneBytes += BulkIngester.sizeOf(file);
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
        String eta = done < files ? eta(Duration.ofNanos(now - start), doneBytes, bytes).map(ProgressPrinter::format).orElse("-") : "-";
        return String.format("[%s%s] %d/%d files · %d pages · %.1f files/s · %.1f pages/s · ETA %s%s",
                "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), done, files, pages, rate, pages / seconds, eta,
                failed > 0 ? " · " + failed + " failed" : "");
    }

    /**
     * The time left at the pace so far, by bytes rather than files: a scan is large and takes seconds a
     * page to OCR, a born-digital form is small and quick, so bytes weigh each file by its cost.
     */
    static Optional<Duration> eta(Duration elapsed, long doneBytes, long totalBytes) {
        if (doneBytes <= 0 || totalBytes <= doneBytes) {
            return Optional.empty();
        }
        double nanosPerByte = (double) elapsed.toNanos() / doneBytes;
        return Optional.of(Duration.ofNanos((long) (nanosPerByte * (totalBytes - doneBytes))));
    }

    static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600 ? String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60)
                : String.format("%dm%02ds", seconds / 60, seconds % 60);
    }
}
