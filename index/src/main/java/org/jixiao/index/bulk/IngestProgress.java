package org.jixiao.index.bulk;

import java.nio.file.Path;

/** Hears about a batch as it goes; called from the ingest threads, so implementations must be thread-safe. */
public interface IngestProgress {

    IngestProgress SILENT = new IngestProgress() {
        @Override
        public void started(int files, long bytes) {
        }

        @Override
        public void fileDone(Path file, FileOutcome outcome, int pages) {
        }
    };

    /** @param bytes the files' sizes added up: scans are large, so bytes weigh OCR pages by their cost */
    void started(int files, long bytes);

    /** @param pages the file's pages when it was stored, else 0 */
    void fileDone(Path file, FileOutcome outcome, int pages);
}
