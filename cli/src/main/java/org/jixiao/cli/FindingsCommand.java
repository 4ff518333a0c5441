package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.model.Finding.Severity;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.index.export.ChineseNames;
import org.jixiao.index.FindingQuery;
import org.jixiao.index.StoredFinding;
import org.jixiao.index.lucene.LuceneRecordStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jixiao findings}: the stored consistency findings across the archive. */
@Command(name = "findings", mixinStandardHelpOptions = true,
        description = "List the consistency findings stored across the archive, by document and page.")
final class FindingsCommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("source", "province", "city", "fiscal_year", "department", "project",
            "rule", "severity", "page", "message", "expected", "found");

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @ArgGroup(exclusive = false, heading = "Filters:%n")
    FilterOptions filters = new FilterOptions();

    @Option(names = "--rule", description = "Only this rule, e.g. sum_mismatch, execution_rate, score_sum (or its Chinese name, 合计不符).")
    String rule;

    @Option(names = "--severity", description = "error (错误) or warning (提示).")
    String severity;

    @Option(names = "--format", defaultValue = "table", description = "table, json (one object per finding) or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--limit", defaultValue = "0", description = "Findings to print, 0 for all. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    public Integer call() throws IOException {
        Limit.check(spec.commandLine(), limit);
        String ruleCode = rule == null ? null : ChineseNames.ruleId(rule).map(RuleId::code).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "没有这条规则 (unknown --rule): " + rule + "；可选 " + ChineseNames.ruleChoices()));
        String severityCode = severity == null ? null : ChineseNames.severityOf(severity).map(Severity::code).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "没有这个级别 (unknown --severity): " + severity + "；可选 " + ChineseNames.severityChoices()));
        List<StoredFinding> findings;
        try (LuceneRecordStore store = LuceneRecordStore.openReadOnly(data.dir, data.synonyms())) {
            findings = store.findings(new FindingQuery(filters.toFilters(spec.commandLine()), ruleCode, severityCode, limit));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> findings.forEach(f -> out.println(RecordJson.toLine(columns(f))));
            case csv -> {
                out.println(Csv.line(COLUMNS));
                findings.forEach(f -> out.println(Csv.line(new ArrayList<>(columns(f).values()))));
            }
            case table -> {
                TextTable table = new TextTable(List.of("文件", "城市", "年度", "项目", "规则", "级别", "页", "说明"),
                        36, 10, 4, 30, 18, 7, 4, 80);
                for (StoredFinding f : findings) {
                    table.add(List.of(f.source(), Objects.requireNonNullElse(f.city(), "-"),
                            Objects.toString(f.fiscalYear(), "-"), Objects.requireNonNullElse(f.project(), "-"),
                            f.rule(), Objects.requireNonNullElse(f.severity(), "-"), Objects.toString(f.page(), "-"),
                            Objects.requireNonNullElse(f.message(), "")));
                }
                out.print(table.render());
                out.println(findings.size() + " findings");
            }
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> columns(StoredFinding f) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", f.source());
        row.put("province", f.province());
        row.put("city", f.city());
        row.put("fiscal_year", f.fiscalYear());
        row.put("department", f.department());
        row.put("project", f.project());
        row.put("rule", f.rule());
        row.put("severity", f.severity());
        row.put("page", f.page());
        row.put("message", f.message());
        row.put("expected", f.expected());
        row.put("found", f.found());
        return row;
    }
}
