package org.jixiao.extract.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The input file a record came from.
 *
 * @param ocrPages 1-based pages whose text came from OCR
 * @param contentSha256 for an Office package, the digest of its parts' content, which a copy that
 *     re-zips it keeps (see {@code org.jixiao.extract.eval.DocumentIdentity}); named by truths, null
 *     where not known
 */
public record Source(String path, String sha256, int pages, List<Integer> ocrPages,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String contentSha256) {

    public Source {
        ocrPages = List.copyOf(ocrPages);
    }

    public Source(String path, String sha256, int pages, List<Integer> ocrPages) {
        this(path, sha256, pages, ocrPages, null);
    }
}
