package org.jixiao.index.bulk;

/**
 * @param threads       files read at once
 * @param batchSize     documents stored between two commits: what an interrupted ingest may have to redo
 * @param replaceStored read and store again documents already stored (after an extractor upgrade),
 *                      instead of skipping them
 * @param withoutOcr    the reader does not OCR: documents stored so are read again by an ingest that does
 */
public record IngestSettings(int threads, int batchSize, boolean replaceStored, boolean withoutOcr) {

    public IngestSettings {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batch size must be at least 1");
        }
    }

    public static IngestSettings defaults() {
        return new IngestSettings(Runtime.getRuntime().availableProcessors(), 100, false, false);
    }

    public IngestSettings withThreads(int newThreads) {
        return new IngestSettings(newThreads, batchSize, replaceStored, withoutOcr);
    }

    public IngestSettings withBatchSize(int newBatchSize) {
        return new IngestSettings(threads, newBatchSize, replaceStored, withoutOcr);
    }

    public IngestSettings withoutOcr(boolean without) {
        return new IngestSettings(threads, batchSize, replaceStored, without);
    }

    public IngestSettings withReplaceStored(boolean replace) {
        return new IngestSettings(threads, batchSize, replace, withoutOcr);
    }
}
