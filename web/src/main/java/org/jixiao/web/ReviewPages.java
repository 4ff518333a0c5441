package org.jixiao.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Finding;
import org.jixiao.index.FindingQuery;
import org.jixiao.index.RecordStore;
import org.jixiao.index.StoredFinding;
import org.jixiao.index.export.ChineseNames;
import org.jixiao.ingest.Box;

/** 审核: findings across the archive with their page evidence, review marks, and the review list as .xlsx. */
final class ReviewPages {

    static final int PAGE_SIZE = 20;
    private static final List<Sheet.Column> EXPORT_COLUMNS = List.of(new Sheet.Column("审核结论", 9, false),
            new Sheet.Column("备注", 30, false), new Sheet.Column("审核时间", 20, false), new Sheet.Column("规则", 14, false),
            new Sheet.Column("严重程度", 8, false), new Sheet.Column("说明", 60, false), new Sheet.Column(ChineseNames.EXPECTED, 14, false),
            new Sheet.Column(ChineseNames.FOUND, 14, false), new Sheet.Column("页", 5, true), new Sheet.Column("项目", 28, false),
            new Sheet.Column("部门", 20, false), new Sheet.Column("城市", 10, false), new Sheet.Column("年度", 7, true),
            new Sheet.Column("文件", 36, false), new Sheet.Column("SHA-256", 20, false));

    private final RecordStore store;
    private final ReviewMarks marks;
    private final PageImages pages;
    private final Access access;

    ReviewPages(RecordStore store, ReviewMarks marks, PageImages pages, Access access) {
        this.store = store;
        this.marks = marks;
        this.pages = pages;
        this.access = access;
    }

    /** A stored finding with its key and mark. */
    record Listed(StoredFinding finding, FindingKey key, Optional<ReviewMarks.Mark> mark) {
    }

    /** Every finding the request's filters select, the verdict filter included. */
    private List<Listed> select(Context ctx) throws IOException {
        String sha256 = Requests.param(ctx, "sha256");
        if (sha256 != null && !Requests.isSha256(sha256)) {
            throw new BadRequestResponse("sha256: 应为 64 位十六进制");
        }
        String verdict = Requests.param(ctx, "verdict");
        if (verdict != null && !verdict.equals("none")) {
            try {
                ReviewMarks.Verdict.parse(verdict);
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse("verdict: " + e.getMessage());
            }
        }
        List<StoredFinding> found = store.findings(new FindingQuery(Requests.filters(ctx), Requests.param(ctx, "rule"),
                Requests.param(ctx, "severity"), 0, sha256));
        List<Listed> listed = new ArrayList<>(found.size());
        for (StoredFinding finding : found) {
            FindingKey key = FindingKey.of(finding);
            Optional<ReviewMarks.Mark> mark = marks.get(key);
            if (verdict == null || verdict.equals("none") && mark.isEmpty()
                    || mark.isPresent() && mark.get().verdict().name().equalsIgnoreCase(verdict)) {
                listed.add(new Listed(finding, key, mark));
            }
        }
        return listed;
    }

