package org.jixiao.extract.check.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.check.TreeSums;
import org.jixiao.extract.check.text.PageText;
import org.jixiao.extract.layout.Cell;
import org.jixiao.extract.layout.Table;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.ProjectRecord;

/**
 * A money table's totals, column by column, in the table's own unit: a 合计 row is the sum of the
 * lines above it (or, where it comes first, below it); a 年度资金总额 row the sum of the sources listed
 * under it (其中：当年财政拨款, 上年结转资金, 其他资金). A column counts as money by its header (预算, 金额,
 * 支出 …) — under a 资金总额 row, any column but rates, points and counts —, and a run of lines that
 * holds a second total or, under a 合计, a 其中 line, whose nesting the grid does not show, is left alone.
 * Expected and found are in 元, as the record's figures are, so that the same error read from the
 * record by {@code FundingSumRule} is reported once.
 */
public final class TableTotalRule implements Rule {

    private static final Pattern SUM_ROW = Pattern.compile("^(合计|总计)[:：]?$");
    private static final Pattern SOURCES_TOTAL = Pattern.compile("^(年度|项目|实施期)?资金(申请)?总额[:：]?$");
    private static final Pattern NESTED = Pattern.compile("^(其中|小计|合计|总计)");
    private static final Pattern SUBTOTAL = Pattern.compile("合计|小计");
    private static final Pattern MONEY_HEADER = Pattern.compile("预算|金额|资金|支出|拨款|投入|到位|结余|计划数|总额|执行数|元");
    private static final Pattern NOT_MONEY = Pattern.compile("率|%|分值|得分|权重|比例|比重|数量|单价|行次|序号|标准|人数|次数");
    /** A classification code cell (功能分类科目编码 201, 03, 2010301). */
    private static final Pattern CODE = Pattern.compile("^\\d{2,9}$");
    private static final Pattern NOT_A_HEADER = Pattern.compile("[\\d.,:：/\\-年月日\\s]+");
    private static final Pattern EMPTY = Pattern.compile("^(-|—|－|/|无)?$");
    private static final Pattern TEN_THOUSANDS = Pattern.compile("\\(万元\\)|单位[:：]?万元");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    /** A group header above a column's own header is short ({@code 资金情况(单位:元)}); a sentence is not one. */
    private static final int MAX_GROUP_HEADER = 16;

    /**
     * The project a table's figures are of: the only one of the document, else the one whose money
     * figures stand on the table's pages when just one project's do (a budget's fifth target form on
     * page 35), else none.
     */
    private static String projectOf(CheckContext context, Table table) {
        List<ProjectRecord> projects = context.record().projects();
        if (projects.size() == 1) {
            return projects.get(0).name();
        }
        Set<Integer> pages = new HashSet<>();
        for (int row = 0; row < table.rowCount(); row++) {
            pages.add(table.pageOfRow(row));
        }
        List<ProjectRecord> onPages = projects.stream()
                .filter(p -> p.funding().stream().anyMatch(f -> f.page() != null && pages.contains(f.page()))).toList();
        return onPages.size() == 1 ? onPages.get(0).name() : null;
    }

