package org.jixiao.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/** The index cannot be used as asked: it is not there, or another process is writing to it. */
public abstract sealed class IndexUnavailableException extends IOException {

    private final Path directory;

    private IndexUnavailableException(Path directory, String message, Throwable cause) {
        super(message, cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** No index in the directory (a read-only open never creates one). */
    public static final class Missing extends IndexUnavailableException {
        public Missing(Path directory, Throwable cause) {
            super(directory, "no index in " + directory, cause);
        }
    }

    /** Another writer (an ingest, a remove) holds the index's write lock. */
    public static final class Locked extends IndexUnavailableException {
        private final Instant since;

        /** @param since when the other writer opened the index, or null where it left no note */
        public Locked(Path directory, Instant since, Throwable cause) {
            super(directory, "index " + directory + " is locked by another writer"
                    + (since == null ? "" : " since " + since), cause);
            this.since = since;
        }

        public Instant since() {
            return since;
        }
    }
}
