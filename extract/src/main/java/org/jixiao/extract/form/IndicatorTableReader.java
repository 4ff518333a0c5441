package org.jixiao.extract.form;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.jixiao.extract.form.LabelConfig.IndicatorColumn;
import org.jixiao.extract.form.LabelConfig.ResultRow;
import org.jixiao.extract.layout.Cell;
import org.jixiao.extract.layout.Table;
import org.jixiao.extract.model.Indicator;

/**
 * Reads indicator tables: three- or four-level target tables, tables with a separate sign and unit,
 * two-period forms (实施期目标 and 年度目标 side by side) and score tables with 分值/得分 or
 * 权重/目标值/业绩值/评分. The header row names the columns; each row below it is an indicator,
 * a group subtotal (skipped), or the table's total score or grade.
 */
public final class IndicatorTableReader {

    /** The columns that hold an indicator's values, as opposed to its names. */
    private static final List<IndicatorColumn> VALUES =
            List.of(IndicatorColumn.TARGET, IndicatorColumn.ACTUAL, IndicatorColumn.WEIGHT, IndicatorColumn.SCORE);
    private static final List<IndicatorColumn> LEVELS =
            List.of(IndicatorColumn.LEVEL1, IndicatorColumn.LEVEL2, IndicatorColumn.LEVEL3, IndicatorColumn.LEVEL4);

    /** A period word before a column name: 实施期指标值, 中期目标值, 年度指标值, 本年度目标值. */
    private static final java.util.regex.Pattern PERIOD_QUALIFIER =
            java.util.regex.Pattern.compile("^(?:实施期|中期|长期|本年度|年度)");

    /** What a template's unused rows hold where an indicator's name would stand. */
    private static final java.util.Set<String> PLACEHOLDER_NAMES = java.util.Set.of("不适用", "无", "暂无", "/", "—", "-", "——");

    /** A header cell that names an indicator level by its rank: 一级指标, 二级绩效指标, 指标(三级). */
    private static final java.util.regex.Pattern LEVEL_WORD = java.util.regex.Pattern.compile("[一二三四]级");

    private final LabelClassifier labels;

    public IndicatorTableReader(LabelClassifier labels) {
        this.labels = labels;
    }

    /** An indicator with where it stands. */
    public record Row(Indicator indicator, Position position) {
    }

    /** What a score table states of the whole: its total and grade, as printed; whether OCR was unsure of the total. */
    public record Result(String totalScore, String grade, Position position, int page, boolean totalDoubtful) {
    }

    /**
     * Everything read from one table.
     *
     * @param coveredRows the rows of indicator headers and data, which hold no other facts
     */
    public record Reading(List<Row> rows, Result result, java.util.Set<Integer> coveredRows) {
    }

    /**
     * A header this reader does not know, in a table that looks like an indicator table.
     *
     * @param cells the header's cells as printed, left to right
     */
    public record UnrecognisedHeader(List<String> cells, int page) {
    }

    /**
     * The header of a table that looks like an indicator table but that no header variant of the labels
     * reads: a row naming two or more levels by rank (一级…, 二级…) beside a column that is no level, with
     * 指标 or 目标 among its words (一级项目 | 二级项目 | 预算金额 is a budget table) and rows under it. Call it for a table whose reading found no header; a bureau's own variant is then
     * reported, to be added with {@code --labels}, rather than its indicators silently dropped.
     */
    public Optional<UnrecognisedHeader> unrecognisedHeader(Table table) {
        for (int row = 0; row + 1 < table.rowCount(); row++) {
            List<String> cells = new ArrayList<>();
            Cell previous = null;
            for (int column = 0; column < table.columnCount(); column++) {
                Cell cell = table.cellAt(row, column);
                if (cell != null && cell != previous && !cell.isBlank()) {
                    cells.add(compact(cell.text()));
                }
                previous = cell;
            }
            long levels = cells.stream().filter(text -> LEVEL_WORD.matcher(text).find()).count();
            boolean ofIndicators = cells.stream().anyMatch(text -> text.contains("指标") || text.contains("目标"));
            if (levels >= 2 && cells.size() > levels && ofIndicators && hasRowsBelow(table, row)) {
                return Optional.of(new UnrecognisedHeader(cells, table.pageOfRow(row)));
            }
        }
        return Optional.empty();
    }

