package org.jixiao.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What this JVM has used: CPU time of the calling thread and of the whole process, and the high-water
 * marks of heap and resident memory.
 */
public final class ResourceUsage {

    private static final Path PROC_STATUS = Path.of("/proc/self/status");

    private ResourceUsage() {
    }

    /** CPU time of the calling thread, in nanoseconds. */
    public static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU time of the whole process (JIT compiler and garbage collector included), in nanoseconds. */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The sum of the heap pools' peaks: an upper bound of the peak heap, since the pools need not
     * peak at the same moment.
     */
    public static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(ResourceUsage::peakUsed).sum();
    }

    private static long peakUsed(MemoryPoolMXBean pool) {
        return pool.getPeakUsage() == null ? 0 : pool.getPeakUsage().getUsed();
    }

    /** The process's peak resident set size (VmHWM), or -1 where /proc does not tell it. */
    public static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(PROC_STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
