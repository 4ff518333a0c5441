package org.jixiao.index;

import java.util.List;

/** The values of one field among the matching rows, most frequent first. */
public record FacetCount(String field, List<Bucket> buckets) {

    public FacetCount {
        buckets = List.copyOf(buckets);
    }

    /** One value and the number of matching rows that have it. */
    public record Bucket(String value, long count) {
    }
}
