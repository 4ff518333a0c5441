package org.jixiao.cli.indexbench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.index.RecordStore;
import org.jixiao.index.bulk.BulkIngester;
import org.jixiao.index.bulk.IngestProgress;
import org.jixiao.index.bulk.IngestSettings;
import org.jixiao.index.bulk.IngestSummary;
import org.jixiao.index.bulk.RecordReader;

/**
 * A bulk ingest, the most heap it used, and the CPU time the process spent on it (on a shared
 * machine, rates per CPU-second say more than rates per wall-clock second).
 */
public record IngestMeasurement(IngestSummary summary, long peakHeapBytes, long cpuNanos) {

    public static IngestMeasurement run(RecordStore store, RecordReader reader, IngestSettings settings,
                                        List<Path> files, IngestProgress progress) throws IOException, InterruptedException {
        System.gc(); // start the peak from the live set, not from the archive generation's garbage
        long cpuStart = processCpuNanos();
        try (HeapSampler heap = new HeapSampler()) {
            IngestSummary summary = new BulkIngester(store, reader, settings, progress).run(files);
            return new IngestMeasurement(summary, heap.peakBytes(), processCpuNanos() - cpuStart);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
