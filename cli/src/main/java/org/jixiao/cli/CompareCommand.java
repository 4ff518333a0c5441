package org.jixiao.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jixiao.index.RecordStore;
import org.jixiao.index.TargetComparison;
import org.jixiao.index.export.ChineseNames;
import org.jixiao.index.export.Column;
import org.jixiao.index.export.ExportTable;
import org.jixiao.index.indicator.Target;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao compare INDICATOR}: one indicator's targets across cities and years. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare the targets set for one indicator across cities and years.",
                "Each target is read as sign, number and unit (≥95%% → ≥ 95 %%), with count, min, median and max per unit;",
                "a scan and the export of one document count once."})
final class CompareCommand implements Callable<Integer> {

    static final List<Column> EXPORT_COLUMNS = List.of(Column.text("source", "文件名"), Column.text("path", "路径"),
            Column.integer("page", "页"), Column.text("province", "省份"), Column.text("city", "城市"),
            Column.integer("fiscal_year", "年度"), Column.text("department", "部门"), Column.text("project", "项目"),
            Column.text("indicator", "指标"), Column.text("period", "期间").shownAs(code -> ChineseNames.period(code.toString())),
            Column.text("target", "目标值（如印）"), Column.text("sign", "符号"), Column.number("value", "数值（单位见右）"),
            Column.text("unit", "单位"));

    static final List<String> COLUMNS = EXPORT_COLUMNS.stream().map(Column::key).toList();

    @Spec
    CommandSpec spec;

    @Parameters(descriptionKey = "compare-indicator", paramLabel = "INDICATOR", description = "The indicator's name, or words of it (synonyms count).")
    String indicator;

    @Mixin
    DataOptions data;

    @ArgGroup(exclusive = false, heading = "Filters:%n", headingKey = "filters")
    FilterOptions filters = new FilterOptions();

    @Option(names = "--format", defaultValue = "table",
            description = "table (with the per-unit summary), json (one object per row), csv (UTF-8 with BOM, for Excel) or xlsx. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Mixin
    ExportOptions export;

    @Override
    public Integer call() throws IOException {
        TargetComparison comparison;
        try (RecordStore store = data.openForReading()) {
            comparison = store.compare(indicator, filters.toFilters(spec.commandLine()));
        }
        if (format == OutputFormat.table) {
            export.writeText(table(comparison), spec.commandLine());
        } else {
            export.write(format, exportTable(comparison), "目标值比较", spec.commandLine());
        }
        return ExitCode.OK;
    }

    static ExportTable exportTable(TargetComparison comparison) {
        ExportTable table = new ExportTable(EXPORT_COLUMNS);
        for (TargetComparison.Row row : comparison.rows()) {
            Target target = row.target();
            boolean quantitative = target.isQuantitative();
            table.add(Arrays.asList(row.source(), row.path(), row.page(), row.province(), row.city(), row.fiscalYear(),
                    row.department(), row.project(), row.indicatorName(), row.period(), target.text(),
                    quantitative ? target.sign().symbol() : null, quantitative ? target.value().toPlainString() : null,
                    quantitative ? target.unit() : null));
        }
        return table;
    }

    private static String table(TargetComparison comparison) {
        TextTable rows = new TextTable(List.of("省份", "城市", "年度", "部门", "项目", "指标", "期间", "目标值", "符号", "数值", "单位"),
                8, 10, 4, 24, 30, 30, 14, 16, 4, 10, 8);
        for (TargetComparison.Row row : comparison.rows()) {
            Target target = row.target();
            rows.add(List.of(dash(row.province()), dash(row.city()), Objects.toString(row.fiscalYear(), "-"),
                    dash(row.department()), dash(row.project()), dash(row.indicatorName()), ChineseNames.period(row.period()),
                    dash(target.text()), target.isQuantitative() ? target.sign().symbol() : "-",
                    target.isQuantitative() ? target.value().toPlainString() : "-",
                    target.isQuantitative() ? target.unit() : "-"));
        }
        StringBuilder out = new StringBuilder(rows.render());
        out.append(comparison.indicator()).append("：共 ").append(comparison.rows().size()).append(" 行 (rows)\n\n");
        TextTable units = new TextTable(List.of("单位", "个数", "最小", "中位数", "最大"), 12, 6, 14, 14, 14);
        for (TargetComparison.UnitSummary unit : comparison.units()) {
            units.add(List.of(unit.unit().isEmpty() ? "(无)" : unit.unit(), Integer.toString(unit.count()),
                    plain(unit.min()), plain(unit.median()), plain(unit.max())));
        }
        long inWords = comparison.rows().stream().filter(r -> !r.target().isQuantitative()).count();
        out.append(units.render());
        if (inWords > 0) {
            out.append(inWords).append(" 个目标值是文字，未计入 (targets in words, not counted)\n");
        }
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
