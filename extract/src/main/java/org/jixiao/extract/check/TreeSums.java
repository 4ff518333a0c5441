package org.jixiao.extract.check;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the lines of a table add up to its total once read as an outline: budget and final-account
 * tables list a 类 line, then its 款 lines, then their 项 lines, each parent the sum of the lines
 * nested under it, and the grid seldom shows the nesting. The lines fit when they can be read, in
 * order, as a forest whose parents each equal the sum of their children and whose top level adds up
 * to the total. Equal sums within the printed rounding count.
 */
public final class TreeSums {

    /** Beyond this many lines the search is not tried (the tables of the genre have far fewer). */
    private static final int MAX_LINES = 80;

    private final List<BigDecimal> values;
    private final BigDecimal tolerance;
    private final Map<String, Boolean> memo = new HashMap<>();

    private TreeSums(List<BigDecimal> values, BigDecimal tolerancePerLine) {
        this.values = values;
        this.tolerance = tolerancePerLine.multiply(BigDecimal.valueOf(values.size() + 1L));
    }

    /**
     * @param tolerancePerLine how far a sum may differ per line added (half a unit of the last printed place)
     */
    public static boolean addUpAsOutline(List<BigDecimal> values, BigDecimal total, BigDecimal tolerancePerLine) {
        return values.size() <= MAX_LINES
                && new TreeSums(List.copyOf(values), tolerancePerLine).forest(0, values.size(), total);
    }

    /** Whether lines [from, to) read as a forest whose top level sums to {@code target}. */
    private boolean forest(int from, int to, BigDecimal target) {
        if (from == to) {
            return target.abs().compareTo(tolerance) <= 0;
        }
        String key = from + ":" + to + ":" + target.stripTrailingZeros().toPlainString();
        Boolean known = memo.get(key);
        if (known != null) {
            return known;
        }
        BigDecimal value = values.get(from);
        boolean fits = forest(from + 1, to, target.subtract(value));
        // a parent: the lines from+1 … k-1 are its children (at least one), and they sum to it
        for (int k = from + 2; !fits && k <= to; k++) {
            fits = forest(from + 1, k, value) && forest(k, to, target.subtract(value));
        }
        memo.put(key, fits);
        return fits;
    }
}
