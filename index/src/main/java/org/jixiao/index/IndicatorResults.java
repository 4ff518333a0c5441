package org.jixiao.index;

import java.util.List;

/**
 * @param total  how many rows match, however many {@code hits} holds
 * @param facets empty unless the query asked for them
 */
public record IndicatorResults(long total, List<IndicatorHit> hits, List<FacetCount> facets) {

    public IndicatorResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }
}
