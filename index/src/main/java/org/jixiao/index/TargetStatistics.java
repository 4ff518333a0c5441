package org.jixiao.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.index.indicator.Target;

/** The spread of target numbers per unit. */
public final class TargetStatistics {

    private TargetStatistics() {
    }

    public static List<TargetComparison.UnitSummary> byUnit(List<TargetComparison.Row> rows) {
        Map<String, List<BigDecimal>> valuesByUnit = new TreeMap<>();
        for (TargetComparison.Row row : rows) {
            Target target = row.target();
            if (target.isQuantitative()) {
                valuesByUnit.computeIfAbsent(target.unit(), unit -> new ArrayList<>()).add(target.value());
            }
        }
        List<TargetComparison.UnitSummary> summaries = new ArrayList<>();
        valuesByUnit.forEach((unit, values) -> {
            values.sort(null);
            summaries.add(new TargetComparison.UnitSummary(unit, values.size(), values.get(0), median(values),
                    values.get(values.size() - 1)));
        });
        summaries.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return summaries;
    }

    /** The middle value, or the mean of the two middle values. */
    static BigDecimal median(List<BigDecimal> sorted) {
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        BigDecimal mean = sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP);
        return mean.stripTrailingZeros().scale() < 0 ? mean.setScale(0, RoundingMode.UNNECESSARY) : mean.stripTrailingZeros();
    }
}
