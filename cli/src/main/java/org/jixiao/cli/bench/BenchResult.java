package org.jixiao.cli.bench;

/**
 * One tool's passes over a set of files, as a worker JVM reports them. The measured pass is the
 * fastest after the warm-up passes; the cold figure is what a one-shot run costs.
 *
 * @param threadCpuNanos      CPU time of the thread that did the work, in the measured pass
 * @param processCpuNanos     CPU time of the whole JVM in the measured pass (JIT compiler and garbage collector included)
 * @param wallNanos           elapsed time of the measured pass
 * @param coldProcessCpuNanos CPU time of the whole JVM from its start to the end of the first pass:
 *                            start-up, class loading and compilation included
 * @param peakHeapBytes       the sum of the heap pools' peaks over the JVM's life
 * @param peakLiveHeapBytes   the largest heap in use right after a garbage collection (0 when none ran)
 * @param peakRssBytes        the JVM's peak resident set size (VmHWM), -1 where unknown
 */
public record BenchResult(String tool, int files, int pages, int tables, long threadCpuNanos, long processCpuNanos,
                          long wallNanos, long coldProcessCpuNanos, long peakHeapBytes, long peakLiveHeapBytes,
                          long peakRssBytes) {

    /** Pages per CPU-second of the working thread, warm. */
    public double pagesPerCpuSecond() {
        return perSecond(threadCpuNanos);
    }

    /** Pages per CPU-second of the whole JVM, cold, start-up included. */
    public double coldPagesPerCpuSecond() {
        return perSecond(coldProcessCpuNanos);
    }

    private double perSecond(long nanos) {
        return nanos == 0 ? 0 : pages / (nanos / 1e9);
    }
}
