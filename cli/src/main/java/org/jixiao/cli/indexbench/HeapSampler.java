package org.jixiao.cli.indexbench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The most heap in use seen while it runs, sampled every few milliseconds on a thread of its own. */
final class HeapSampler implements AutoCloseable {

    private static final long INTERVAL_MILLIS = 10;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakBytes;

    HeapSampler() {
        thread = new Thread(this::sample, "jixiao-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            peakBytes = Math.max(peakBytes, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakBytes() {
        return Math.max(peakBytes, memory.getHeapMemoryUsage().getUsed());
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
