package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.index.FacetCount;
import org.jixiao.index.IndicatorHit;
import org.jixiao.index.IndicatorQuery;
import org.jixiao.index.IndicatorResults;
import org.jixiao.index.lucene.LuceneRecordStore;
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

    /** The JSON and CSV columns, in order. */
    static final List<String> COLUMNS = List.of("source", "province", "city", "fiscal_year", "department", "project",
            "level1", "level2", "level3", "level4", "target", "actual", "score");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words of indicator names; omit to list every row the filters let through.")
    String query;

    @Mixin
    DataOptions data;

    @ArgGroup(exclusive = false, heading = "Filters:%n")
    FilterOptions filters = new FilterOptions();

    @Option(names = "--format", defaultValue = "table", description = "table (with facet counts), json (one object per row) or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--limit", defaultValue = "50", description = "Rows to print, 0 for all. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    public Integer call() throws IOException {
        Limit.check(spec.commandLine(), limit);
        IndicatorResults results;
        try (LuceneRecordStore store = LuceneRecordStore.openReadOnly(data.dir, data.synonyms())) {
            results = store.search(new IndicatorQuery(query, filters.toFilters(spec.commandLine()), limit,
                    format == OutputFormat.table));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> results.hits().forEach(hit -> out.println(RecordJson.toLine(columns(hit))));
            case csv -> {
                out.println(Csv.line(COLUMNS));
                results.hits().forEach(hit -> out.println(Csv.line(new ArrayList<>(columns(hit).values()))));
            }
            case table -> out.print(table(results));
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> columns(IndicatorHit hit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", hit.source());
        row.put("province", hit.province());
        row.put("city", hit.city());
        row.put("fiscal_year", hit.fiscalYear());
        row.put("department", hit.department());
        row.put("project", hit.project());
        row.put("level1", hit.level1());
        row.put("level2", hit.level2());
        row.put("level3", hit.level3());
        row.put("level4", hit.level4());
        row.put("target", hit.target());
        row.put("actual", hit.actual());
        row.put("score", hit.score());
        return row;
    }

    private static String table(IndicatorResults results) {
        TextTable table = new TextTable(List.of("城市", "年度", "部门", "项目", "指标", "目标值", "实际值"),
                10, 4, 24, 30, 48, 16, 12);
        for (IndicatorHit hit : results.hits()) {
            table.add(List.of(Objects.requireNonNullElse(hit.city(), "-"), Objects.toString(hit.fiscalYear(), "-"),
                    Objects.requireNonNullElse(hit.department(), "-"), Objects.requireNonNullElse(hit.project(), "-"),
                    levelPath(hit), Objects.requireNonNullElse(hit.target(), "-"), Objects.requireNonNullElse(hit.actual(), "-")));
        }
        StringBuilder out = new StringBuilder(table.render());
        out.append(results.total()).append(" rows");
        if (results.hits().size() < results.total()) {
            out.append(", ").append(results.hits().size()).append(" shown (--limit 0 for all)");
        }
        out.append('\n');
        for (FacetCount facet : results.facets()) {
            if (!facet.buckets().isEmpty()) {
                out.append(facet.field()).append(": ").append(facet.buckets().stream()
                        .map(b -> b.value() + " (" + b.count() + ")").collect(Collectors.joining(" · "))).append('\n');
            }
        }
        return out.toString();
    }

    static String levelPath(IndicatorHit hit) {
        return Stream.of(hit.level1(), hit.level2(), hit.level3(), hit.level4()).filter(Objects::nonNull)
                .collect(Collectors.joining(" › "));
    }
}
