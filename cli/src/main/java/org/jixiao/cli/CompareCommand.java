package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.index.TargetComparison;
import org.jixiao.index.indicator.Target;
import org.jixiao.index.lucene.LuceneRecordStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao compare INDICATOR}: one indicator's targets across cities and years. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare the targets set for one indicator across cities and years: each target read as",
                "sign, number and unit (≥95%% → ≥ 95 %%), with count, min, median and max per unit."})
final class CompareCommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("source", "province", "city", "fiscal_year", "department", "project",
            "indicator", "period", "target", "sign", "value", "unit");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INDICATOR", description = "The indicator's name, or words of it (synonyms count).")
    String indicator;

    @Mixin
    DataOptions data;

    @ArgGroup(exclusive = false, heading = "Filters:%n")
    FilterOptions filters = new FilterOptions();

    @Option(names = "--format", defaultValue = "table", description = "table (with the per-unit summary), json (one object per row) or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        TargetComparison comparison;
        try (LuceneRecordStore store = LuceneRecordStore.openReadOnly(data.dir, data.synonyms())) {
            comparison = store.compare(indicator, filters.toFilters(spec.commandLine()));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> comparison.rows().forEach(row -> out.println(RecordJson.toLine(columns(row))));
            case csv -> {
                out.println(Csv.line(COLUMNS));
                comparison.rows().forEach(row -> out.println(Csv.line(new ArrayList<>(columns(row).values()))));
            }
            case table -> out.print(table(comparison));
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> columns(TargetComparison.Row row) {
        Target target = row.target();
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("source", row.source());
        columns.put("province", row.province());
        columns.put("city", row.city());
        columns.put("fiscal_year", row.fiscalYear());
        columns.put("department", row.department());
        columns.put("project", row.project());
        columns.put("indicator", row.indicatorName());
        columns.put("period", row.period());
        columns.put("target", target.text());
        columns.put("sign", target.isQuantitative() ? target.sign().symbol() : null);
        columns.put("value", target.isQuantitative() ? target.value().toPlainString() : null);
        columns.put("unit", target.isQuantitative() ? target.unit() : null);
        return columns;
    }

    private static String table(TargetComparison comparison) {
        TextTable rows = new TextTable(List.of("省份", "城市", "年度", "部门", "项目", "指标", "期间", "目标值", "符号", "数值", "单位"),
                8, 10, 4, 24, 30, 30, 14, 16, 4, 10, 8);
        for (TargetComparison.Row row : comparison.rows()) {
            Target target = row.target();
            rows.add(List.of(dash(row.province()), dash(row.city()), Objects.toString(row.fiscalYear(), "-"),
                    dash(row.department()), dash(row.project()), dash(row.indicatorName()), dash(row.period()),
                    dash(target.text()), target.isQuantitative() ? target.sign().symbol() : "-",
                    target.isQuantitative() ? target.value().toPlainString() : "-",
                    target.isQuantitative() ? target.unit() : "-"));
        }
        StringBuilder out = new StringBuilder(rows.render());
        out.append(comparison.rows().size()).append(" rows for ").append(comparison.indicator()).append("\n\n");
        TextTable units = new TextTable(List.of("单位", "个数", "最小", "中位数", "最大"), 12, 6, 14, 14, 14);
        for (TargetComparison.UnitSummary unit : comparison.units()) {
            units.add(List.of(unit.unit().isEmpty() ? "(无)" : unit.unit(), Integer.toString(unit.count()),
                    plain(unit.min()), plain(unit.median()), plain(unit.max())));
        }
        long inWords = comparison.rows().stream().filter(r -> !r.target().isQuantitative()).count();
        out.append(units.render());
        if (inWords > 0) {
            out.append(inWords).append(" targets in words, not counted\n");
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