    void api(Context ctx) throws IOException {
        int offset = Requests.bounded(ctx, "offset", 0, Integer.MAX_VALUE / 2);
        int limit = Requests.bounded(ctx, "limit", 50, 100_000);
        List<Listed> listed = select(ctx);
        int end = limit == 0 ? listed.size() : (int) Math.min(listed.size(), (long) offset + limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", listed.size());
        body.put("offset", offset);
        body.put("rows", offset >= end ? List.of() : listed.subList(offset, end).stream().map(ReviewPages::row).toList());
        Json.send(ctx, body);
    }

    private static Map<String, Object> row(Listed listed) {
        StoredFinding f = listed.finding();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", listed.key().id());
        row.put("source", f.source());
        row.put("sha256", f.sha256());
        row.put("page", f.page());
        row.put("rule", f.rule());
        row.put("severity", f.severity());
        row.put("message", f.message());
        row.put("expected", f.expected());
        row.put("found", f.found());
        row.put("project", f.project());
        row.put("department", f.department());
        row.put("province", f.province());
        row.put("city", f.city());
        row.put("fiscal_year", f.fiscalYear());
        row.put("review", listed.mark().map(m -> Map.of("verdict", m.verdict().name().toLowerCase(java.util.Locale.ROOT),
                "comment", m.comment(), "at", m.at())).orElse(null));
        return row;
    }

    /** POST /api/findings/{id}/review: verdict (confirmed, false_alarm, or empty to clear) and comment. */
    void mark(Context ctx) throws IOException {
        access.requireWrite(ctx);
        String id = ctx.pathParam("id");
        String sha256 = FindingKey.sha256OfId(id);
        if (sha256 == null) {
            throw new NotFoundResponse("没有这条发现");
        }
        FindingKey key = store.findings(new FindingQuery(null, null, null, 0, sha256)).stream().map(FindingKey::of)
                .filter(k -> k.id().equals(id)).findFirst().orElseThrow(() -> new NotFoundResponse("没有这条发现"));
        String verdictCode = ctx.formParam("verdict");
        ReviewMarks.Verdict verdict;
        try {
            verdict = verdictCode == null || verdictCode.isBlank() ? null : ReviewMarks.Verdict.parse(verdictCode);
            marks.set(key, verdict, ctx.formParam("comment"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        String back = ctx.formParam("return");
        if (back != null && back.startsWith("/review") && !back.startsWith("//")) {
            ctx.redirect(back, io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        Json.send(ctx, marks.get(key).map(m -> Map.of("id", id, "verdict", m.verdict().name().toLowerCase(
                java.util.Locale.ROOT), "comment", m.comment(), "at", m.at())).orElse(Map.of("id", id)));
    }

    void xlsx(Context ctx) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Listed listed : select(ctx)) {
            StoredFinding f = listed.finding();
            Optional<ReviewMarks.Mark> mark = listed.mark();
            rows.add(java.util.Arrays.asList(mark.map(m -> m.verdict().label).orElse("未审核"),
                    mark.map(ReviewMarks.Mark::comment).orElse(null), mark.map(ReviewMarks.Mark::at).orElse(null),
                    Labels.rule(f.rule()), Labels.severity(f.severity()), f.message(), f.expected(), f.found(), f.page(),
                    f.project(), f.department(), f.city(), f.fiscalYear(), f.source(), f.sha256()));
        }
        ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ctx.header("Content-Disposition", "attachment; filename=\"jixiao-review.xlsx\"");
        new Sheet("审核清单", EXPORT_COLUMNS, rows).writeXlsx(ctx.outputStream());
    }

    void page(Context ctx) throws IOException {
        List<Listed> listed = select(ctx);
        int pageNumber = Math.max(1, Requests.integer(ctx, "page", 1));
        Map<String, String> state = new LinkedHashMap<>();
        for (String name : List.of("rule", "severity", "verdict", "sha256")) {
            state.put(name, Requests.param(ctx, name));
        }
        state.putAll(Requests.filterParams(ctx));
        int from = Math.min(listed.size(), (pageNumber - 1) * PAGE_SIZE);
        List<Listed> shown = listed.subList(from, Math.min(listed.size(), from + PAGE_SIZE));
        String focusId = Requests.param(ctx, "focus");
        Listed focus = shown.stream().filter(l -> l.key().id().equals(focusId)).findFirst()
                .orElse(shown.isEmpty() ? null : shown.get(0));
        Map<String, String> here = new LinkedHashMap<>(state);
        here.put("page", pageNumber > 1 ? String.valueOf(pageNumber) : null);

        Html html = new Html();
        filterForm(html, state);
        html.raw("<div class=\"summary\"><span id=\"total\">共 ").text(listed.size()).raw(" 条发现</span>")
                .raw("<span class=\"exports\">").a(Html.link("/api/findings.xlsx", state), "导出审核清单 (.xlsx)")
                .raw("</span></div>");
        html.raw("<div class=\"review\"><ol class=\"findings\">");
        for (Listed item : shown) {
            card(html, item, item == focus, here);
        }
        html.raw("</ol>");
        if (shown.isEmpty()) {
            html.raw("<p class=\"empty\">没有符合条件的发现。</p>");
        }
        html.raw("<div class=\"evidence\" id=\"evidence\">");
        if (focus != null) {
            evidence(html, focus);
        }
        html.raw("</div></div>");
        SearchPages.pager(html, "/review", state, pageNumber, listed.size(), PAGE_SIZE);
        ctx.html(Layout.page(Layout.Section.REVIEW, "审核", html.toString(), access.writable()));
    }

    private static void filterForm(Html html, Map<String, String> state) {
        html.raw("<form class=\"filters\" method=\"get\" action=\"/review\">");
        select(html, "rule", "规则", Labels.RULES, state.get("rule"));
        select(html, "severity", "严重程度", Labels.SEVERITIES, state.get("severity"));
        select(html, "verdict", "审核", Map.of("none", "未审核", "confirmed", "已核实", "false_alarm", "误报"),
                state.get("verdict"));
        for (String[] field : new String[][] {{"city", "城市"}, {"year", "年度"}, {"department", "部门"}}) {
            html.raw("<input name=\"").raw(field[0]).raw("\" placeholder=\"").raw(field[1]).raw("\" value=\"")
                    .text(state.get(field[0])).raw("\" class=\"short\">");
        }
        if (state.get("sha256") != null) {
            html.raw("<input type=\"hidden\" name=\"sha256\" value=\"").text(state.get("sha256")).raw("\">")
                    .raw("<span class=\"chip\">仅此文档</span>");
        }
        html.raw("<button type=\"submit\">筛选</button>").a("/review", "清除").raw("</form>");
    }

    private static void select(Html html, String name, String label, Map<String, String> options, String current) {
        html.raw("<select name=\"").raw(name).raw("\" id=\"f-").raw(name).raw("\"><option value=\"\">").text(label)
                .raw("：全部</option>");
        options.forEach((code, text) -> html.raw("<option value=\"").text(code).raw("\"")
                .raw(code.equals(current) ? " selected" : "").raw(">").text(text).raw("</option>"));
        html.raw("</select>");
    }

    private void card(Html html, Listed item, boolean focused, Map<String, String> here) {
        StoredFinding f = item.finding();
        String id = item.key().id();
        Map<String, String> focusLink = new LinkedHashMap<>(here);
        focusLink.put("focus", id);
        String self = Html.link("/review", focusLink);
        html.raw("<li class=\"finding").raw(focused ? " focus" : "").raw("\" id=\"f-").raw(id).raw("\" data-id=\"")
                .raw(id).raw("\">");
        html.raw("<div class=\"head\"><span class=\"sev ").text(f.severity()).raw("\">").text(Labels.severity(f.severity()))
                .raw("</span> <b>").text(Labels.rule(f.rule())).raw("</b> <code>").text(f.rule()).raw("</code>");
        item.mark().ifPresent(m -> html.raw(" <span class=\"verdict ").text(m.verdict().name().toLowerCase(
                java.util.Locale.ROOT)).raw("\">").text(m.verdict().label).raw("</span>"));
        html.raw("</div><p class=\"message\">").text(f.message()).raw("</p><div class=\"where\">");
        html.a("/documents/" + f.sha256() + (f.page() == null ? "" : "#p" + f.page()), f.source());
        java.util.List<String> where = new java.util.ArrayList<>();
        where.add("第 " + Labels.orDash(f.page()) + " 页");
        for (Object part : new Object[] {f.project(), f.city(), f.fiscalYear()}) {
            if (part != null) {
                where.add(part.toString());
            }
        }
        html.raw(" · ").text(String.join(" · ", where)).raw(" ");
        html.raw("<a class=\"show\" href=\"").text(self).raw("#evidence\">查看页面</a></div>");
        item.mark().filter(m -> !m.comment().isEmpty()).ifPresent(m ->
                html.raw("<p class=\"comment\">备注：").text(m.comment()).raw("</p>"));
        if (access.writable()) {
            String current = item.mark().map(m -> m.verdict().name().toLowerCase(java.util.Locale.ROOT)).orElse("");
            html.raw("<form class=\"mark\" method=\"post\" action=\"/api/findings/").raw(id).raw("/review\">")
                    .raw("<input type=\"hidden\" name=\"return\" value=\"").text(self + "#f-" + id).raw("\">");
            for (String[] option : new String[][] {{"confirmed", "已核实"}, {"false_alarm", "误报"}, {"", "未审核"}}) {
                html.raw("<label><input type=\"radio\" name=\"verdict\" value=\"").raw(option[0]).raw("\"")
                        .raw(option[0].equals(current) ? " checked" : "").raw(">").text(option[1]).raw("</label>");
            }
            html.raw("<input name=\"comment\" class=\"comment-input\" maxlength=\"2000\" placeholder=\"备注\" value=\"")
                    .text(item.mark().map(ReviewMarks.Mark::comment).orElse("")).raw("\">")
                    .raw("<button type=\"submit\">保存</button></form>");
        }
        html.raw("</li>");
    }

    /** The focused finding's page, its figures outlined. */
    private void evidence(Html html, Listed item) throws IOException {
        StoredFinding f = item.finding();
        html.raw("<h3>第 ").text(Labels.orDash(f.page())).raw(" 页 · ").text(f.source()).raw("</h3>");
        if (f.page() == null) {
            html.raw("<p class=\"hint\">此发现不对应某一页。</p>");
            return;
        }
        Finding finding = store.document(f.sha256()).map(DocumentRecord::findings).orElse(List.of()).stream()
                .filter(candidate -> FindingKey.of(f.sha256(), candidate).equals(item.key())).findFirst().orElse(null);
        Optional<PageImages.Evidence> evidence = pages.evidence(f.sha256(), f.page(), finding);
        if (evidence.isEmpty()) {
            html.raw("<p class=\"hint\">原文件不在原处、内容已变或不是 PDF，无法显示页面。</p>");
            return;
        }
        pageFigure(html, f.sha256(), f.page(), evidence.get());
        if (evidence.get().boxes().isEmpty()) {
            html.raw("<p class=\"hint\">未在此页文字层中找到所涉数字（扫描页，或数字以其他单位印出）。</p>");
        } else {
            html.raw("<p class=\"hint\">红框：页面上与发现中的数字和标签相同的文字。</p>");
        }
    }

    /** A page image with an SVG of outlines laid over it in page points. */
    static void pageFigure(Html html, String sha256, int page, PageImages.Evidence evidence) {
        html.raw(PageFigure.html("/api/documents/" + sha256 + "/pages/" + page + ".png", "第 " + page + " 页",
                new Box(0, 0, evidence.width(), evidence.height()), evidence.boxes()));
    }
}