    /** Whether a row below holds two or more cells of text: the data a header would introduce. */
    private static boolean hasRowsBelow(Table table, int headerRow) {
        for (int row = headerRow + 1; row < table.rowCount(); row++) {
            int filled = 0;
            Cell previous = null;
            for (int column = 0; column < table.columnCount(); column++) {
                Cell cell = table.cellAt(row, column);
                if (cell != null && cell != previous && cell.row() == row && !cell.isBlank()) {
                    filled++;
                }
                previous = cell;
            }
            if (filled >= 2) {
                return true;
            }
        }
        return false;
    }

    /** One group of columns: a two-period form has two, sharing the columns left of them. */
    private record ColumnGroup(Map<IndicatorColumn, Integer> columns, Indicator.Period period) {
    }

    public Reading read(Table table, int block) {
        List<Row> rows = new ArrayList<>();
        String total = null;
        boolean totalDoubtful = false;
        String grade = null;
        Position resultPosition = null;
        List<ColumnGroup> groups = null;
        int headerRow = -1;
        int lastDataRow = -1;
        java.util.Set<Integer> covered = new java.util.TreeSet<>();
        for (int row = 0; row < table.rowCount(); row++) {
            List<ColumnGroup> header = header(table, row);
            if (header != null) {
                groups = header;
                // a header over two rows (指标值 over 实施期指标值 | 年度指标值, or over 符号 | 数值 | 单位)
                boolean twoRows = row + 1 < table.rowCount() && isSubHeader(table, row + 1);
                headerRow = twoRows ? row + 1 : row;
                lastDataRow = lastDataRow(table, row, headerRow, header.get(0));
                covered.add(row);
                covered.add(headerRow);
                row = headerRow;
                continue;
            }
            if (groups == null || row > lastDataRow) {
                continue;
            }
            if (isFormFooter(table, row) || startsFormFields(table, row)) {
                groups = null;
                continue;
            }
            covered.add(row);
            Optional<ResultRow> result = resultRow(table, row, groups.get(0));
            if (result.isPresent()) {
                Cell value = resultCell(table, row, groups.get(0), result.get());
                if (value != null) {
                    resultPosition = new Position(block, row);
                    if (result.get() == ResultRow.TOTAL_SCORE) {
                        total = value.text().strip();
                        totalDoubtful = value.isDoubtful();
                    } else {
                        grade = value.text().strip();
                    }
                }
                continue;
            }
            for (ColumnGroup group : groups) {
                Indicator indicator = indicator(table, row, headerRow, group, groups.get(0));
                if (indicator != null) {
                    rows.add(new Row(indicator, new Position(block, row)));
                }
            }
        }
        Result result = total == null && grade == null ? null : new Result(total, grade, resultPosition,
                table.pageOfRow(resultPosition.row()), totalDoubtful);
        return new Reading(rows, result, covered);
    }

    /**
     * The last row of the data a header introduces: a label cell left of the header's columns
     * (绩效指标, 分解目标) spans exactly the indicator rows; without one the data runs to the end. A
     * cell that ends with the header (序号 over both rows of a two-row header) labels no rows.
     */
    private static int lastDataRow(Table table, int headerRow, int lastHeaderRow, ColumnGroup group) {
        int firstColumn = group.columns().values().stream().mapToInt(Integer::intValue).min().orElse(0);
        for (int column = 0; column < firstColumn; column++) {
            Cell cell = table.cellAt(headerRow, column);
            if (cell != null && cell.rowSpan() > 1 && cell.lastColumn() < firstColumn && cell.lastRow() > lastHeaderRow) {
                return cell.lastRow();
            }
        }
        return table.rowCount() - 1;
    }

    /** A row of label: value pairs (负责人: … 联系电话: …) closes a form's indicator part. */
    private static boolean isFormFooter(Table table, int row) {
        int labelled = 0;
        for (Cell cell : table.row(row)) {
            if (cell.text().strip().endsWith(":")) {
                labelled++;
            }
        }
        return labelled >= 2;
    }

