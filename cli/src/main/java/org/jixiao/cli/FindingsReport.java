package org.jixiao.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Finding.Severity;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.index.export.ChineseNames;
import org.jixiao.index.export.Column;
import org.jixiao.index.export.ExportTable;

/** The findings of {@code jixiao check} for people (a table, an HTML report) and for machines (JSON Lines, CSV). */
final class FindingsReport {

    private FindingsReport() {
    }

    /** A readable table grouped by document, with a closing summary. */
    static String table(List<CheckedDocument> documents) {
        StringBuilder out = new StringBuilder();
        for (CheckedDocument document : documents) {
            out.append("== ").append(document.file());
            if (document.failure() != null) {
                out.append("  (not read: ").append(document.failure()).append(")\n");
                continue;
            }
            out.append("  ").append(counts(document)).append('\n');
            for (Finding finding : document.findings()) {
                out.append(String.format("   %-6s %-7s %-23s %s%n", finding.page() == null ? "-" : "p." + finding.page(),
                        finding.severity().code(), finding.rule(), finding.message()));
                if (!finding.labels().isEmpty()) {
                    out.append(String.format("   %-6s %-7s %-23s 涉及: %s%n", "", "", "", String.join("、", finding.labels())));
                }
            }
        }
        out.append(summary(documents)).append('\n');
        return out.toString();
    }

    /** One JSON object per document and line: {@code {"file": …, "findings": […]}}, or {@code "error"} for a failure. */
    static String jsonLines(List<CheckedDocument> documents) {
        StringBuilder out = new StringBuilder();
        for (CheckedDocument document : documents) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", document.file());
            if (document.failure() != null) {
                line.put("error", document.failure());
            } else {
                line.put("findings", document.findings());
            }
            out.append(RecordJson.toLine(line)).append('\n');
        }
        return out.toString();
    }

    static final List<Column> EXPORT_COLUMNS = List.of(Column.text("file", "文件"), Column.integer("page", "页"),
            Column.text("severity", "级别").shownAs(code -> ChineseNames.severity(code.toString())),
            Column.text("rule", "规则").shownAs(code -> ChineseNames.rule(code.toString())), Column.text("project", "项目"),
            Column.number("expected", "应为"), Column.number("found", "实为"), Column.text("labels", "涉及数字"),
            Column.text("message", "说明"));

    /** One row per finding (CSV, .xlsx), labels joined by {@code ; }. */
    static ExportTable exportTable(List<CheckedDocument> documents) {
        ExportTable table = new ExportTable(EXPORT_COLUMNS);
        for (CheckedDocument document : documents) {
            for (Finding f : document.findings()) {
                table.add(Arrays.asList(document.file(), f.page(), f.severity().code(), f.rule(), f.project(),
                        f.expected(), f.found(), String.join("; ", f.labels()), f.message()));
            }
        }
        return table;
    }

    /** A self-contained HTML page: per document, each finding with its page and the figures involved. */
    static String html(List<CheckedDocument> documents) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>jixiao 勾稽检查</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;color:#222}\n")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:2em}\n")
                .append("th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}\n")
                .append("th{background:#f3f3f3}.error td.severity{color:#b00020;font-weight:bold}\n")
                .append(".warning td.severity{color:#a06000}.labels{margin:0;padding-left:1.2em}\n")
                .append(".failure{color:#b00020}.none{color:#2e7d32}\n</style>\n</head>\n<body>\n")
                .append("<h1>勾稽检查</h1>\n<p>").append(escape(summary(documents))).append("</p>\n");
        for (CheckedDocument document : documents) {
            out.append("<h2>").append(escape(document.file())).append("</h2>\n");
            if (document.failure() != null) {
                out.append("<p class=\"failure\">未能读取：").append(escape(document.failure())).append("</p>\n");
            } else if (document.findings().isEmpty()) {
                out.append("<p class=\"none\">未发现问题</p>\n");
            } else {
                out.append("<p>").append(escape(counts(document))).append("</p>\n<table>\n<tr><th>页</th><th>级别</th>")
                        .append("<th>规则</th><th>说明</th><th>应为</th><th>实为</th><th>涉及数字</th><th>项目</th></tr>\n");
                for (Finding f : document.findings()) {
                    out.append("<tr class=\"").append(f.severity().code()).append("\"><td>")
                            .append(f.page() == null ? "" : f.page()).append("</td><td class=\"severity\">")
                            .append(f.severity() == Severity.ERROR ? "错误" : "提示").append("</td><td>")
                            .append(escape(f.rule())).append("</td><td>").append(escape(f.message())).append("</td><td>")
                            .append(escape(nullToEmpty(f.expected()))).append("</td><td>").append(escape(nullToEmpty(f.found())))
                            .append("</td><td><ul class=\"labels\">");
                    f.labels().forEach(label -> out.append("<li>").append(escape(label)).append("</li>"));
                    out.append("</ul></td><td>").append(escape(nullToEmpty(f.project()))).append("</td></tr>\n");
                }
                out.append("</table>\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String counts(CheckedDocument document) {
        if (document.findings().isEmpty()) {
            return "no findings";
        }
        return document.findings().size() + " findings (" + document.count(Severity.ERROR) + " errors, "
                + document.count(Severity.WARNING) + " warnings)";
    }

    private static String summary(List<CheckedDocument> documents) {
        long errors = documents.stream().mapToLong(d -> d.count(Severity.ERROR)).sum();
        long warnings = documents.stream().mapToLong(d -> d.count(Severity.WARNING)).sum();
        long failed = documents.stream().filter(d -> d.failure() != null).count();
        return documents.size() + " documents: " + errors + " errors, " + warnings + " warnings"
                + (failed > 0 ? ", " + failed + " not read" : "");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
