package org.jixiao.index;

/**
 * A listing of stored findings.
 *
 * @param rule     a rule name such as {@code sum_mismatch}, or null for all
 * @param severity {@code error} or {@code warning}, or null for both
 * @param limit    the most findings returned; 0 for all
 */
public record FindingQuery(Filters filters, String rule, String severity, int limit) {

    public FindingQuery {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (all) or more, not " + limit);
        }
        filters = filters == null ? Filters.NONE : filters;
    }
}