    /** A row of form fields (项目名称 | …, 主管部门 | …) is the next form's header block, not an indicator. */
    private boolean startsFormFields(Table table, int row) {
        for (Cell cell : table.row(row)) {
            if (cell.row() == row && labels.classifyExact(labels.config().fields(), cell.text()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The column groups a header row names, or null when the row is no indicator header: it must
     * name a level column and a value column (target, actual, weight or score).
     */
    private List<ColumnGroup> header(Table table, int row) {
        boolean twoRows = row + 1 < table.rowCount() && isSubHeader(table, row + 1);
        List<Map<IndicatorColumn, Integer>> groups = new ArrayList<>();
        List<Indicator.Period> periods = new ArrayList<>();
        Map<IndicatorColumn, Integer> current = new EnumMap<>(IndicatorColumn.class);
        Indicator.Period currentPeriod = null;
        boolean anyLevel = false;
        boolean anyValue = false;
        Map<Integer, IndicatorColumn> roles = roles(table, row, twoRows);
        Cell previous = null;
        for (int column = 0; column < table.columnCount(); column++) {
            Cell upper = table.cellAt(row, column);
            Cell cell = headerCell(table, row, column, twoRows);
            if (cell == null || cell == previous) {
                continue;
            }
            previous = cell;
            Optional<IndicatorColumn> role = Optional.ofNullable(roles.get(column));
            if (role.isEmpty()) {
                continue;
            }
            Optional<Indicator.Period> period = periodOf(cell.text());
            if (period.isEmpty() && cell != upper && upper != null) {
                period = periodOf(upper.text());
            }
            if (current.containsKey(role.get())
                    || period.isPresent() && currentPeriod != null && period.get() != currentPeriod) {
                groups.add(current);
                periods.add(currentPeriod);
                current = new EnumMap<>(IndicatorColumn.class);
                currentPeriod = null;
            }
            current.put(role.get(), column);
            currentPeriod = period.orElse(currentPeriod);
            anyLevel |= LEVELS.contains(role.get());
            anyValue |= !LEVELS.contains(role.get());
        }
        groups.add(current);
        periods.add(currentPeriod);
        if (!anyLevel || !anyValue) {
            return null;
        }
        List<ColumnGroup> result = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Indicator.Period period = groups.size() < 2 ? null
                    : periods.get(g) != null ? periods.get(g) : periodAbove(table, row, groups.get(g));
            result.add(new ColumnGroup(groups.get(g), period));
        }
        return result;
    }

    /** The cell naming a column: the lower row's own cell of a two-row header, else the upper. */
    private static Cell headerCell(Table table, int row, int column, boolean twoRows) {
        Cell upper = table.cellAt(row, column);
        Cell lower = twoRows ? table.cellAt(row + 1, column) : null;
        return lower != null && lower.row() == row + 1 && !lower.isBlank() ? lower : upper;
    }

    /**
     * The role of each column a header row names. A cell naming none exactly takes the role it names
     * but for one OCR slip (级指标 with its 一 dropped, 指标值. with a speck) when that role is not named
     * elsewhere in the row and, for a level, stands in rank order with the levels named beside it.
     */
    private Map<Integer, IndicatorColumn> roles(Table table, int row, boolean twoRows) {
        Map<Integer, IndicatorColumn> roles = new java.util.TreeMap<>();
        List<Integer> unnamed = new ArrayList<>();
        for (int column = 0; column < table.columnCount(); column++) {
            Cell cell = headerCell(table, row, column, twoRows);
            Optional<IndicatorColumn> role = cell == null || cell.isBlank() ? null : role(cell.text());
            if (role != null && role.isPresent()) {
                roles.put(column, role.get());
            } else if (role != null) {
                unnamed.add(column);
            }
        }
        Map<Integer, IndicatorColumn> named = Map.copyOf(roles);
        for (int column : unnamed) {
            List<IndicatorColumn> near = new ArrayList<>(
                    labels.classifyNear(labels.config().indicatorColumns(), headerCell(table, row, column, twoRows).text()));
            near.removeIf(role -> named.containsValue(role) || LEVELS.contains(role) && !inRankOrder(named, column, role));
            if (near.size() == 1) {
                roles.put(column, near.get(0));
            }
        }
        return roles;
    }

    /** Whether a level in this column ranks below the levels named left of it and above those right of it. */
    private static boolean inRankOrder(Map<Integer, IndicatorColumn> named, int column, IndicatorColumn level) {
        for (Map.Entry<Integer, IndicatorColumn> other : named.entrySet()) {
            int rank = LEVELS.indexOf(other.getValue());
            if (rank >= 0 && (other.getKey() < column ? rank >= LEVELS.indexOf(level) : rank <= LEVELS.indexOf(level))) {
                return false;
            }
        }
        return true;
    }

    /** A header cell's role: a column name, or one qualified by its period (实施期指标值, 年度目标值). */
    private Optional<IndicatorColumn> role(String text) {
        Optional<IndicatorColumn> role = labels.classifyExact(labels.config().indicatorColumns(), text);
        if (role.isPresent()) {
            return role;
        }
        String compact = LabelClassifier.normalize(text);
        Matcher qualified = PERIOD_QUALIFIER.matcher(compact);
        return qualified.lookingAt() && qualified.end() < compact.length()
                ? labels.classifyExact(labels.config().indicatorColumns(), compact.substring(qualified.end()))
                : Optional.empty();
    }

    /** The period a header's words name: 实施期 / 中期 / 长期 for the implementation period, 年度 for the year. */
    private Optional<Indicator.Period> periodOf(String text) {
        Optional<Indicator.Period> period = labels.classify(labels.config().periods(), text);
        if (period.isPresent()) {
            return period;
        }
        Matcher qualified = PERIOD_QUALIFIER.matcher(LabelClassifier.normalize(text));
        if (!qualified.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(qualified.group().contains("年") ? Indicator.Period.ANNUAL : Indicator.Period.IMPLEMENTATION);
    }

    /**
     * A row that refines the header above it: its own cells name columns (实施期指标值, 符号, 数值, 单位)
     * and none names a level or holds a figure of data.
     */
    private boolean isSubHeader(Table table, int row) {
        boolean any = false;
        for (Cell cell : table.row(row)) {
            if (cell.row() != row || cell.isBlank()) {
                continue;
            }
            Optional<IndicatorColumn> role = role(cell.text());
            if (role.isEmpty() || LEVELS.contains(role.get())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The period label (实施期目标 / 年度目标) printed above a group's columns, in the rows before the header. */
    private Indicator.Period periodAbove(Table table, int headerRow, Map<IndicatorColumn, Integer> columns) {
        int probe = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int row = headerRow - 1; row >= 0; row--) {
            Cell cell = table.cellAt(row, probe);
            if (cell != null) {
                Optional<Indicator.Period> period = labels.classify(labels.config().periods(), cell.text());
                if (period.isPresent()) {
                    return period.get();
                }
            }
        }
        return null;
    }

    private Optional<ResultRow> resultRow(Table table, int row, ColumnGroup group) {
        for (IndicatorColumn level : LEVELS) {
            Integer column = group.columns().get(level);
            if (column != null) {
                Cell cell = table.cellAt(row, column);
                if (cell != null && cell.row() == row && !cell.isBlank()) {
                    return labels.classifyExact(labels.config().results(), cell.text());
                }
            }
        }
        return Optional.empty();
    }

    /** The cell of a total's score (the score column, else the last figure) or of a grade (the last non-figure text). */
    private static Cell resultCell(Table table, int row, ColumnGroup group, ResultRow kind) {
        Integer scoreColumn = group.columns().get(IndicatorColumn.SCORE);
        if (kind == ResultRow.TOTAL_SCORE && scoreColumn != null) {
            Cell cell = table.cellAt(row, scoreColumn);
            return cell == null || cell.isBlank() ? null : cell;
        }
        for (int column = table.columnCount() - 1; column >= 0; column--) {
            Cell cell = table.cellAt(row, column);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            boolean figure = Numbers.figure(cell.text().strip()).isPresent();
            if (kind == ResultRow.TOTAL_SCORE == figure) {
                return cell;
            }
        }
        return null;
    }

    private Indicator indicator(Table table, int row, int headerRow, ColumnGroup group, ColumnGroup first) {
        String[] levels = new String[LEVELS.size()];
        Cell deepestCell = null;
        int lastLevel = -1;
        for (int i = 0; i < LEVELS.size(); i++) {
            Integer column = levelColumn(group, first, LEVELS.get(i));
            if (column == null) {
                continue;
            }
            lastLevel = i;
            Cell cell = table.cellAt(row, column);
            if (cell != null && !cell.isBlank()) {
                levels[i] = compact(cell.text());
                deepestCell = cell;
            }
        }
        if (deepestCell == null) {
            return null;
        }
        boolean ownCell = deepestCell.rowSpan() == 1 || deepestCell.row() == row && deepestCell.lastRow() == row;
        if (!ownCell && lastLevel > 0 || levels[0] != null && deepestLevelIndex(levels) == 0 && lastLevel > 0) {
            // a group's own row (产出目标 40 … 40): named only by its group cell, not by an indicator column
            return null;
        }
        if (spansLevels(deepestCell, group, first) || spansValues(deepestCell, group)
                || isSubtotalOrPlaceholder(levels[deepestLevelIndex(levels)])) {
            // 小计 / 合计 rows, a note across the level columns (需要说明的其它问题 | 无), template rows (不适用)
            return null;
        }
        if (deepestLevelIndex(levels) < lastLevel && hasNoValue(table, row, group)) {
            // a template's unused row: groups printed, no indicator named, nothing filled in
            return null;
        }
        fillDown(table, row, headerRow, group, first, levels);
        String target = valueText(table, row, group, IndicatorColumn.TARGET);
        String sign = valueText(table, row, group, IndicatorColumn.SIGN);
        String unit = valueText(table, row, group, IndicatorColumn.UNIT);
        if (target != null && (sign != null || unit != null)) {
            target = (sign == null ? "" : sign) + target + (unit == null ? "" : unit);
        }
        return new Indicator(levels[0], levels[1], levels[2], levels[3], target,
                valueText(table, row, group, IndicatorColumn.ACTUAL),
                valueText(table, row, group, IndicatorColumn.WEIGHT),
                valueText(table, row, group, IndicatorColumn.SCORE),
                group.period(), table.pageOfRow(row), lowConfidence(table, row, group));
    }

    /**
     * Whether a cell covers the first level column and at least one more: a subtotal or a remark across
     * the levels, not an indicator (a 三级 name running on into an empty 四级 column still is one).
     */
    private static boolean spansLevels(Cell cell, ColumnGroup group, ColumnGroup first) {
        Integer firstLevel = levelColumn(group, first, IndicatorColumn.LEVEL1);
        if (firstLevel == null || cell.column() > firstLevel) {
            return false;
        }
        int covered = 0;
        for (IndicatorColumn level : LEVELS) {
            Integer column = levelColumn(group, first, level);
            if (column != null && column >= cell.column() && column <= cell.lastColumn()) {
                covered++;
            }
        }
        return covered >= 2;
    }

    private static boolean hasNoValue(Table table, int row, ColumnGroup group) {
        for (IndicatorColumn role : VALUES) {
            String value = valueText(table, row, group, role);
            if (value != null && !Numbers.isPlaceholder(value) && !PLACEHOLDER_NAMES.contains(value)) {
                return false;
            }
        }
        return true;
    }

    private boolean isSubtotalOrPlaceholder(String name) {
        String bare = name.replaceAll("[。.;；,，]+$", "");
        return labels.classifyExact(labels.config().totals(), name).isPresent() || Numbers.isPlaceholder(bare)
                || PLACEHOLDER_NAMES.contains(bare);
    }

    /** Whether a name cell runs on over a value column: a remark across the table (其他需要说明的问题 | 无), no indicator. */
    private static boolean spansValues(Cell cell, ColumnGroup group) {
        for (IndicatorColumn role : VALUES) {
            Integer column = group.columns().get(role);
            if (column != null && column >= cell.column() && column <= cell.lastColumn()) {
                return true;
            }
        }
        return false;
    }

    /** The value fields OCR read with low confidence: marked in the record, not guessed at. */
    private static List<String> lowConfidence(Table table, int row, ColumnGroup group) {
        List<String> fields = new ArrayList<>();
        for (IndicatorColumn role : VALUES) {
            Integer column = group.columns().get(role);
            Cell cell = column == null ? null : table.cellAt(row, column);
            if (cell != null && cell.isDoubtful()) {
                fields.add(role.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return fields;
    }

    /**
     * A level left blank above a named deeper level belongs to the group cell above it, cut by a
     * page break or drawn without text in this row: it takes the nearest name above.
     */
    private void fillDown(Table table, int row, int headerRow, ColumnGroup group, ColumnGroup first, String[] levels) {
        int deepest = deepestLevelIndex(levels);
        for (int i = 0; i < deepest; i++) {
            Integer column = levelColumn(group, first, LEVELS.get(i));
            if (levels[i] != null || column == null) {
                continue;
            }
            for (int above = row - 1; above > headerRow; above--) {
                Cell cell = table.cellAt(above, column);
                if (cell != null && !cell.isBlank()) {
                    levels[i] = compact(cell.text());
                    break;
                }
            }
        }
    }

    private static int deepestLevelIndex(String[] levels) {
        int deepest = -1;
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] != null) {
                deepest = i;
            }
        }
        return deepest;
    }

    /** A group's column for a level, or the first group's where a two-period form shares it. */
    private static Integer levelColumn(ColumnGroup group, ColumnGroup first, IndicatorColumn level) {
        Integer column = group.columns().get(level);
        return column != null ? column : first.columns().get(level);
    }

    private static String valueText(Table table, int row, ColumnGroup group, IndicatorColumn role) {
        Integer column = group.columns().get(role);
        return column == null ? null : blankToNull(text(table, row, column));
    }

    private static String text(Table table, int row, int column) {
        Cell cell = table.cellAt(row, column);
        return cell == null ? "" : cell.text().strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
