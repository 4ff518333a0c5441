package org.jixiao.extract.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.check.text.PageText;
import org.jixiao.extract.form.StatedAmount;

/**
 * What a printed label says about its figure beyond the kind: the column it was read from (the
 * bracketed suffix of {@code 实际支出（合计）}), the line a rate belongs to (the prefix of
 * {@code 网络通讯费 预算执行率}), and a key under which two printings of one quantity meet.
 */
public final class Labels {

    private static final Pattern UNIT_BRACKET = Pattern.compile("\\((?:%|元|万元|单位:?(?:元|万元))\\)");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\(([^()]*)\\)$");
    /** Column names that mean the whole rather than one source. */
    private static final Pattern OVERALL = Pattern.compile("^(合计|总计|小计|总额)?$");

    private Labels() {
    }

    /**
     * The column a figure was read from, or "" for the whole: {@code 实际支出（其他资金小计）} →
     * {@code 其他资金小计}, {@code 预算执行率(%)（合计）} → "".
     */
    public static String scope(String label) {
        String bare = withoutUnits(label);
        Matcher m = TRAILING_BRACKET.matcher(bare);
        if (!m.find()) {
            return "";
        }
        String column = m.group(1);
        return OVERALL.matcher(column).matches() ? "" : column;
    }

    /** The label without its column and units: {@code 预算执行率(%)（合计）} → {@code 预算执行率}. */
    public static String core(String label) {
        String bare = withoutUnits(label);
        String withoutColumn = TRAILING_BRACKET.matcher(bare).replaceFirst("");
        return withoutColumn.replaceFirst("^其中[:：]?", "").replaceFirst("(金额|数)$", "");
    }

    /**
     * The line a figure belongs to: the words before the figure's own name ({@code 网络通讯费} of
     * {@code 网络通讯费 预算执行率}), or "" where the label names the figure alone.
     */
    public static String line(String label, Pattern ownName) {
        String core = core(label);
        Matcher m = ownName.matcher(core);
        return m.find() ? core.substring(0, m.start()) : "";
    }

    /** A figure the running text or a prose cell states, not a table ({@code 实际支出(文字)}). */
    public static boolean isStatedInText(String label) {
        return StatedAmount.TEXT_SCOPE.equals(scope(label));
    }

    /** Two labels that name one quantity in one column meet under this key. */
    public static String key(String label) {
        String scope = scope(label);
        return core(label) + (scope.isEmpty() ? "" : "@" + scope);
    }

    private static String withoutUnits(String label) {
        return UNIT_BRACKET.matcher(PageText.normalize(label)).replaceAll("");
    }
}
