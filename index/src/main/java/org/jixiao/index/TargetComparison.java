package org.jixiao.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.index.indicator.Target;

/**
 * The targets set for one indicator across cities and years.
 *
 * @param rows  every matching indicator row, by province, city, year and project
 * @param units per unit of the quantitative targets, their spread
 */
public record TargetComparison(String indicator, List<Row> rows, List<UnitSummary> units) {

    public TargetComparison {
        rows = List.copyOf(rows);
        units = List.copyOf(units);
    }

    /** The rows sorted by province, city and year (each store finds them in its own order), with their spread. */
    public static TargetComparison of(String indicator, List<Row> found) {
        List<Row> rows = new ArrayList<>(found);
        rows.sort(Comparator.comparing(Row::province, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::city, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::fiscalYear, Comparator.nullsLast(Comparator.naturalOrder())));
        return new TargetComparison(indicator, rows, TargetStatistics.byUnit(rows));
    }

    /** One indicator row and its parsed target, with the document's path and the row's page. */
    public record Row(String source, String path, Integer page, String province, String city, Integer fiscalYear,
                      String department, String project, String indicatorName, String period, Target target) {
    }

    /** Count, minimum, median and maximum of the target numbers written in one unit. */
    public record UnitSummary(String unit, int count, BigDecimal min, BigDecimal median, BigDecimal max) {
    }
}
