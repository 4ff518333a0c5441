package org.jixiao.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
                out.append("  (未能读取 not read: ").append(document.failure()).append(")\n");
                continue;
            }
            out.append("  ").append(counts(document)).append('\n');
            for (Finding finding : document.findings()) {
                out.append(String.format("   %-6s %-4s %s (%s)  %s%n", finding.page() == null ? "-" : "p." + finding.page(),
                        ChineseNames.severity(finding.severity().code()), ChineseNames.rule(finding.rule()), finding.rule(),
                        finding.message()));
                if (!finding.labels().isEmpty()) {
                    out.append(String.format("   %-6s %-4s 涉及: %s%n", "", "", String.join("、", finding.labels())));
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
            Column.number("expected", ChineseNames.EXPECTED), Column.number("found", ChineseNames.FOUND), Column.text("labels", "涉及数字"),
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

    /** Labels shown before the rest fold away: a 20-item list would make a row a screen tall. */
    private static final int LABELS_SHOWN = 3;

    /**
     * A self-contained HTML page: a summary (documents, errors and warnings by rule) on top, then every
     * finding in one table that sorts by a click on its heading and filters as one types; each page
     * number opens the document at that page.
     */
    static String html(List<CheckedDocument> documents) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>jixiao 勾稽检查</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;color:#222}\n")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:2em}\n")
                .append("th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}\n")
                .append("th{background:#f3f3f3}#findings th{cursor:pointer;white-space:nowrap}\n")
                .append("td.severity,td.page,td.rule{white-space:nowrap}\n")
                .append(".error td.severity{color:#b00020;font-weight:bold}.warning td.severity{color:#a06000}\n")
                .append("td.figures{font-size:90%}details summary{cursor:pointer;color:#555}\n")
                .append(".failure{color:#b00020}.none{color:#2e7d32}table.summary{width:auto}.summary td.count{text-align:right}\n")
                .append("#filter{width:24em;padding:.3em;margin:0 1em 1em 0}\n</style>\n</head>\n<body>\n")
                .append("<h1>勾稽检查</h1>\n<p>").append(escape(summary(documents))).append("</p>\n");
        appendSummaryByRule(out, documents);
        appendDocuments(out, documents);
        List<CheckedDocument> withFindings = documents.stream().filter(d -> !d.findings().isEmpty()).toList();
        if (!withFindings.isEmpty()) {
            out.append("<h2>问题清单</h2>\n<input id=\"filter\" type=\"search\" placeholder=\"筛选：文件、规则、说明…\">")
                    .append("<select id=\"severity\"><option value=\"\">全部级别</option><option value=\"error\">错误</option>")
                    .append("<option value=\"warning\">提示</option></select>\n")
                    .append("<table id=\"findings\">\n<thead><tr><th>文件</th><th>页</th><th>级别</th><th>规则</th><th>说明</th>")
                    .append("<th>应为</th><th>实为</th><th>涉及数字</th><th>项目</th></tr></thead>\n<tbody>\n");
            for (CheckedDocument document : withFindings) {
                for (Finding f : document.findings()) {
                    appendFinding(out, document, f);
                }
            }
            out.append("</tbody>\n</table>\n").append(SCRIPT);
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void appendSummaryByRule(StringBuilder out, List<CheckedDocument> documents) {
        Map<String, long[]> byRule = new TreeMap<>();
        documents.stream().flatMap(d -> d.findings().stream()).forEach(f ->
                byRule.computeIfAbsent(f.rule(), rule -> new long[2])[f.severity() == Severity.ERROR ? 0 : 1]++);
        if (byRule.isEmpty()) {
            return;
        }
        out.append("<table class=\"summary\">\n<tr><th>规则</th><th>错误</th><th>提示</th></tr>\n");
        byRule.forEach((rule, counts) -> out.append("<tr><td>").append(escape(ChineseNames.rule(rule))).append(" <small>(")
                .append(escape(rule)).append(")</small></td><td class=\"count\">").append(counts[0])
                .append("</td><td class=\"count\">").append(counts[1]).append("</td></tr>\n"));
        out.append("</table>\n");
    }

    /** The documents not read, and those without findings: named once, above the list. */
    private static void appendDocuments(StringBuilder out, List<CheckedDocument> documents) {
        for (CheckedDocument document : documents) {
            if (document.failure() != null) {
                out.append("<p class=\"failure\">未能读取 ").append(escape(document.file())).append("：")
                        .append(escape(document.failure())).append("</p>\n");
            }
        }
        List<String> clean = documents.stream().filter(d -> d.failure() == null && d.findings().isEmpty())
                .map(CheckedDocument::file).toList();
        if (!clean.isEmpty()) {
            out.append("<p class=\"none\">未发现问题：").append(escape(String.join("、", clean))).append("</p>\n");
        }
    }

    private static void appendFinding(StringBuilder out, CheckedDocument document, Finding f) {
        out.append("<tr class=\"").append(f.severity().code()).append("\"><td>").append(escape(document.file()))
                .append("</td><td class=\"page\">");
        if (f.page() != null) {
            // browsers open a PDF at the page the URL's fragment names
            out.append("<a href=\"").append(escape(pageLink(document.file(), f.page()))).append("\">").append(f.page()).append("</a>");
        }
        out.append("</td><td class=\"severity\">").append(f.severity() == Severity.ERROR ? "错误" : "提示")
                .append("</td><td class=\"rule\">").append(escape(ChineseNames.rule(f.rule()))).append("</td><td>")
                .append(escape(f.message())).append("</td><td>").append(escape(nullToEmpty(f.expected())))
                .append("</td><td>").append(escape(nullToEmpty(f.found()))).append("</td><td class=\"figures\">");
        List<String> labels = f.labels();
        out.append(escape(String.join("、", labels.subList(0, Math.min(LABELS_SHOWN, labels.size())))));
        if (labels.size() > LABELS_SHOWN) {
            out.append("<details><summary>另 ").append(labels.size() - LABELS_SHOWN).append(" 项</summary>")
                    .append(escape(String.join("、", labels.subList(LABELS_SHOWN, labels.size())))).append("</details>");
        }
        out.append("</td><td>").append(escape(nullToEmpty(f.project()))).append("</td></tr>\n");
    }

    private static String pageLink(String file, int page) {
        try {
            return Path.of(file).toAbsolutePath().toUri() + "#page=" + page;
        } catch (InvalidPathException e) {
            return "#";
        }
    }

    /** Sorting by a click on a heading (numbers as numbers), filtering by text and severity. */
    private static final String SCRIPT = """
            <script>
            (function () {
              var table = document.getElementById('findings'), body = table.tBodies[0];
              var filter = document.getElementById('filter'), severity = document.getElementById('severity');
              function apply() {
                var words = filter.value.trim().toLowerCase(), level = severity.value;
                Array.prototype.forEach.call(body.rows, function (row) {
                  var show = (!level || row.className === level) && (!words || row.textContent.toLowerCase().indexOf(words) >= 0);
                  row.style.display = show ? '' : 'none';
                });
              }
              filter.addEventListener('input', apply);
              severity.addEventListener('change', apply);
              Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
                var ascending = true;
                th.addEventListener('click', function () {
                  var rows = Array.prototype.slice.call(body.rows);
                  rows.sort(function (a, b) {
                    var x = a.cells[column].textContent, y = b.cells[column].textContent;
                    var nx = parseFloat(x.replace(/,/g, '')), ny = parseFloat(y.replace(/,/g, ''));
                    var order = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, 'zh-CN');
                    return ascending ? order : -order;
                  });
                  ascending = !ascending;
                  rows.forEach(function (row) { body.appendChild(row); });
                });
              });
            })();
            </script>
            """;

    private static String counts(CheckedDocument document) {
        if (document.findings().isEmpty()) {
            return "未发现问题 (no findings)";
        }
        return document.findings().size() + " 个问题（" + document.count(Severity.ERROR) + " 个错误，"
                + document.count(Severity.WARNING) + " 个提示）";
    }

    private static String summary(List<CheckedDocument> documents) {
        long errors = documents.stream().mapToLong(d -> d.count(Severity.ERROR)).sum();
        long warnings = documents.stream().mapToLong(d -> d.count(Severity.WARNING)).sum();
        long failed = documents.stream().filter(d -> d.failure() != null).count();
        return documents.size() + " 个文件：" + errors + " 个错误，" + warnings + " 个提示"
                + (failed > 0 ? "，" + failed + " 个未能读取" : "");
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
