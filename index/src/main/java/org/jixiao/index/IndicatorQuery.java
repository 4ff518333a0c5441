package org.jixiao.index;

/**
 * A search for indicator rows.
 *
 * @param text   words of the indicator's names (any level); blank lists every row that passes the filters
 * @param limit  the most rows returned; 0 for all
 * @param facets whether to count the values of {@link IndexFields#SEARCH_FACETS} over all matching rows
 */
public record IndicatorQuery(String text, Filters filters, int limit, boolean facets) {

    public IndicatorQuery {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (all) or more, not " + limit);
        }
        filters = filters == null ? Filters.NONE : filters;
    }
}
