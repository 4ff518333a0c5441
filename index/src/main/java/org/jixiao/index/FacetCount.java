package org.jixiao.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The values of one field among the matching rows, most frequent first. */
public record FacetCount(String field, List<Bucket> buckets) {

    public FacetCount {
        buckets = List.copyOf(buckets);
    }

    /** The buckets most frequent first, values of equal counts in order: the same whatever store counted them. */
    public static FacetCount ranked(String field, List<Bucket> buckets) {
        List<Bucket> sorted = new ArrayList<>(buckets);
        sorted.sort(Comparator.comparingLong(Bucket::count).reversed().thenComparing(Bucket::value));
        return new FacetCount(field, sorted);
    }

    /** One value and the number of matching rows that have it. */
    public record Bucket(String value, long count) {
    }
}
