package org.jixiao.ingest;

import java.nio.file.Path;

/**
 * The ingest stage boundary: a file in, its pages with positioned text and ruling lines out.
 */
public interface DocumentLoader {

    /**
     * Loads a file.
     *
     * @throws IngestException naming the file (and page, where one is at fault) when the file cannot be read
     */
    SourceDocument load(Path file, LoadOptions options) throws IngestException;
}
