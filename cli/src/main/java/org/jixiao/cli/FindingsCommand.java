package org.jixiao.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.model.Finding.Severity;
import org.jixiao.index.FindingQuery;
import org.jixiao.index.RecordStore;
import org.jixiao.index.StoredFinding;
import org.jixiao.index.export.ChineseNames;
import org.jixiao.index.export.Column;
import org.jixiao.index.export.ExportTable;
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

    static final List<Column> EXPORT_COLUMNS = List.of(Column.text("source", "文件名"), Column.text("path", "路径"),
            Column.integer("page", "页"), Column.text("province", "省份"), Column.text("city", "城市"),
            Column.integer("fiscal_year", "年度"), Column.text("department", "部门"), Column.text("project", "项目"),
            Column.text("rule", "规则").shownAs(code -> ChineseNames.rule(code.toString())),
            Column.text("severity", "级别").shownAs(code -> ChineseNames.severity(code.toString())),
            Column.text("message", "说明"), Column.number("expected", ChineseNames.EXPECTED),
            Column.number("found", ChineseNames.FOUND));

    static final List<String> COLUMNS = EXPORT_COLUMNS.stream().map(Column::key).toList();

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @ArgGroup(exclusive = false, heading = "Filters:%n", headingKey = "filters")
    FilterOptions filters = new FilterOptions();

    @Option(names = "--rule", description = "Only this rule, e.g. sum_mismatch, execution_rate, score_sum (or its Chinese name, 合计不符).")
    String rule;

    @Option(names = "--severity", description = "error (错误) or warning (提示).")
    String severity;

    @Option(names = "--format", defaultValue = "table",
            description = "table, json (one object per finding), csv (UTF-8 with BOM, for Excel) or xlsx. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Mixin
    ExportOptions export;

    @Option(names = "--limit", defaultValue = "0", description = "Findings to print, 0 for all. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    public Integer call() throws IOException {
        Limit.check(spec.commandLine(), limit);
        String ruleCode = rule == null ? null : ChineseNames.ruleId(rule).map(RuleId::code).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "没有这条规则 (unknown --rule): " + rule + "；可选 " + ChineseNames.ruleChoices()));
        String severityCode = severity == null ? null : ChineseNames.severityOf(severity).map(Severity::code).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "没有这个级别 (unknown --severity): " + severity + "；可选 " + ChineseNames.severityChoices()));
        List<StoredFinding> all;
        try (RecordStore store = data.openForReading()) {
            all = store.findings(new FindingQuery(filters.toFilters(spec.commandLine()), ruleCode, severityCode, 0));
        }
        List<StoredFinding> findings = limit == 0 ? all : all.subList(0, Math.min(limit, all.size()));
        if (format != OutputFormat.table) {
            export.write(format, exportTable(findings), "问题", spec.commandLine());
            Limit.warnLeftOut(spec.commandLine(), all.size() - findings.size());
            return ExitCode.OK;
        }
        // the message is the last column and printed whole: its key figure is what the reader needs
        TextTable table = new TextTable(List.of("文件", "页", "城市", "年度", "项目", "规则", "级别", "说明"),
                36, 4, 10, 4, 30, 18, 4, 400);
        for (StoredFinding f : findings) {
            table.add(List.of(f.path(), Objects.toString(f.page(), "-"), Objects.requireNonNullElse(f.city(), "-"),
                    Objects.toString(f.fiscalYear(), "-"), Objects.requireNonNullElse(f.project(), "-"),
                    ChineseNames.rule(f.rule()), f.severity() == null ? "-" : ChineseNames.severity(f.severity()),
                    Objects.requireNonNullElse(f.message(), "")));
        }
        export.writeText(table.render() + "共 " + findings.size() + " 条问题 (findings)"
                + (findings.size() < all.size() ? "，另有 " + (all.size() - findings.size()) + " 条未显示（--limit 0 显示全部）" : "")
                + "\n", spec.commandLine());
        return ExitCode.OK;
    }

    static ExportTable exportTable(List<StoredFinding> findings) {
        ExportTable table = new ExportTable(EXPORT_COLUMNS);
        for (StoredFinding f : findings) {
            table.add(Arrays.asList(f.source(), f.path(), f.page(), f.province(), f.city(), f.fiscalYear(),
                    f.department(), f.project(), f.rule(), f.severity(), f.message(), f.expected(), f.found()));
        }
        return table;
    }
}