    @Override
    public RuleId id() {
        return RuleId.SUM_MISMATCH;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Table table : context.layout().tables()) {
            String project = projectOf(context, table);
            for (int row = 0; row < table.rowCount(); row++) {
                List<String> texts = normalized(table.rowTexts(row));
                int label = -1;
                for (int column = 0; column < table.columnCount(); column++) {
                    if (SUM_ROW.matcher(texts.get(column)).matches() || SOURCES_TOTAL.matcher(texts.get(column)).matches()) {
                        label = column;
                    } else if (label >= 0) {
                        check(context, table, row, label, column, project).ifPresent(findings::add);
                    }
                }
            }
        }
        return findings;
    }

    private Optional<Finding> check(CheckContext context, Table table, int totalRow, int labelColumn, int column,
                                    String project) {
        String totalText = normalized(table.rowTexts(totalRow)).get(column);
        Optional<BigDecimal> total = Printed.plainNumber(totalText);
        Cell totalCell = table.cellAt(totalRow, column);
        if (total.isEmpty() || totalCell == null || totalCell.row() != totalRow || totalCell.column() != column) {
            return Optional.empty();
        }
        String totalLabel = normalized(table.rowTexts(totalRow)).get(labelColumn).replaceAll("[:：]$", "");
        boolean sources = SOURCES_TOTAL.matcher(totalLabel).matches();
        int header = totalRow - 1;
        while (header >= 0 && isValue(table, header, column)) {
            header--;
        }
        String columnName = header < 0 ? "" : headerText(table, header, column);
        if (NOT_A_HEADER.matcher(columnName).matches()) {
            columnName = ""; // a date or figure above the column (计划完成日期 | 2023-12-31 of a form's block) names nothing
        }
        boolean money = sources ? !NOT_MONEY.matcher(ownHeader(table, header, column)).find()
                : header >= 0 && MONEY_HEADER.matcher(columnName).find() && !NOT_MONEY.matcher(ownHeader(table, header, column)).find();
        if (!money) {
            return Optional.empty();
        }
        List<Integer> lines = new ArrayList<>();
        if (!sources) {
            for (int row = header + 1; row < totalRow; row++) {
                lines.add(row);
            }
        }
        if (lines.isEmpty()) {
            for (int row = totalRow + 1; row < table.rowCount() && isValue(table, row, column); row++) {
                lines.add(row);
            }
        }
        lines = topLevelLines(table, lines, totalCell);
        List<BigDecimal> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int row = lines.get(i);
            String name = normalized(table.rowTexts(row)).get(labelColumn);
            boolean firstSource = sources && i == 0;
            if ((!firstSource && NESTED.matcher(name).find()) || SOURCES_TOTAL.matcher(name).matches()
                    || table.cellAt(row, column) == totalCell) {
                return Optional.empty();
            }
            Optional<BigDecimal> value = Printed.plainNumber(normalized(table.rowTexts(row)).get(column));
            if (value.isPresent()) {
                values.add(value.get());
                names.add(name.isEmpty() ? "第" + (row + 1) + "行" : name);
            }
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        foldSubtotals(values, names);
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tolerance = values.stream().map(Printed::halfUnit).reduce(Printed.halfUnit(total.get()), BigDecimal::add);
        if (sum.subtract(total.get()).abs().compareTo(tolerance) <= 0
                || TreeSums.addUpAsOutline(values, total.get(), Printed.halfUnit(total.get()))) {
            return Optional.empty();
        }
        boolean tenThousands = inTenThousands(context, table, totalRow, labelColumn, header, column);
        String unit = tenThousands ? "万元" : ""; // as Printed.money writes it: 202.30万元
        List<String> addends = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            addends.add(names.get(i) + " " + format(values.get(i), totalText));
        }
        String where = columnName.isEmpty() ? "" : columnName + "：";
        String message = String.format("%s%s = %s%s，而“%s”为 %s%s", where, String.join(" + ", addends),
                format(sum, totalText), unit, totalLabel, format(total.get(), totalText), unit);
        BigDecimal scale = tenThousands ? TEN_THOUSAND : BigDecimal.ONE;
        List<String> labels = new ArrayList<>();
        labels.add(columnName.isEmpty() ? totalLabel : totalLabel + "（" + columnName + "）");
        labels.addAll(names);
        return Optional.of(id().finding(message, Printed.yuan(sum.multiply(scale)), Printed.yuan(total.get().multiply(scale)),
                table.pageOfRow(totalRow), labels, project));
    }

    /**
     * Replaces the lines a subtotal line sums (本年支出合计 after the expenditure lines) by the subtotal:
     * a 合计 is one part of a larger total, never one more part beside its own lines.
     */
    private static void foldSubtotals(List<BigDecimal> values, List<String> names) {
        int runStart = 0;
        for (int i = 0; i < values.size(); i++) {
            if (i - runStart < 1 || !SUBTOTAL.matcher(names.get(i)).find()) {
                continue;
            }
            List<BigDecimal> run = values.subList(runStart, i);
            BigDecimal sum = run.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal perLine = Printed.halfUnit(values.get(i));
            boolean sumsRun = sum.subtract(values.get(i)).abs().compareTo(perLine.multiply(BigDecimal.valueOf(run.size() + 1L))) <= 0
                    || TreeSums.addUpAsOutline(run, values.get(i), perLine);
            if (sumsRun) {
                values.subList(runStart, i).clear();
                names.subList(runStart, i).clear();
                i = runStart;
                runStart = i + 1;
            }
        }
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
            if (cell != null && SUM_ROW.matcher(PageText.normalize(cell.text())).matches()) {
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

    /** A cell that holds an amount or nothing (blank, a dash), so may be a line of the sum. */
    private static boolean isValue(Table table, int row, int column) {
        String text = PageText.normalize(table.rowTexts(row).get(column));
        return EMPTY.matcher(text).matches() || Printed.plainNumber(text).isPresent();
    }

    private static String ownHeader(Table table, int header, int column) {
        return header < 0 ? "" : PageText.normalize(table.rowTexts(header).get(column));
    }

    /**
     * The column's header with the group header above it, where there is one: {@code 资金情况(单位:元)合计}.
     * A group header spans more columns than the header under it, is short, and holds no figures.
     */
    private static String headerText(Table table, int header, int column) {
        String own = ownHeader(table, header, column);
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

    /**
     * Whether the figures are in 万元: said by the column's header, by a label left of the total (the
     * form's {@code 项目资金(万元)}), by a unit column right of it, or by a {@code 单位：万元} line on the page.
     */
    private static boolean inTenThousands(CheckContext context, Table table, int totalRow, int labelColumn, int header,
                                          int column) {
        StringBuilder cues = new StringBuilder(headerText(table, header, column));
        List<String> row = normalized(table.rowTexts(totalRow));
        for (int c = 0; c <= labelColumn; c++) {
            cues.append(row.get(c));
        }
        Cell figure = table.cellAt(totalRow, column);
        Cell unitColumn = figure == null || figure.lastColumn() + 1 >= table.columnCount() ? null
                : table.cellAt(totalRow, figure.lastColumn() + 1);
        if (unitColumn != null && PageText.normalize(unitColumn.text()).equals("万元")) {
            return true;
        }
        return TEN_THOUSANDS.matcher(cues).find()
                || TEN_THOUSANDS.matcher(context.text().pages().getOrDefault(table.pageOfRow(totalRow), "")).find();
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
