package org.jixiao.extract;

import org.jixiao.ingest.SourceDocument;

/** The extract stage boundary: pages in, records out. */
public interface RecordExtractor {

    Extraction extract(SourceDocument document);
}
