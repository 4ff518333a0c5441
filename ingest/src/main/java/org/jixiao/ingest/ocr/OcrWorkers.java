package org.jixiao.ingest.ocr;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The process-wide pool that reads pages by OCR, one thread per core. Its threads are daemons, so
 * the pool never keeps a finished program alive.
 */
final class OcrWorkers {

    private OcrWorkers() {
    }

    private static final class Holder {
        static final ExecutorService POOL = Executors.newFixedThreadPool(threads(), daemonThreads());
    }

    static ExecutorService pool() {
        return Holder.POOL;
    }

    static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "jixiao-ocr-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
