package org.jixiao.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneShotRunTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void aChildJvmIsMeasuredWhole() throws Exception {
        OneShotRun run = OneShotRun.measure(List.of(JAVA, "-Xshare:off", "-version"), Path.of("."));
        // a JVM's start-up alone takes tens of milliseconds of CPU and tens of MiB of memory
        assertTrue(run.cpuNanos() >= 10_000_000L, run.toString());
        assertTrue(run.peakRssBytes() > 10L << 20, run.toString());
    }

    @Test
    void theLeastCpuCounts() {
        OneShotRun best = OneShotRun.best(List.of(new OneShotRun(300, 5), new OneShotRun(200, 7), new OneShotRun(400, 1)));
        assertEquals(new OneShotRun(200, 7), best);
    }

    @Test
    void aFailingCommandIsNamed() {
        IOException e = assertThrows(IOException.class,
                () -> OneShotRun.measure(List.of(JAVA, "-XX:+NoSuchOptionAnywhere", "-version"), Path.of(".")));
        assertTrue(e.getMessage().contains("NoSuchOptionAnywhere") && e.getMessage().contains("exit code"), e.getMessage());
    }
}
