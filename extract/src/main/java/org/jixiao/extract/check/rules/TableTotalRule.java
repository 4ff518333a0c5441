package org.jixiao.extract.check.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.check.text.PageText;
import org.jixiao.extract.layout.Cell;
import org.jixiao.extract.layout.Table;
import org.jixiao.extract.model.Finding;

/**
 * A money table's 合计 row is the sum of the lines above it (or, where it comes first, below it),
 * column by column, in the table's own unit. A column counts as money by its header (预算, 金额, 支出 …);
 * rates, points and counts are left alone, and so is any run of lines that holds a 其中 line or a
 * second total, whose nesting the grid does not show. Sources of funds (财政资金, 单位自筹 …) are left to
 * {@code FundingSumRule}, which checks them on the record, so that one error makes one finding.
 */
public final class TableTotalRule implements Rule {

    private static final Pattern TOTAL = Pattern.compile("^(合计|总计)[:：]?$");
    private static final Pattern NESTED = Pattern.compile("^(其中|小计|合计|总计)");
    private static final Pattern MONEY_HEADER = Pattern.compile("预算|金额|资金|支出|拨款|投入|到位|结余|计划数|总额|执行数|元");
    private static final Pattern NOT_MONEY = Pattern.compile("率|%|分值|得分|权重|比例|比重|数量|单价|行次|序号|标准|人数|次数");
    /** A classification code cell (功能分类科目编码 201, 03, 2010301). */
    private static final Pattern CODE = Pattern.compile("^\\d{2,9}$");
    private static final Pattern EMPTY = Pattern.compile("^(-|—|－|/|无)?$");
    /** Lines that are sources of funds: their sums are {@code FundingSumRule}'s, on the record. */
    private static final Pattern FUND_SOURCE = Pattern.compile("资金$|拨款$|财政|自筹|结转|^其他$");
    /** A group header above a column's own header is short ({@code 资金情况(单位:元)}); a sentence is not one. */
    private static final int MAX_GROUP_HEADER = 16;

