package org.jixiao.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.index.FacetCount;
import org.jixiao.index.IndicatorHit;
import org.jixiao.index.IndicatorQuery;
import org.jixiao.index.IndicatorResults;
import org.jixiao.index.RecordStore;
import org.jixiao.index.export.ChineseNames;
import org.jixiao.index.export.Column;
import org.jixiao.index.export.ExportTable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao search QUERY}: indicator rows across the archive, best match first. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find indicator rows by words of their names (any level), across the archive.",
                "Words typed together must appear together: 运行率 finds 系统正常运行率; separate words with spaces.",
                "Indicator synonyms (系统可用率 ≈ 系统正常运行率) are searched too."})
final class SearchCommand implements Callable<Integer> {

    /** The export columns, in order: the document, the row's page, where and whose, then the row. */
    static final List<Column> EXPORT_COLUMNS = List.of(Column.text("source", "文件名"), Column.text("path", "路径"),
            Column.integer("page", "页"), Column.text("province", "省份"), Column.text("city", "城市"),
            Column.integer("fiscal_year", "年度"), Column.text("department", "部门"), Column.text("project", "项目"),
            Column.text("level1", "一级指标"), Column.text("level2", "二级指标"), Column.text("level3", "三级指标"),
            Column.text("level4", "四级指标"), Column.text("period", "期间").shownAs(code -> ChineseNames.period(code.toString())), Column.text("target", "目标值（如印）"),
            Column.text("actual", "实际值（如印）"), Column.number("weight", "分值（分）"), Column.number("score", "得分（分）"),
            Column.text("copies", "同一文件的其他副本"));

    /** The facets' names as a table shows them. */
    private static final Map<String, String> FACET_NAMES = Map.of("province", "省份", "city", "城市",
            "fiscal_year", "年度", "department", "部门", "doc_type", "文件类型", "level1", "一级指标", "level2", "二级指标");

    /** The JSON and CSV keys, in order. */
    static final List<String> COLUMNS = EXPORT_COLUMNS.stream().map(Column::key).toList();

    @Spec
    CommandSpec spec;

    @Parameters(descriptionKey = "search-query", arity = "0..1", paramLabel = "QUERY", description = "Words of indicator names; omit to list every row the filters let through.")
    String query;

    @Mixin
    DataOptions data;

    @ArgGroup(exclusive = false, heading = "Filters:%n", headingKey = "filters")
    FilterOptions filters = new FilterOptions();

    @Option(names = "--format", defaultValue = "table",
            description = "table (with facet counts), json (one object per row), csv (UTF-8 with BOM, for Excel) or xlsx. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Mixin
    ExportOptions export;

    @Option(names = "--limit", defaultValue = "50",
            description = "Rows to print, 0 for all. Default: ${DEFAULT-VALUE} in the table; json, csv and xlsx export every row unless a limit is given.")
    int limit;

    @Override
    public Integer call() throws IOException {
        Limit.check(spec.commandLine(), limit);
        int rows = Limit.effective(spec, format, limit);
        IndicatorResults results;
        try (RecordStore store = data.openForReading()) {
            results = store.search(new IndicatorQuery(query, filters.toFilters(spec.commandLine()), rows,
                    format == OutputFormat.table));
        }
        if (format == OutputFormat.table) {
            export.writeText(table(results), spec.commandLine());
        } else {
            export.write(format, exportTable(results.hits()), "指标", spec.commandLine());
            Limit.warnLeftOut(spec.commandLine(), results.total() - results.hits().size());
        }
        return ExitCode.OK;
    }

    static ExportTable exportTable(List<IndicatorHit> hits) {
        ExportTable table = new ExportTable(EXPORT_COLUMNS);
        for (IndicatorHit hit : hits) {
            table.add(Arrays.asList(hit.source(), hit.path(), hit.page(), hit.province(), hit.city(),
                    hit.fiscalYear(), hit.department(), hit.project(), hit.level1(), hit.level2(), hit.level3(),
                    hit.level4(), hit.period(), hit.target(), hit.actual(), hit.weight(), hit.score(),
                    hit.copies().isEmpty() ? null : String.join("; ", hit.copies())));
        }
        return table;
    }

    private static String table(IndicatorResults results) {
        TextTable table = new TextTable(List.of("文件", "页", "城市", "年度", "项目", "指标", "期间", "目标值", "实际值"),
                30, 4, 10, 4, 28, 44, 6, 16, 12);
        for (IndicatorHit hit : results.hits()) {
            table.add(List.of(dash(hit.path()), Objects.toString(hit.page(), "-"), dash(hit.city()),
                    Objects.toString(hit.fiscalYear(), "-"), dash(hit.project()), levelPath(hit), ChineseNames.period(hit.period()),
                    dash(hit.target()), dash(hit.actual())));
        }
        StringBuilder out = new StringBuilder(table.render());
        out.append("共 ").append(results.total()).append(" 行 (rows)");
        if (results.hits().size() < results.total()) {
            out.append("，显示前 ").append(results.hits().size()).append(" 行（--limit 0 显示全部）");
        }
        out.append('\n');
        List<String> copies = results.hits().stream().flatMap(hit -> hit.copies().stream()).distinct().toList();
        if (!copies.isEmpty()) {
            out.append("同一文件的副本不重复列出、不重复计数 (copies, counted once): ").append(String.join("、", copies)).append('\n');
        }
        for (FacetCount facet : results.facets()) {
            if (!facet.buckets().isEmpty()) {
                out.append(FACET_NAMES.getOrDefault(facet.field(), facet.field())).append(": ")
                        .append(facet.buckets().stream().map(b -> facetValue(facet.field(), b.value()) + " (" + b.count() + ")")
                                .collect(Collectors.joining(" · "))).append('\n');
            }
        }
        return out.toString();
    }

    private static String facetValue(String field, String value) {
        return field.equals("doc_type") ? ChineseNames.docType(value) : value;
    }

    static String levelPath(IndicatorHit hit) {
        return Stream.of(hit.level1(), hit.level2(), hit.level3(), hit.level4()).filter(Objects::nonNull)
                .collect(Collectors.joining(" › "));
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
