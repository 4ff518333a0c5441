package org.jixiao.extract.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.extract.layout.Cell;
import org.jixiao.extract.layout.Table;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.MoneyUnit;
import org.jixiao.extract.model.Rate;
import org.jixiao.extract.model.SubItem;

/**
 * Reads the money of a table: every figure gets its meaning from the label left of it in its row
 * and the header above it in its column. Handles label–value forms (项目资金总额 | 23157700.00),
 * matrices of fund rows by budget columns (预算安排 × 合计 / 财政资金 …), breakdowns by item
 * (子项目名称 | 预算金额) with their 合计 rows, and ratio rows or columns (预算执行率).
 */
public final class FundingTableReader {

    /** A column header longer than this is a sentence (a formula, an explanation), not a label. */
    private static final int MAX_HEADER_LENGTH = 16;

    private static final Pattern BARE_UNIT = Pattern.compile("^(万元|元)$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ROW_NUMBER = Pattern.compile("[()\\d=+\\-*/×÷]+");

    private final LabelClassifier labels;

    public FundingTableReader(LabelClassifier labels) {
        this.labels = labels;
    }

    /** A money figure with where it stands. */
    public record FundingFact(Funding funding, Position position) {
    }

    /** A ratio with where it stands. */
    public record RateFact(Rate rate, Position position) {
    }

    /** A breakdown line with where it stands. */
    public record SubItemFact(SubItem subItem, Position position) {
    }

    /**
     * The points a self-evaluation's fund block gives its execution rate (分值 10, 执行率 95.00%,
     * 得分 9.50): a scored item of the evaluation like its indicators.
     */
    public record ScoredRateFact(Indicator indicator, Position position) {
    }

    /** Everything read from one table. */
    public record Reading(List<FundingFact> funding, List<RateFact> rates, List<SubItemFact> subItems,
                          List<ScoredRateFact> scoredRates) {
    }

    /**
     * @param caption     the text just above the table (a unit line such as 单位：元), or empty
     * @param skippedRows rows read as something else (an indicator table's rows hold no project money)
     */
    public Reading read(Table table, int block, String caption, java.util.Set<Integer> skippedRows) {
        List<FundingFact> funding = new ArrayList<>();
        List<RateFact> rates = new ArrayList<>();
        List<SubItemFact> subItems = new ArrayList<>();
        List<ScoredRateFact> scoredRates = new ArrayList<>();
        Numbers.Unit captionUnit = Numbers.unitStatement(caption);
        Numbers.Unit[] statedAbove = unitLines(table);
        for (int row = 0; row < table.rowCount(); row++) {
            if (skippedRows.contains(row)) {
                continue;
            }
            Map<FundingKind, BigDecimal> itemAmounts = new EnumMap<>(FundingKind.class);
            Map<LabelConfig.IndicatorColumn, String> points = new EnumMap<>(LabelConfig.IndicatorColumn.class);
            RateFact executionRate = null;
            BigDecimal itemFirstAmount = null;
            String itemName = null;
            boolean onlyLine = isOnlyLine(table, row);
            Cell previous = null;
            for (int column = 0; column < table.columnCount(); column++) {
                Cell cell = table.cellAt(row, column);
                if (cell == null || cell == previous || cell.row() != row) {
                    previous = cell;
                    continue;
                }
                previous = cell;
                Optional<Numbers.Figure> figure = Numbers.figure(cell.text());
                if (figure.isEmpty()) {
                    continue;
                }
                Cell rowLabel = rowLabel(table, row, column);
                String header = columnHeader(table, row, column);
                Position position = new Position(block, row);
                int page = cell.page();
                if (rowLabel == null && header != null) {
                    // a record laid out across: 年初预算 | 实际支出 | 预算执行率 over one row of figures
                    rowLabel = table.cellAt(headerRowOf(table, row, column), column);
                    header = null;
                }
                if (rowLabel == null) {
                    continue;
                }
                Optional<Rate.Kind> rowRate = labels.classify(labels.config().rates(), rowLabel.text());
                Optional<Rate.Kind> columnRate = header == null ? Optional.empty()
                        : labels.classify(labels.config().rates(), header);
                if (rowRate.isPresent() || columnRate.isPresent() || figure.get().unit() == Numbers.Unit.PERCENT) {
                    Optional<RateFact> rate = rate(rowLabel.text(), header, rowRate, columnRate, figure.get(), page, position,
                            onlyLine);
                    rate.ifPresent(rates::add);
                    if (rate.isPresent() && columnRate.isPresent() && rate.get().rate().kind() == Rate.Kind.EXECUTION_RATE) {
                        executionRate = new RateFact(rate.get().rate(), position);
                        points.put(LabelConfig.IndicatorColumn.ACTUAL, cell.text().strip());
                    }
                    continue;
                }
                boolean totalRow = isTotal(rowLabel.text());
                Optional<LabelConfig.IndicatorColumn> scoreColumn = scoreColumn(header);
                if (scoreColumn.isPresent()) {
                    points.put(scoreColumn.get(), cell.text().strip());
                    continue;
                }
                Optional<FundingKind> columnKind = fundingKind(header);
                Optional<FundingKind> rowKind = totalRow ? Optional.empty()
                        : stronger(rowKind(rowLabel), columnKind);
                Numbers.Unit unit = unit(figure.get(), table, row, column, statedAbove[row], captionUnit);
                BigDecimal yuan = Numbers.toYuan(figure.get().value(), unit);
                MoneyUnit printed = Numbers.printedUnit(unit);
                String scope = header != null ? header : blockHead(table, row, rowLabel);
                String label = scope == null || scope.equals(rowLabel.text()) ? rowLabel.text()
                        : rowLabel.text() + "(" + scope + ")";
                if (rowKind.isPresent()) {
                    funding.add(new FundingFact(new Funding(label, rowKind.get(), yuan, page, printed), position));
                } else if (totalRow) {
                    if (columnKind.isPresent() && isBreakdownTotalWithKinds(table, row)) {
                        funding.add(new FundingFact(new Funding(breakdownLabel(header, rowLabel.text()),
                                columnKind.get(), yuan, page, printed), position));
                    } else if (columnKind.isPresent() && !isBreakdown(table, row, rowLabel)) {
                        funding.add(new FundingFact(new Funding(label, columnKind.get(), yuan, page, printed), position));
                    }
                } else if (columnKind.isPresent() && onlyLine && !isBreakdown(table, row, rowLabel)) {
                    // the one line of a table of kinds (项目 | 年初预算 | 执行金额 …) is the project's own
                    funding.add(new FundingFact(new Funding(compact(header), columnKind.get(), yuan, page, printed), position));
                } else if (isBreakdown(table, row, rowLabel)) {
                    itemName = compact(rowLabel.text());
                    if (itemFirstAmount == null) {
                        itemFirstAmount = yuan;
                    } else {
                        columnKind.ifPresent(kind -> itemAmounts.putIfAbsent(kind, yuan));
                    }
                }
            }
            if (itemName != null) {
                subItems.add(new SubItemFact(new SubItem(itemName, itemFirstAmount, itemAmounts), new Position(block, row)));
            }
            if (executionRate != null && (points.containsKey(LabelConfig.IndicatorColumn.WEIGHT)
                    || points.containsKey(LabelConfig.IndicatorColumn.SCORE))) {
                String name = compact(columnHeader(table, row, executionRateColumn(table, row)));
                scoredRates.add(new ScoredRateFact(new Indicator(name, null, name, null, null,
                        points.get(LabelConfig.IndicatorColumn.ACTUAL), points.get(LabelConfig.IndicatorColumn.WEIGHT),
                        points.get(LabelConfig.IndicatorColumn.SCORE), null, executionRate.rate().page(), List.of()),
                        executionRate.position()));
            }
        }
        return new Reading(funding, rates, subItems, scoredRates);
    }

    /**
     * The head of a label–value block a figure's label stands in: the 实施期资金总额 or 年度资金总额 at
     * the top of its label column, whose sources are listed below it. Two blocks side by side (a
     * two-period form) print the same source labels with different figures; the head tells them apart.
     * Null where the label heads its block itself or stands in none.
     */
    private String blockHead(Table table, int row, Cell rowLabel) {
        String head = null;
        Cell previous = rowLabel;
        for (int above = row - 1; above >= 0; above--) {
            Cell cell = table.cellAt(above, rowLabel.column());
            if (cell == null || cell == previous) {
                continue;
            }
            previous = cell;
            if (cell.column() != rowLabel.column()) {
                break;
            }
            Optional<FundingKind> kind = fundingKind(cell.text());
            if (kind.isEmpty()) {
                break;
            }
            if (kind.get() == FundingKind.TOTAL || kind.get() == FundingKind.ANNUAL) {
                head = compact(cell.text());
            }
        }
        return head;
    }

    /** @param onlyLine the row is the table's one line of figures: its rate is the project's own */
    private Optional<RateFact> rate(String rowLabel, String header, Optional<Rate.Kind> rowRate,
                                    Optional<Rate.Kind> columnRate, Numbers.Figure figure, int page, Position position,
                                    boolean onlyLine) {
        Rate.Kind kind;
        String label;
        if (rowRate.isPresent()) {
            kind = rowRate.get();
            label = header == null ? rowLabel : rowLabel + "(" + header + ")";
        } else if (columnRate.isPresent()) {
            kind = columnRate.get();
            label = isTotal(rowLabel) || onlyLine ? header : compact(rowLabel) + " " + header;
        } else {
            return Optional.empty();
        }
        return Optional.of(new RateFact(new Rate(label, kind, figure.value(), page), position));
    }

    /** The nearest text cell left of a figure in its row (a merged label from the rows above counts). */
    private Cell rowLabel(Table table, int row, int column) {
        for (int left = column - 1; left >= 0; left--) {
            Cell cell = table.cellAt(row, left);
            if (cell != null && !cell.isBlank() && Numbers.figure(cell.text()).isEmpty() && !isRowNumber(cell.text())) {
                return cell;
            }
        }
        return null;
    }

    /** The row of the header cell directly above a figure. */
    private static int headerRowOf(Table table, int row, int column) {
        for (int above = row - 1; above >= 0; above--) {
            Cell cell = table.cellAt(above, column);
            if (cell != null && !cell.isBlank() && Numbers.figure(cell.text()).isEmpty()) {
                return above;
            }
        }
        return row;
    }

    /** Whether a row is the only one of the table that holds figures: a single line, not a list of items. */
    private static boolean isOnlyLine(Table table, int row) {
        for (int other = 0; other < table.rowCount(); other++) {
            if (other != row && rowHasFigure(table, other)) {
                return false;
            }
        }
        return true;
    }

    /** A 行次 cell such as (1) or (5)=(3)-(4): bookkeeping, not a label. */
    private static boolean isRowNumber(String text) {
        return ROW_NUMBER.matcher(compact(text)).matches();
    }

    /**
     * The header of a figure's column: the column labels stacked directly above it, outermost first
     * ({@code 其他资金} over {@code 小计}). A header cell names money or ratios and stands in a row
     * without figures; the walk stops at the first cell that is not one. Null when there is none.
     */
    private String columnHeader(Table table, int row, int column) {
        List<String> parts = new ArrayList<>();
        Cell previous = table.cellAt(row, column);
        for (int above = row - 1; above >= 0 && parts.size() < 3; above--) {
            Cell cell = table.cellAt(above, column);
            if (cell == null || cell == previous) {
                continue;
            }
            previous = cell;
            boolean empty = cell.isBlank() || Numbers.isPlaceholder(cell.text());
            if (parts.isEmpty() && (empty || Numbers.figure(cell.text()).isPresent())) {
                continue;
            }
            if (!isColumnLabel(cell.text()) || rowHasFigure(table, above)) {
                break;
            }
            parts.add(0, cell.text());
        }
        return parts.isEmpty() ? null : compact(String.join("", parts));
    }

    private boolean isColumnLabel(String text) {
        if (LabelClassifier.normalize(text).length() > MAX_HEADER_LENGTH) {
            return false;
        }
        LabelConfig config = labels.config();
        return labels.classify(config.funding(), text).isPresent() || labels.classify(config.amounts(), text).isPresent()
                || labels.classify(config.rates(), text).isPresent() || isTotal(text)
                || labels.classify(config.breakdown(), text).isPresent() || isScoreColumn(text);
    }

    private static boolean rowHasFigure(Table table, int row) {
        for (Cell cell : table.row(row)) {
            if (Numbers.figure(cell.text()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** A figure under 分值 or 得分 is a score, not money. */
    private Optional<LabelConfig.IndicatorColumn> scoreColumn(String header) {
        return labels.classifyExact(labels.config().indicatorColumns(), header)
                .filter(column -> column == LabelConfig.IndicatorColumn.WEIGHT || column == LabelConfig.IndicatorColumn.SCORE);
    }

    private boolean isScoreColumn(String header) {
        return scoreColumn(header).isPresent();
    }

    /** The column of a row whose header is an execution rate. */
    private int executionRateColumn(Table table, int row) {
        for (int column = 0; column < table.columnCount(); column++) {
            String header = columnHeader(table, row, column);
            if (header != null && labels.classify(labels.config().rates(), header)
                    .filter(kind -> kind == Rate.Kind.EXECUTION_RATE).isPresent()) {
                return column;
            }
        }
        throw new IllegalStateException("no execution rate column in row " + row);
    }

    /**
     * The kind of a figure whose row and column both name one: what happened to the money (预算,
     * 执行, 到位 …) says more than where it came from (财政拨款, 上年结转 …), which says more than
     * its scope (年度资金总额, 项目总额). On a tie the row wins.
     */
    private static Optional<FundingKind> stronger(Optional<FundingKind> row, Optional<FundingKind> column) {
        if (row.isEmpty() || column.isEmpty()) {
            return row;
        }
        if (row.get() == FundingKind.TOTAL && column.get() == FundingKind.ANNUAL) {
            // a block's 资金总额 under its 年度 head is the year's total
            return column;
        }
        return rank(column.get()) > rank(row.get()) ? column : row;
    }

    private static int rank(FundingKind kind) {
        return switch (kind) {
            case BUDGET, ADJUSTED_BUDGET, ADJUSTMENT, INVESTED, RECEIVED, SPENT, BALANCE -> 3;
            case TOTAL, ANNUAL -> 1;
            default -> 2;
        };
    }

    private Optional<FundingKind> fundingKind(String label) {
        return labels.classifyAgainst(labels.config().funding(), labels.config().amounts(), label);
    }

    /**
     * The kind a row's label names; on a scan also a label that names one kind but for one OCR slip (般公共预算拨款,
     * its 一 lost), where the slip leaves one kind.
     */
    private Optional<FundingKind> rowKind(Cell label) {
        Optional<FundingKind> kind = fundingKind(label.text());
        if (kind.isPresent() || label.confidence() >= 1) {
            return kind;
        }
        java.util.Set<FundingKind> near = labels.classifyNear(labels.config().funding(), label.text());
        return near.size() == 1 ? Optional.of(near.iterator().next()) : Optional.empty();
    }

    private boolean isTotal(String label) {
        return labels.classifyExact(labels.config().totals(), label).isPresent();
    }

    /**
     * Whether a row is a line of a breakdown: its label column is headed by an item header
     * (子项目名称, 项目内容 …) somewhere above.
     */
    private boolean isBreakdown(Table table, int row, Cell rowLabel) {
        Cell previous = rowLabel;
        for (int above = row - 1; above >= 0; above--) {
            Cell cell = table.cellAt(above, rowLabel.column());
            if (cell == null || cell == previous) {
                continue;
            }
            if (cell.column() != rowLabel.column() || cell.columnSpan() != rowLabel.columnSpan()) {
                return false;
            }
            previous = cell;
            if (labels.classify(labels.config().breakdown(), cell.text()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A breakdown's 合计 row restates the sum of its lines when the table has one money column; with
     * several columns of distinct kinds (年初预算, 调整金额, 执行金额 …) it states the project's figures.
     */
    private boolean isBreakdownTotalWithKinds(Table table, int row) {
        Cell label = rowLabel(table, row, table.columnCount());
        if (label == null || !isBreakdown(table, row, firstTextCell(table, row))) {
            return false;
        }
        Map<FundingKind, Boolean> kinds = new LinkedHashMap<>();
        for (int column = 0; column < table.columnCount(); column++) {
            Cell cell = table.cellAt(row, column);
            if (cell != null && cell.column() == column && Numbers.figure(cell.text()).isPresent()) {
                String header = columnHeader(table, row, column);
                fundingKind(header).ifPresent(kind -> kinds.put(kind, true));
            }
        }
        return kinds.size() >= 2;
    }

    private static Cell firstTextCell(Table table, int row) {
        for (int column = 0; column < table.columnCount(); column++) {
            Cell cell = table.cellAt(row, column);
            if (cell != null && !cell.isBlank()) {
                return cell;
            }
        }
        return table.cellAt(row, 0);
    }

    private static String breakdownLabel(String header, String rowLabel) {
        return header == null ? rowLabel : header;
    }

    /**
     * The money unit of a figure, from its nearest scope: printed with it; a unit cell right of it; its row's labels (项目资金(元),
     * 预算金额(万元)); the header stack of its column; the unit line of its table (单位：万元 in a
     * corner cell above it); the unit line just above the table. Never a sentence nearby, never a
     * figure's own unit (0.3万元 in another cell), never a header beyond the figure's own block of rows.
     * 元 when nothing says.
     */
    private static Numbers.Unit unit(Numbers.Figure figure, Table table, int row, int column,
                                     Numbers.Unit unitLine, Numbers.Unit captionUnit) {
        if (figure.unit() != Numbers.Unit.NONE) {
            return figure.unit();
        }
        int next = table.cellAt(row, column).lastColumn() + 1;
        Cell right = next < table.columnCount() ? table.cellAt(row, next) : null;
        if (right != null && right.row() == row && BARE_UNIT.matcher(right.text().strip()).matches()) {
            // a unit column of its own: 1116.36 | 万元
            return right.text().strip().equals("万元") ? Numbers.Unit.TEN_THOUSAND_YUAN : Numbers.Unit.YUAN;
        }
        for (int left = column - 1; left >= 0; left--) {
            Numbers.Unit unit = labelUnit(table.cellAt(row, left));
            if (unit != Numbers.Unit.NONE) {
                return unit;
            }
        }
        boolean inHeader = false;
        for (int above = row - 1; above >= 0; above--) {
            boolean header = !rowHasFigure(table, above);
            if (inHeader && !header) {
                break;
            }
            inHeader |= header;
            Numbers.Unit unit = labelUnit(table.cellAt(above, column));
            if (unit != Numbers.Unit.NONE) {
                return unit;
            }
        }
        if (unitLine != Numbers.Unit.NONE) {
            return unitLine;
        }
        return captionUnit == Numbers.Unit.NONE ? Numbers.Unit.YUAN : captionUnit;
    }

    /**
     * For each row, the unit line (单位：万元) nearest at or above it: the first cell starting in a row
     * that states a unit. Worked out once per table, not per figure (a long table has thousands).
     */
    private static Numbers.Unit[] unitLines(Table table) {
        Numbers.Unit[] stated = new Numbers.Unit[table.rowCount()];
        Numbers.Unit nearest = Numbers.Unit.NONE;
        for (int row = 0; row < table.rowCount(); row++) {
            for (Cell cell : table.row(row)) {
                Numbers.Unit unit = cell.row() == row ? Numbers.unitStatement(cell.text()) : Numbers.Unit.NONE;
                if (unit != Numbers.Unit.NONE) {
                    nearest = unit;
                    break;
                }
            }
            stated[row] = nearest;
        }
        return stated;
    }

    /** The money unit a label cell names (年度资金总额(万元)); none for a cell holding a figure. */
    private static Numbers.Unit labelUnit(Cell cell) {
        if (cell == null || Numbers.figure(cell.text()).isPresent()) {
            return Numbers.Unit.NONE;
        }
        Numbers.Unit unit = Numbers.unitOf(cell.text());
        return unit == Numbers.Unit.YUAN || unit == Numbers.Unit.TEN_THOUSAND_YUAN ? unit : Numbers.Unit.NONE;
    }

    private static String compact(String text) {
        return WHITESPACE.matcher(text).replaceAll("");
    }
}