    @Override
    public RuleId id() {
        return RuleId.SUM_MISMATCH;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        String project = context.record().projects().size() == 1 ? context.record().projects().get(0).name() : null;
        List<Finding> findings = new ArrayList<>();
        for (Table table : context.layout().tables()) {
            for (int row = 0; row < table.rowCount(); row++) {
                List<String> texts = normalized(table.rowTexts(row));
                int labelColumn = firstTotalLabel(texts);
                for (int column = labelColumn + 1; labelColumn >= 0 && column < table.columnCount(); column++) {
                    check(table, row, labelColumn, column, project).ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    private Optional<Finding> check(Table table, int totalRow, int labelColumn, int column, String project) {
        String totalText = normalized(table.rowTexts(totalRow)).get(column);
        Optional<BigDecimal> total = Printed.plainNumber(totalText);
        Cell totalCell = table.cellAt(totalRow, column);
        if (total.isEmpty() || totalCell == null || totalCell.row() != totalRow) {
            return Optional.empty();
        }
        int header = totalRow - 1;
        while (header >= 0 && isValue(table, header, column)) {
            header--;
        }
        if (header < 0 || !isMoney(table, header, column)) {
            return Optional.empty();
        }
        List<Integer> lines = new ArrayList<>();
        for (int row = header + 1; row < totalRow; row++) {
            lines.add(row);
        }
        if (lines.isEmpty()) {
            for (int row = totalRow + 1; row < table.rowCount() && isValue(table, row, column); row++) {
                lines.add(row);
            }
        }
        lines = topLevelLines(table, lines, totalCell);
        List<BigDecimal> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int row : lines) {
            List<String> texts = normalized(table.rowTexts(row));
            String name = texts.get(labelColumn);
            if (NESTED.matcher(name).find() || FUND_SOURCE.matcher(name).find() || table.cellAt(row, column) == totalCell) {
                return Optional.empty();
            }
            Printed.plainNumber(texts.get(column)).ifPresent(v -> {
                values.add(v);
                names.add(texts.get(labelColumn).isEmpty() ? "第" + (row + 1) + "行" : texts.get(labelColumn));
            });
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tolerance = values.stream().map(Printed::halfUnit).reduce(Printed.halfUnit(total.get()), BigDecimal::add);
        if (sum.subtract(total.get()).abs().compareTo(tolerance) <= 0) {
            return Optional.empty();
        }
        String columnName = headerText(table, header, column);
        List<String> addends = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            addends.add(names.get(i) + " " + format(values.get(i), totalText));
        }
        String totalLabel = normalized(table.rowTexts(totalRow)).get(labelColumn).replaceAll("[:：]$", "");
        String message = String.format("%s：%s = %s，而“%s”行为 %s", columnName, String.join(" + ", addends),
                format(sum, totalText), totalLabel, format(total.get(), totalText));
        List<String> labels = new ArrayList<>();
        labels.add(totalLabel + "（" + columnName + "）");
        labels.addAll(names);
        return Optional.of(id().finding(message, format(sum, totalText), format(total.get(), totalText),
                table.pageOfRow(totalRow), labels, project));
    }

    /**
     * The outermost lines of a nested table: where the 合计 label spans code columns (类 / 款 / 项) and
     * lines fill more or fewer of them, a line with more codes is part of the line above, so only the
     * lines with the fewest count toward the total.
     */
    private static List<Integer> topLevelLines(Table table, List<Integer> lines, Cell totalCell) {
        Cell totalLabel = null;
        for (int column = 0; column < totalCell.column(); column++) {
            Cell cell = table.cellAt(totalCell.row(), column);
            if (cell != null && TOTAL.matcher(PageText.normalize(cell.text())).matches()) {
                totalLabel = cell;
                break;
            }
        }
        if (totalLabel == null || totalLabel.columnSpan() < 2 || lines.isEmpty()) {
            return lines;
        }
        int fewest = Integer.MAX_VALUE;
        int most = 0;
        List<Integer> depths = new ArrayList<>();
        for (int row : lines) {
            int depth = 0;
            for (int column = totalLabel.column(); column <= totalLabel.lastColumn(); column++) {
                if (CODE.matcher(PageText.normalize(table.rowTexts(row).get(column))).matches()) {
                    depth++;
                }
            }
            depths.add(depth);
            if (depth > 0) {
                fewest = Math.min(fewest, depth);
                most = Math.max(most, depth);
            }
        }
        if (fewest == Integer.MAX_VALUE || fewest == most) {
            return lines;
        }
        List<Integer> top = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (depths.get(i) == fewest) {
                top.add(lines.get(i));
            }
        }
        return top;
    }

    private static int firstTotalLabel(List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            if (TOTAL.matcher(texts.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** A cell that holds an amount or nothing (blank, a dash), so may be a line of the sum. */
    private static boolean isValue(Table table, int row, int column) {
        String text = PageText.normalize(table.rowTexts(row).get(column));
        return EMPTY.matcher(text).matches() || Printed.plainNumber(text).isPresent();
    }

    private static boolean isMoney(Table table, int header, int column) {
        String own = PageText.normalize(table.rowTexts(header).get(column));
        return MONEY_HEADER.matcher(headerText(table, header, column)).find() && !NOT_MONEY.matcher(own).find();
    }

    /**
     * The column's header with the group header above it, where there is one: {@code 资金情况(单位:元)合计}.
     * A group header spans more columns than the header under it, is short, and holds no figures.
     */
    private static String headerText(Table table, int header, int column) {
        String own = PageText.normalize(table.rowTexts(header).get(column));
        if (header == 0) {
            return own;
        }
        Cell upper = table.cellAt(header - 1, column);
        Cell below = table.cellAt(header, column);
        List<String> upperRow = normalized(table.rowTexts(header - 1));
        boolean group = upper != null && below != null && upper.columnSpan() > below.columnSpan()
                && PageText.normalize(upper.text()).length() <= MAX_GROUP_HEADER
                && upperRow.stream().noneMatch(t -> Printed.plainNumber(t).isPresent());
        return group ? PageText.normalize(upper.text()) + own : own;
    }

    /** A value printed the way the total is: same decimals, thousands separators where it has them. */
    private static String format(BigDecimal value, String like) {
        int scale = Math.max(0, Printed.plainNumber(like).map(BigDecimal::scale).orElse(2));
        if (!like.contains(",")) {
            return value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
        }
        DecimalFormat format = new DecimalFormat("#,##0" + (scale > 0 ? "." + "0".repeat(scale) : ""),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private static List<String> normalized(List<String> texts) {
        return texts.stream().map(PageText::normalize).toList();
    }
}
