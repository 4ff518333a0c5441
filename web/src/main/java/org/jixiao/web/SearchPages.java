package org.jixiao.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.index.FacetCount;
import org.jixiao.index.IndicatorHit;
import org.jixiao.index.IndicatorQuery;
import org.jixiao.index.IndicatorResults;
import org.jixiao.index.RecordStore;

/** 搜索: indicator rows with facet counts, as a page, as JSON and as .xlsx/CSV exports. */
final class SearchPages {

    static final int PAGE_SIZE = 50;
    private static final int MAX_EXPORT_ROWS = 100_000;
    private static final Map<String, String> ORDERS = orders();

    private static final List<Sheet.Column> EXPORT_COLUMNS = List.of(new Sheet.Column("项目", 30, false),
            new Sheet.Column("部门", 22, false), new Sheet.Column("省份", 10, false), new Sheet.Column("城市", 10, false),
            new Sheet.Column("年度", 7, true), new Sheet.Column("一级指标", 14, false),
            new Sheet.Column("二级指标", 14, false), new Sheet.Column("三级指标", 24, false),
            new Sheet.Column("四级指标", 24, false), new Sheet.Column("指标值", 16, false),
            new Sheet.Column("实际完成值", 16, false), new Sheet.Column("分值", 7, true), new Sheet.Column("得分", 7, true),
            new Sheet.Column("文件", 36, false), new Sheet.Column("页", 5, true), new Sheet.Column("SHA-256", 20, false));

    private final RecordStore store;
    private final boolean writable;

    SearchPages(RecordStore store, boolean writable) {
        this.store = store;
        this.writable = writable;
    }

    private static Map<String, String> orders() {
        Map<String, String> orders = new LinkedHashMap<>();
        orders.put("relevance", "相关度");
        orders.put("city", "城市");
        orders.put("fiscal_year", "年度（新→旧）");
        orders.put("department", "部门");
        orders.put("project", "项目");
        return orders;
    }

    /** The rows {@code offset} to {@code offset + limit} of the search the request describes; limit 0: all. */
    private IndicatorResults search(Context ctx, int offset, int limit, boolean facets) throws IOException {
        IndicatorQuery query = new IndicatorQuery(Requests.param(ctx, "q"), Requests.filters(ctx),
                limit == 0 ? 0 : offset + limit, facets, Requests.order(ctx));
        IndicatorResults results = store.search(query);
        List<IndicatorHit> hits = results.hits();
        List<IndicatorHit> page = offset >= hits.size() ? List.of() : hits.subList(offset, hits.size());
        return new IndicatorResults(results.total(), page, results.facets());
    }

    void api(Context ctx) throws IOException {
        int offset = Requests.bounded(ctx, "offset", 0, Integer.MAX_VALUE / 2);
        int limit = Requests.bounded(ctx, "limit", PAGE_SIZE, MAX_EXPORT_ROWS);
        IndicatorResults results = search(ctx, offset, limit, true);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", results.total());
        body.put("offset", offset);
        body.put("rows", results.hits().stream().map(SearchPages::row).toList());
        Map<String, Object> facets = new LinkedHashMap<>();
        for (FacetCount facet : results.facets()) {
            facets.put(facet.field(), facet.buckets());
        }
        body.put("facets", facets);
        Json.send(ctx, body);
    }

    /** The fields of {@code search --format json}, with the document's hash and the page. */
    private static Map<String, Object> row(IndicatorHit hit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", hit.source());
        row.put("sha256", hit.sha256());
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
        row.put("weight", hit.weight());
        row.put("score", hit.score());
        row.put("page", hit.page());
        return row;
    }

    void xlsx(Context ctx) throws IOException {
        Sheet sheet = exportSheet(ctx);
        ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ctx.header("Content-Disposition", "attachment; filename=\"jixiao-search.xlsx\"");
        sheet.writeXlsx(ctx.outputStream());
    }

