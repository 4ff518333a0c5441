package org.jixiao.extract.model;

import java.util.List;

/**
 * The input file a record came from.
 *
 * @param ocrPages 1-based pages whose text came from OCR
 */
public record Source(String path, String sha256, int pages, List<Integer> ocrPages) {

    public Source {
        ocrPages = List.copyOf(ocrPages);
    }
}
