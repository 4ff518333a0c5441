package org.jixiao.index.bulk;

import java.time.Duration;

/**
 * @param threads       files read at once
 * @param batchSize     documents stored between two commits: what an interrupted ingest may have to redo
 * @param replaceStored read and store again documents already stored (after an extractor upgrade),
 *                      instead of skipping them
 * @param withoutOcr    the reader does not OCR: documents stored so are read again by an ingest that does
 * @param commitEvery   the longest time stored documents wait for a commit, however few: searches running
 *                      beside a long ingest see its progress
 */
public record IngestSettings(int threads, int batchSize, boolean replaceStored, boolean withoutOcr, Duration commitEvery) {

    public static final Duration DEFAULT_COMMIT_EVERY = Duration.ofSeconds(5);

    public IngestSettings {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batch size must be at least 1");
        }
        if (commitEvery.isNegative() || commitEvery.isZero()) {
            throw new IllegalArgumentException("commit interval must be positive");
        }
    }

    public static IngestSettings defaults() {
        return new IngestSettings(Runtime.getRuntime().availableProcessors(), 100, false, false, DEFAULT_COMMIT_EVERY);
    }

    public IngestSettings withThreads(int newThreads) {
        return new IngestSettings(newThreads, batchSize, replaceStored, withoutOcr, commitEvery);
    }

    public IngestSettings withBatchSize(int newBatchSize) {
        return new IngestSettings(threads, newBatchSize, replaceStored, withoutOcr, commitEvery);
    }

    public IngestSettings withoutOcr(boolean without) {
        return new IngestSettings(threads, batchSize, replaceStored, without, commitEvery);
    }

    public IngestSettings withCommitEvery(Duration interval) {
        return new IngestSettings(threads, batchSize, replaceStored, withoutOcr, interval);
    }

    public IngestSettings withReplaceStored(boolean replace) {
        return new IngestSettings(threads, batchSize, replace, withoutOcr, commitEvery);
    }
}