    void csv(Context ctx) throws IOException {
        Sheet sheet = exportSheet(ctx);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"jixiao-search.csv\"");
        sheet.writeCsv(ctx.outputStream());
    }

    /** Every row of the current search (not only the page shown), up to {@value #MAX_EXPORT_ROWS}. */
    private Sheet exportSheet(Context ctx) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorHit hit : search(ctx, 0, MAX_EXPORT_ROWS, false).hits()) {
            rows.add(java.util.Arrays.asList(hit.project(), hit.department(), hit.province(), hit.city(),
                    hit.fiscalYear(), hit.level1(), hit.level2(), hit.level3(), hit.level4(), hit.target(), hit.actual(),
                    hit.weight(), hit.score(), hit.source(), hit.page(), hit.sha256()));
        }
        return new Sheet("指标", EXPORT_COLUMNS, rows);
    }

    void page(Context ctx) throws IOException {
        int pageNumber = Math.max(1, Requests.integer(ctx, "page", 1));
        int offset = (pageNumber - 1) * PAGE_SIZE;
        IndicatorResults results = search(ctx, offset, PAGE_SIZE, true);
        String q = Requests.param(ctx, "q");
        Map<String, String> state = new LinkedHashMap<>();
        state.put("q", q);
        state.putAll(Requests.filterParams(ctx));
        state.put("sort", Requests.param(ctx, "sort"));

        Html html = new Html();
        html.raw("<div class=\"with-side\"><aside class=\"facets\">");
        facets(html, results, state);
        html.raw("</aside><section class=\"results\">");
        html.raw("<form class=\"searchbar\" method=\"get\" action=\"/search\">")
                .raw("<input type=\"search\" name=\"q\" id=\"q\" placeholder=\"指标名称中的词，如 运行率、满意度\" value=\"")
                .text(q).raw("\" autofocus>");
        for (String name : Requests.FILTER_PARAMS) {
            if (state.get(name) != null) {
                html.raw("<input type=\"hidden\" name=\"").raw(name).raw("\" value=\"").text(state.get(name)).raw("\">");
            }
        }
        html.raw("<select name=\"sort\" id=\"sort\" class=\"autosubmit\" title=\"排序\">");
        String sort = state.get("sort") == null ? "relevance" : state.get("sort");
        ORDERS.forEach((code, label) -> html.raw("<option value=\"").raw(code).raw("\"")
                .raw(code.equals(sort) ? " selected" : "").raw(">排序：").text(label).raw("</option>"));
        html.raw("</select><button type=\"submit\">搜索</button></form>");

        activeFilters(html, state);
        html.raw("<div class=\"summary\"><span id=\"total\">共 ").text(results.total()).raw(" 条指标</span>")
                .raw("<span class=\"exports\">导出全部结果：")
                .a(Html.link("/api/search.xlsx", state), "Excel (.xlsx)").raw(" ")
                .a(Html.link("/api/search.csv", state), "CSV").raw("</span></div>");
        table(html, results.hits());
        pager(html, "/search", state, pageNumber, results.total(), PAGE_SIZE);
        html.raw("</section></div>");
        ctx.html(Layout.page(Layout.Section.SEARCH, q == null ? "搜索" : "搜索：" + q, html.toString(), writable));
    }

    private static void facets(Html html, IndicatorResults results, Map<String, String> state) {
        for (FacetCount facet : results.facets()) {
            if (facet.buckets().isEmpty()) {
                continue;
            }
            String param = "fiscal_year".equals(facet.field()) ? "year" : facet.field();
            html.raw("<div class=\"facet\" data-field=\"").text(param).raw("\"><h3>").text(Labels.field(facet.field()))
                    .raw("</h3><ul>");
            int shown = 0;
            for (FacetCount.Bucket bucket : facet.buckets()) {
                if (shown++ == 12) {
                    html.raw("<li class=\"more\">…另有 ").text(facet.buckets().size() - 12).raw(" 项</li>");
                    break;
                }
                Map<String, String> next = new LinkedHashMap<>(state);
                next.put(param, bucket.value());
                boolean on = bucket.value().equals(state.get(param));
                html.raw("<li").raw(on ? " class=\"on\"" : "").raw("><a href=\"").text(Html.link("/search", next))
                        .raw("\">").text(Labels.value(facet.field(), bucket.value())).raw("</a><span class=\"n\">")
                        .text(bucket.count()).raw("</span></li>");
            }
            html.raw("</ul></div>");
        }
    }

    private static void activeFilters(Html html, Map<String, String> state) {
        boolean any = false;
        for (String name : Requests.FILTER_PARAMS) {
            String value = state.get(name);
            if (value == null) {
                continue;
            }
            if (!any) {
                html.raw("<div class=\"chips\">筛选：");
                any = true;
            }
            Map<String, String> without = new LinkedHashMap<>(state);
            without.remove(name);
            String field = "year".equals(name) ? "fiscal_year" : name;
            html.raw("<a class=\"chip\" title=\"去掉此条件\" href=\"").text(Html.link("/search", without)).raw("\">")
                    .text(Labels.field(field)).raw("：").text(Labels.value(field, value)).raw(" ×</a>");
        }
        if (any) {
            html.raw("</div>");
        }
    }

    private static void table(Html html, List<IndicatorHit> hits) {
        if (hits.isEmpty()) {
            html.raw("<p class=\"empty\">没有找到指标。试试更短的词，或去掉筛选条件。</p>");
            return;
        }
        html.raw("<table class=\"grid\" id=\"rows\"><thead><tr><th>项目</th><th>部门</th><th>城市</th><th>年度</th>")
                .raw("<th>指标</th><th>指标值</th><th>实际完成值</th><th>得分</th></tr></thead><tbody>");
        for (IndicatorHit hit : hits) {
            html.raw("<tr><td>");
            String href = "/documents/" + hit.sha256() + (hit.page() == null ? "" : "#p" + hit.page());
            html.a(href, Labels.orDash(hit.project()));
            html.raw("</td><td>").text(Labels.orDash(hit.department())).raw("</td><td class=\"nowrap\">")
                    .text(Labels.orDash(hit.city())).raw("</td><td class=\"nowrap\">").text(Labels.orDash(hit.fiscalYear()))
                    .raw("</td><td class=\"levels\">");
            boolean first = true;
            for (String level : new String[] {hit.level1(), hit.level2(), hit.level3(), hit.level4()}) {
                if (level != null) {
                    html.raw(first ? "" : "<span class=\"sep\">›</span>").text(level);
                    first = false;
                }
            }
            html.raw("</td><td>").text(Labels.orDash(hit.target())).raw("</td><td>").text(Labels.orDash(hit.actual()))
                    .raw("</td><td class=\"num\">").text(hit.score() == null ? "" : hit.score()
                            + (hit.weight() == null ? "" : " / " + hit.weight())).raw("</td></tr>");
        }
        html.raw("</tbody></table>");
    }

    /** Links to the previous and next pages of a listing at {@code path}. */
    static void pager(Html html, String path, Map<String, String> state, int pageNumber, long total, int pageSize) {
        long pages = Math.max(1, (total + pageSize - 1) / pageSize);
        if (pages == 1) {
            return;
        }
        html.raw("<nav class=\"pager\">");
        if (pageNumber > 1) {
            Map<String, String> previous = new LinkedHashMap<>(state);
            previous.put("page", String.valueOf(pageNumber - 1));
            html.a(Html.link(path, previous), "‹ 上一页");
        }
        html.raw("<span>第 ").text(pageNumber).raw(" / ").text(pages).raw(" 页</span>");
        if (pageNumber < pages) {
            Map<String, String> next = new LinkedHashMap<>(state);
            next.put("page", String.valueOf(pageNumber + 1));
            html.raw("<a rel=\"next\" href=\"").text(Html.link(path, next)).raw("\">下一页 ›</a>");
        }
        html.raw("</nav>");
    }
}
