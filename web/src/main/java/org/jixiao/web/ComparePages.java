package org.jixiao.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.index.Filters;
import org.jixiao.index.RecordStore;
import org.jixiao.index.TargetComparison;

/** 对比: one indicator's targets across cities and years, as a table, a chart per unit, and JSON. */
final class ComparePages {

    /** Charts drawn for the most common units only; the table lists every unit. */
    private static final int CHARTED_UNITS = 3;

    private final RecordStore store;
    private final boolean writable;

    ComparePages(RecordStore store, boolean writable) {
        this.store = store;
        this.writable = writable;
    }

    private TargetComparison compare(Context ctx, String indicator) throws IOException {
        Filters filters = Requests.filters(ctx);
        return store.compare(indicator, filters);
    }

    void api(Context ctx) throws IOException {
        String indicator = Requests.param(ctx, "indicator");
        if (indicator == null) {
            throw new BadRequestResponse("indicator: 请给出指标名称");
        }
        TargetComparison comparison = compare(ctx, indicator);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("indicator", indicator);
        body.put("units", comparison.units());
        body.put("rows", comparison.rows().stream().map(row -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("source", row.source());
            map.put("province", row.province());
            map.put("city", row.city());
            map.put("fiscal_year", row.fiscalYear());
            map.put("department", row.department());
            map.put("project", row.project());
            map.put("indicator", row.indicatorName());
            map.put("period", row.period());
            map.put("target", row.target().text());
            map.put("sign", row.target().isQuantitative() ? row.target().sign().symbol() : null);
            map.put("value", row.target().value());
            map.put("unit", row.target().isQuantitative() ? row.target().unit() : null);
            return map;
        }).toList());
        Json.send(ctx, body);
    }

    void page(Context ctx) throws IOException {
        String indicator = Requests.param(ctx, "indicator");
        Map<String, String> filters = Requests.filterParams(ctx);
        Html html = new Html();
        html.raw("<h1>指标对比</h1><form class=\"searchbar\" method=\"get\" action=\"/compare\">")
                .raw("<input type=\"search\" name=\"indicator\" id=\"indicator\" placeholder=\"指标名称，如 系统正常运行率\" value=\"")
                .text(indicator).raw("\" autofocus>")
                .raw("<input name=\"city\" placeholder=\"城市\" value=\"").text(filters.get("city")).raw("\" class=\"short\">")
                .raw("<input name=\"year\" placeholder=\"年度\" value=\"").text(filters.get("year")).raw("\" class=\"short\">")
                .raw("<button type=\"submit\">对比</button></form>");
        if (indicator == null) {
            html.raw("<p class=\"hint\">输入一个指标名称（或其中的词），比较各地各年度设定的目标值：符号、数值、单位，以及每种单位的分布。</p>");
            ctx.html(Layout.page(Layout.Section.COMPARE, "对比", html.toString(), writable));
            return;
        }
        TargetComparison comparison = compare(ctx, indicator);
        if (comparison.rows().isEmpty()) {
            html.raw("<p class=\"empty\">没有名为“").text(indicator).raw("”的指标。</p>");
            ctx.html(Layout.page(Layout.Section.COMPARE, "对比：" + indicator, html.toString(), writable));
            return;
        }
        html.raw("<table class=\"grid narrow\" id=\"units\"><thead><tr><th>单位</th><th>个数</th><th>最小</th><th>中位数</th>")
                .raw("<th>最大</th></tr></thead><tbody>");
        for (TargetComparison.UnitSummary unit : comparison.units()) {
            html.raw("<tr><td>").text(unit.unit().isEmpty() ? "（无单位）" : unit.unit()).raw("</td><td class=\"num\">")
                    .text(unit.count()).raw("</td><td class=\"num\">").text(unit.min().toPlainString())
                    .raw("</td><td class=\"num\">").text(unit.median().toPlainString()).raw("</td><td class=\"num\">")
                    .text(unit.max().toPlainString()).raw("</td></tr>");
        }
        long words = comparison.rows().stream().filter(r -> !r.target().isQuantitative()).count();
        html.raw("</tbody></table>");
        if (words > 0) {
            html.raw("<p class=\"hint\">另有 ").text(words).raw(" 个目标以文字表述（如“健全”），不计入分布。</p>");
        }
        List<TargetComparison.UnitSummary> charted = comparison.units().stream().limit(CHARTED_UNITS).toList();
        for (TargetComparison.UnitSummary unit : charted) {
            html.raw("<figure class=\"chart-box\"><figcaption>目标值分布 · 单位：")
                    .text(unit.unit().isEmpty() ? "无" : unit.unit()).raw("（每个点为一个目标，箱体为四分位距，竖线为中位数）</figcaption>")
                    .raw(CompareChart.svg(comparison.rows(), unit.unit())).raw("</figure>");
        }
        html.raw("<h2>全部目标（").text(comparison.rows().size()).raw("）</h2>")
                .raw("<table class=\"grid\" id=\"targets\"><thead><tr><th>城市</th><th>年度</th><th>部门</th><th>项目</th>")
                .raw("<th>指标</th><th>目标值</th><th>读作</th></tr></thead><tbody>");
        for (TargetComparison.Row row : comparison.rows()) {
            html.raw("<tr><td>").text(Labels.orDash(row.city() == null ? row.province() : row.city())).raw("</td><td>")
                    .text(Labels.orDash(row.fiscalYear())).raw("</td><td>").text(Labels.orDash(row.department()))
                    .raw("</td><td>").text(Labels.orDash(row.project())).raw("</td><td>").text(row.indicatorName())
                    .raw("</td><td>").text(row.target().text()).raw("</td><td>")
                    .text(row.target().isQuantitative() ? row.target().normalized() : "（文字）").raw("</td></tr>");
        }
        html.raw("</tbody></table>");
        ctx.html(Layout.page(Layout.Section.COMPARE, "对比：" + indicator, html.toString(), writable));
    }
}
