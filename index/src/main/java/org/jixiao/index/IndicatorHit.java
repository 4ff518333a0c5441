package org.jixiao.index;

import java.util.List;

/**
 * One indicator row found, with where it comes from; values as printed.
 *
 * @param sha256 the document's content hash, by which it is addressed
 * @param path the document's {@link Provenance#path()}
 * @param page the row's own page
 * @param copies the paths of the other files of the same document (a scan of it), not listed again
 */
public record IndicatorHit(String source, String sha256, String path, String province, String city, Integer fiscalYear, String department,
                           String project, String level1, String level2, String level3, String level4,
                           String target, String actual, String weight, String score, String period, Integer page,
                           float relevance, List<String> copies) {

    public IndicatorHit {
        copies = copies == null ? List.of() : List.copyOf(copies);
    }
}
