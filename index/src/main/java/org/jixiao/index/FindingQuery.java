package org.jixiao.index;

/**
 * A listing of stored findings.
 *
 * @param rule     a rule name such as {@code sum_mismatch}, or null for all
 * @param severity {@code error} or {@code warning}, or null for both
 * @param limit    the most findings returned; 0 for all
 * @param sha256   the one document whose findings are listed, or null for all
 */
public record FindingQuery(Filters filters, String rule, String severity, int limit, String sha256) {

    public FindingQuery {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (all) or more, not " + limit);
        }
        filters = filters == null ? Filters.NONE : filters;
    }

    public FindingQuery(Filters filters, String rule, String severity, int limit) {
        this(filters, rule, severity, limit, null);
    }
}
