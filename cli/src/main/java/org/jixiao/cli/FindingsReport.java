package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
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
import org.jixiao.web.EvidenceThumbnails;
import org.jixiao.web.EvidenceThumbnails.Thumbnail;
import org.jixiao.web.PageFigure;

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
     * finding in one table that sorts by a click on its heading and filters as one types or by severity and
     * rule; each page number opens the document at that page, and each finding shows its page region with
     * the figures outlined, as the review page of {@code jixiao serve} shows them (a click enlarges it).
     *
     * @param thumbnails each document's findings' page regions; a finding without one shows none
     */
    static String html(List<CheckedDocument> documents, Map<CheckedDocument, Map<Finding, Thumbnail>> thumbnails) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>jixiao 勾稽检查</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:1.2em 2em;color:#222}h1{margin:0 0 .3em}h2{margin:.6em 0 .4em}\n")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:2em}\n")
                .append("th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}\n")
                .append("th{background:#f3f3f3}#findings th{cursor:pointer;white-space:nowrap}\n")
                .append("#findings th.sorted-up::after{content:' ▲'}#findings th.sorted-down::after{content:' ▼'}\n")
                .append("td.severity,td.page,td.rule,td.number{white-space:nowrap}td.file{font-size:85%;min-width:8em;max-width:14em;word-break:break-all}\n")
                .append("td.message{min-width:18em}.overview{display:flex;gap:2em;align-items:flex-start}\n")
                .append(".error td.severity{color:#b00020;font-weight:bold}.warning td.severity{color:#a06000}\n")
                .append(".figures{font-size:85%;color:#555;margin-top:.3em}details summary{cursor:pointer;color:#555}th small{font-weight:normal;color:#666}\n")
                .append("td.thumb{width:260px}td.thumb .page-image{width:260px;cursor:zoom-in}\n")
                .append("td.thumb.zoomed{width:auto}td.thumb.zoomed .page-image{width:min(840px,62vw);cursor:zoom-out}\n")
                .append("td.thumb .hint{color:#777;font-size:85%;margin:.2em 0 0}\n")
                .append(".failure{color:#b00020}.none{color:#2e7d32}table.summary{width:auto;margin:0}.summary td,.summary th{padding:.15em .5em}.summary td.count{text-align:right}\n")
                .append("#filter{width:24em;padding:.3em;margin:0 1em 1em 0}select{padding:.3em;margin-right:1em}\n")
                .append("#shown{color:#555}\n")
                .append(PageFigure.stylesheet()).append("</style>\n</head>\n<body>\n")
                .append("<h1>勾稽检查</h1>\n<p>").append(escape(summary(documents))).append("</p>\n");
        out.append("<div class=\"overview\">\n");
        appendSummaryByRule(out, documents);
        out.append("<div>\n");
        appendDocuments(out, documents);
        out.append("</div>\n</div>\n");
        List<CheckedDocument> withFindings = documents.stream().filter(d -> !d.findings().isEmpty()).toList();
        if (!withFindings.isEmpty()) {
            out.append("<h2>问题清单</h2>\n<input id=\"filter\" type=\"search\" placeholder=\"筛选：文件、规则、说明…\">")
                    .append("<select id=\"severity\"><option value=\"\">全部级别</option><option value=\"error\">错误</option>")
                    .append("<option value=\"warning\">提示</option></select>");
            appendRuleChoice(out, withFindings);
            out.append("<span id=\"shown\"></span>\n")
                    .append("<table id=\"findings\">\n<thead><tr><th>文件</th><th>页</th><th>级别</th><th>规则</th><th>说明</th>")
                    .append("<th>页面 <small>红框：所涉数字</small></th>").append(heading(ChineseNames.EXPECTED))
                    .append(heading(ChineseNames.FOUND)).append("<th>项目</th></tr></thead>\n<tbody>\n");
            for (CheckedDocument document : withFindings) {
                Map<Finding, Thumbnail> pictures = thumbnails.getOrDefault(document, Map.of());
                for (Finding f : document.findings()) {
                    appendFinding(out, document, f, pictures.get(f));
                }
            }
            out.append("</tbody>\n</table>\n").append(SCRIPT);
        }
        return out.append("</body>\n</html>\n").toString();
    }

    /** Each document's findings' page regions with the figures outlined; PDFs only (Office files have no page image). */
    static Map<CheckedDocument, Map<Finding, Thumbnail>> thumbnails(List<CheckedDocument> documents, PrintWriter err) {
        Map<CheckedDocument, Map<Finding, Thumbnail>> thumbnails = new HashMap<>();
        for (CheckedDocument document : documents) {
            if (document.findings().isEmpty()) {
                continue;
            }
            try {
                thumbnails.put(document, EvidenceThumbnails.of(Path.of(document.file()), document.findings()));
            } catch (IOException | InvalidPathException e) {
                err.println("jixiao check: 无法显示页面 (no page images): " + document.file() + ": " + e.getMessage());
            }
        }
        err.flush();
        return thumbnails;
    }

    private static void appendSummaryByRule(StringBuilder out, List<CheckedDocument> documents) {
        Map<String, long[]> byRule = byRule(documents);
        if (byRule.isEmpty()) {
            return;
        }
        out.append("<table class=\"summary\">\n<tr><th>规则</th><th>错误</th><th>提示</th></tr>\n");
        byRule.forEach((rule, counts) -> out.append("<tr><td>").append(escape(ChineseNames.rule(rule))).append(" <small>(")
                .append(escape(rule)).append(")</small></td><td class=\"count\">").append(counts[0])
                .append("</td><td class=\"count\">").append(counts[1]).append("</td></tr>\n"));
        out.append("</table>\n");
    }

    /** Errors and warnings per rule id, in the order of the ids. */
    private static Map<String, long[]> byRule(List<CheckedDocument> documents) {
        Map<String, long[]> byRule = new TreeMap<>();
        documents.stream().flatMap(d -> d.findings().stream()).forEach(f ->
                byRule.computeIfAbsent(f.rule(), rule -> new long[2])[f.severity() == Severity.ERROR ? 0 : 1]++);
        return byRule;
    }

    private static void appendRuleChoice(StringBuilder out, List<CheckedDocument> documents) {
        out.append("<select id=\"rule\"><option value=\"\">全部规则</option>");
        byRule(documents).keySet().forEach(rule -> out.append("<option value=\"").append(escape(rule)).append("\">")
                .append(escape(ChineseNames.rule(rule))).append("</option>"));
        out.append("</select>");
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

    private static void appendFinding(StringBuilder out, CheckedDocument document, Finding f, Thumbnail thumbnail) {
        out.append("<tr class=\"").append(f.severity().code()).append("\" data-rule=\"").append(escape(f.rule()))
                .append("\"><td class=\"file\">").append(escape(document.file())).append("</td><td class=\"page\">");
        if (f.page() != null) {
            // browsers open a PDF at the page the URL's fragment names
            out.append("<a href=\"").append(escape(pageLink(document.file(), f.page()))).append("\">").append(f.page()).append("</a>");
        }
        out.append("</td><td class=\"severity\">").append(escape(ChineseNames.severity(f.severity().code())))
                .append("</td><td class=\"rule\">").append(escape(ChineseNames.rule(f.rule()))).append("</td><td class=\"message\">")
                .append(escape(f.message()));
        appendLabels(out, f.labels());
        out.append("</td><td class=\"thumb\">");
        if (thumbnail != null) {
            out.append(thumbnail.html());
            if (thumbnail.outlines().isEmpty()) {
                out.append("<p class=\"hint\">未在文字层中找到所涉数字（扫描页？），显示整页</p>");
            }
        }
        out.append("</td><td class=\"number\">").append(escape(nullToEmpty(f.expected())))
                .append("</td><td class=\"number\">").append(escape(nullToEmpty(f.found())))
                .append("</td><td>").append(escape(nullToEmpty(f.project()))).append("</td></tr>\n");
    }

    /** The labels of the figures involved, under the message: three, the rest folded away. */
    private static void appendLabels(StringBuilder out, List<String> labels) {
        if (labels.isEmpty()) {
            return;
        }
        out.append("<div class=\"figures\">涉及：")
                .append(escape(String.join("、", labels.subList(0, Math.min(LABELS_SHOWN, labels.size())))));
        if (labels.size() > LABELS_SHOWN) {
            out.append("<details><summary>另 ").append(labels.size() - LABELS_SHOWN).append(" 项</summary>")
                    .append(escape(String.join("、", labels.subList(LABELS_SHOWN, labels.size())))).append("</details>");
        }
        out.append("</div>");
    }

    /** A heading whose bracketed note goes small under it: 应为（金额以元计）. */
    private static String heading(String text) {
        int note = text.indexOf('（');
        return note < 0 ? "<th>" + escape(text) + "</th>"
                : "<th>" + escape(text.substring(0, note)) + "<br><small>" + escape(text.substring(note)) + "</small></th>";
    }

    private static String pageLink(String file, int page) {
        try {
            return Path.of(file).toAbsolutePath().toUri() + "#page=" + page;
        } catch (InvalidPathException e) {
            return "#";
        }
    }

    /**
     * Sorting by a click on a heading (numbers as numbers, again to reverse), filtering by text, severity
     * and rule, the count of rows shown; a click on a page region enlarges it.
     */
    private static final String SCRIPT = """
            <script>
            (function () {
              var table = document.getElementById('findings'), body = table.tBodies[0];
              var filter = document.getElementById('filter'), severity = document.getElementById('severity');
              var rule = document.getElementById('rule'), shown = document.getElementById('shown');
              function apply() {
                var words = filter.value.trim().toLowerCase(), level = severity.value, only = rule.value, count = 0;
                Array.prototype.forEach.call(body.rows, function (row) {
                  var show = (!level || row.className === level) && (!only || row.getAttribute('data-rule') === only)
                      && (!words || row.textContent.toLowerCase().indexOf(words) >= 0);
                  row.style.display = show ? '' : 'none';
                  if (show) { count++; }
                });
                shown.textContent = '显示 ' + count + ' / ' + body.rows.length + ' 条';
              }
              filter.addEventListener('input', apply);
              severity.addEventListener('change', apply);
              rule.addEventListener('change', apply);
              apply();
              var headings = table.tHead.rows[0].cells;
              Array.prototype.forEach.call(headings, function (th, column) {
                var ascending = true;
                th.addEventListener('click', function () {
                  var rows = Array.prototype.slice.call(body.rows);
                  rows.sort(function (a, b) {
                    var x = a.cells[column].textContent, y = b.cells[column].textContent;
                    var nx = parseFloat(x.replace(/,/g, '')), ny = parseFloat(y.replace(/,/g, ''));
                    var order = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, 'zh-CN');
                    return ascending ? order : -order;
                  });
                  Array.prototype.forEach.call(headings, function (h) { h.className = ''; });
                  th.className = ascending ? 'sorted-up' : 'sorted-down';
                  ascending = !ascending;
                  rows.forEach(function (row) { body.appendChild(row); });
                });
              });
              Array.prototype.forEach.call(document.querySelectorAll('td.thumb .page-image'), function (figure) {
                figure.addEventListener('click', function () { figure.parentNode.classList.toggle('zoomed'); });
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
