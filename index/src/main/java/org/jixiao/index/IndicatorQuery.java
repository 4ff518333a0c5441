package org.jixiao.index;

/**
 * A search for indicator rows.
 *
 * @param text   words of the indicator's names (any level); blank lists every row that passes the filters
 * @param limit  the most rows returned; 0 for all
 * @param facets whether to count the values of {@link IndexFields#SEARCH_FACETS} over all matching rows
 * @param order  how the rows are sorted
 */
public record IndicatorQuery(String text, Filters filters, int limit, boolean facets, Order order) {

    /** Row orders; every one ends with documents by name and rows in printed order. */
    public enum Order {
        /** Best match first when there are words, else printed order. */
        RELEVANCE,
        CITY,
        /** Latest year first. */
        FISCAL_YEAR,
        DEPARTMENT,
        PROJECT
    }

    public IndicatorQuery {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (all) or more, not " + limit);
        }
        filters = filters == null ? Filters.NONE : filters;
        order = order == null ? Order.RELEVANCE : order;
    }

    public IndicatorQuery(String text, Filters filters, int limit, boolean facets) {
        this(text, filters, limit, facets, Order.RELEVANCE);
    }
}
