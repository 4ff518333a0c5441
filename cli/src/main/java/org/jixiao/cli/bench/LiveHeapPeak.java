package org.jixiao.cli.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap in use right after a garbage collection, over the JVM's life from {@link #start()}:
 * what a tool keeps alive, unlike the peak heap and the peak RSS, which follow the collector's sizing
 * heuristics (under CPU contention G1 grows the heap to keep its pause-time goal). An upper bound of the
 * live set: after a young collection, dead objects of the old generation still count.
 */
public final class LiveHeapPeak {

    private final AtomicLong peak = new AtomicLong();

    private LiveHeapPeak() {
    }

    /** Starts listening to the collectors. */
    public static LiveHeapPeak start() {
        LiveHeapPeak tracker = new LiveHeapPeak();
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                            .getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> heapPools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    tracker.peak.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        return tracker;
    }

    /** The peak so far in bytes; 0 when no collection has run. */
    public long bytes() {
        return peak.get();
    }
}
