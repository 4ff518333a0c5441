package org.jixiao.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * A loaded input file: its identity (path, content hash, detected media type) and its pages.
 */
public record SourceDocument(Path path, String sha256, String mediaType, List<Page> pages) {

    public SourceDocument {
        pages = List.copyOf(pages);
    }

    public int pageCount() {
        return pages.size();
    }

    /** 1-based numbers of the pages whose text came from OCR. */
    public List<Integer> ocrPages() {
        return pages.stream().filter(Page::isOcr).map(Page::number).toList();
    }
}
