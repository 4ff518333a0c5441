package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.jixiao.index.bulk.FileOutcome;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

    @Test
    void logLinesEndWithTheTotals() {
        StringWriter err = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(err), false);
        printer.started(3, 0);
        printer.fileDone(Path.of("a.pdf"), FileOutcome.STORED, 4);
        printer.fileDone(Path.of("b.pdf"), FileOutcome.FAILED, 0);
        printer.fileDone(Path.of("c.pdf"), FileOutcome.STORED, 8);
        String last = err.toString().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("[########################] 3/3 files · 12 pages · "), last);
        assertTrue(last.endsWith("ETA - · 1 failed"), last);
        assertTrue(!err.toString().contains("\r"));
    }

    @Test
    void aTerminalGetsOneLineRedrawnInPlace() {
        StringWriter err = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(err), true);
        printer.started(1, 0);
        printer.fileDone(Path.of("a.pdf"), FileOutcome.STORED, 2);
        assertTrue(err.toString().startsWith("\r["), err.toString());
        assertTrue(err.toString().endsWith("\n"));
    }

    @Test
    void theTimeLeftWeighsFilesByTheirBytes() {
        // a quarter of the bytes in 10 s: 30 s to go, whatever the number of files left
        assertEquals(Duration.ofSeconds(30), ProgressPrinter.eta(Duration.ofSeconds(10), 250, 1000).orElseThrow());
        assertTrue(ProgressPrinter.eta(Duration.ofSeconds(10), 0, 1000).isEmpty(), "nothing done: no pace yet");
        assertTrue(ProgressPrinter.eta(Duration.ofSeconds(10), 1000, 1000).isEmpty());
    }

    @Test
    void durationsReadAsMinutesOrHours() {
        assertEquals("2m05s", ProgressPrinter.format(Duration.ofSeconds(125)));
        assertEquals("1h01m", ProgressPrinter.format(Duration.ofSeconds(3660)));
    }
}
