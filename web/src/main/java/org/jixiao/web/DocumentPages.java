package org.jixiao.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Rate;
import org.jixiao.index.RecordStore;

/** 文档: a document's record beside its page images; the original file; page images as PNG. */
final class DocumentPages {

    private final RecordStore store;
    private final Originals originals;
    private final PageImages pages;
    private final ReviewMarks marks;
    private final boolean writable;

    DocumentPages(RecordStore store, Originals originals, PageImages pages, ReviewMarks marks, boolean writable) {
        this.store = store;
        this.originals = originals;
        this.pages = pages;
        this.marks = marks;
        this.writable = writable;
    }

    private DocumentRecord record(String sha256) throws IOException {
        return store.document(sha256).orElseThrow(() -> new NotFoundResponse("档案中没有此文档"));
    }

    void api(Context ctx) throws IOException {
        String sha256 = Requests.sha256(ctx);
        DocumentRecord record = record(sha256);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("record", record);
        body.put("original", originals.file(sha256).isPresent() ? "/api/documents/" + sha256 + "/original" : null);
        body.put("page_image", "/api/documents/" + sha256 + "/pages/{n}.png");
        Json.send(ctx, body);
    }

    void original(Context ctx) throws IOException {
        String sha256 = Requests.sha256(ctx);
        Path file = originals.file(sha256).orElseThrow(() -> new NotFoundResponse("原文件不在原处或内容已变"));
        String name = file.getFileName().toString();
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + Html.url(name).replace("+", "%20"));
        ctx.contentType(Originals.isPdf(file) ? "application/pdf" : "application/octet-stream");
        ctx.header("X-Content-Type-Options", "nosniff");
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(ctx.outputStream());
        }
    }

    /** {@code /api/documents/{sha256}/pages/{n}.png}. */
    void pageImage(Context ctx) throws IOException {
        String sha256 = Requests.sha256(ctx);
        String page = ctx.pathParam("page");
        if (!page.matches("[1-9][0-9]{0,4}\\.png")) {
            throw new NotFoundResponse("页面写作 /pages/3.png");
        }
        int number = Integer.parseInt(page.substring(0, page.length() - 4));
        PageImages.Image image = pages.png(sha256, number)
                .orElseThrow(() -> new NotFoundResponse("无此页面图像（原文件不在、不是 PDF 或无此页）"));
        ctx.header("Cache-Control", "private, max-age=3600");
        ctx.header("X-Page-Cache", image.cached() ? "hit" : "miss");
        ctx.contentType("image/png").result(image.png());
    }

    void page(Context ctx) throws IOException {
        String sha256 = Requests.sha256(ctx);
        DocumentRecord record = record(sha256);
        Optional<Path> original = originals.file(sha256);
        boolean pdf = original.isPresent() && Originals.isPdf(original.get());
        Html html = new Html();
        html.raw("<div class=\"document\"><section class=\"record\">");
        html.raw("<h1>").text(Path.of(record.source().path()).getFileName()).raw("</h1>");
        html.raw("<table class=\"meta\"><tbody>");
        meta(html, "文档类型", Labels.docType(record.docType().code()));
        String region = String.join(" ", java.util.stream.Stream.of(record.region().province(), record.region().city(),
                record.region().county()).filter(java.util.Objects::nonNull).toList());
        meta(html, "地区", region.isEmpty() ? "–" : region);
        meta(html, "年度", Labels.orDash(record.fiscalYear()));
        meta(html, "页数", record.source().pages() + (record.source().ocrPages().isEmpty() ? ""
                : "（OCR 识别：第 " + record.source().ocrPages() + " 页）"));
        meta(html, "文件", record.source().path());
        meta(html, "SHA-256", sha256);
        html.raw("</tbody></table><p>");
        if (original.isPresent()) {
            html.raw("<a class=\"button\" id=\"download\" href=\"/api/documents/").raw(sha256).raw("/original\">下载原文件</a> ");
        } else {
            html.raw("<span class=\"hint\">原文件不在原处或内容已变，无法下载。</span> ");
        }
        html.a("/api/documents/" + sha256, "记录 JSON").raw(" · ").a("/review?sha256=" + sha256, "审核此文档的发现")
                .raw("</p>");
        for (ProjectRecord project : record.projects()) {
            project(html, project);
        }
        html.raw("<h2>发现（").text(record.findings().size()).raw("）</h2>");
        if (record.findings().isEmpty()) {
            html.raw("<p class=\"hint\">各项数字勾稽无误。</p>");
        } else {
            html.raw("<table class=\"grid\" id=\"findings\"><thead><tr><th>页</th><th>规则</th><th>说明</th><th>审核</th></tr></thead><tbody>");
            for (Finding finding : record.findings()) {
                FindingKey key = FindingKey.of(sha256, finding);
                html.raw("<tr><td>").text(Labels.orDash(finding.page())).raw("</td><td><span class=\"sev ")
                        .text(finding.severity() == null ? "" : finding.severity().code()).raw("\">")
                        .text(Labels.rule(finding.rule())).raw("</span></td><td>").text(finding.message()).raw("</td><td>");
                html.a("/review?sha256=" + sha256 + "&focus=" + key.id() + "#evidence",
                        marks.get(key).map(m -> m.verdict().label).orElse("审核"));
                html.raw("</td></tr>");
            }
            html.raw("</tbody></table>");
        }
        html.raw("</section><section class=\"pages\">");
        if (pdf) {
            for (int n = 1; n <= record.source().pages(); n++) {
                html.raw("<figure id=\"p").raw(String.valueOf(n)).raw("\"><figcaption>第 ").raw(String.valueOf(n))
                        .raw(" 页</figcaption><img loading=\"lazy\" alt=\"第 ").raw(String.valueOf(n))
                        .raw(" 页\" src=\"/api/documents/").raw(sha256).raw("/pages/").raw(String.valueOf(n))
                        .raw(".png\"></figure>");
            }
        } else {
            html.raw("<p class=\"hint\">").text(original.isEmpty() ? "原文件不在原处，无页面图像。"
                    : "页面图像仅适用于 PDF；请下载原文件查看。").raw("</p>");
        }
        html.raw("</section></div>");
        ctx.html(Layout.page(Layout.Section.DOCUMENT, "文档：" + Path.of(record.source().path()).getFileName(),
                html.toString(), writable));
    }

    private static void meta(Html html, String label, Object value) {
        html.raw("<tr><th>").text(label).raw("</th><td>").text(value).raw("</td></tr>");
    }

    private static void project(Html html, ProjectRecord project) {
        html.raw("<div class=\"project\"><h2>").text(Labels.orDash(project.name())).raw("</h2><p class=\"sub\">");
        java.util.List<String> facts = new java.util.ArrayList<>();
        facts.add(project.department() == null ? "主管部门未识别" : project.department());
        if (project.implementingUnit() != null) {
            facts.add("实施单位：" + project.implementingUnit());
        }
        if (project.evaluation() != null) {
            facts.add("总分 " + Labels.orDash(project.evaluation().totalScore()) + " · 等级 "
                    + Labels.orDash(project.evaluation().grade()));
        }
        html.text(String.join(" · ", facts)).raw("</p>");
        if (!project.funding().isEmpty() || !project.rates().isEmpty()) {
            html.raw("<table class=\"grid narrow\"><thead><tr><th>资金 / 比率</th><th>金额（原文单位）或比率</th><th>页</th></tr></thead><tbody>");
            for (Funding funding : project.funding()) {
                html.raw("<tr><td>").text(funding.label()).raw("</td><td class=\"num\">")
                        .text(funding.amountYuan() == null ? "–" : Printed.money(funding))
                        .raw("</td><td>").text(Labels.orDash(funding.page())).raw("</td></tr>");
            }
            for (Rate rate : project.rates()) {
                html.raw("<tr><td>").text(rate.label()).raw("</td><td class=\"num\">")
                        .text(rate.valuePercent() == null ? "–" : rate.valuePercent().toPlainString() + "%")
                        .raw("</td><td>").text(Labels.orDash(rate.page())).raw("</td></tr>");
            }
            html.raw("</tbody></table>");
        }
        if (!project.indicators().isEmpty()) {
            html.raw("<table class=\"grid\"><thead><tr><th>指标</th><th>指标值</th><th>实际完成值</th><th>分值</th><th>得分</th>")
                    .raw("<th>页</th></tr></thead><tbody>");
            for (Indicator indicator : project.indicators()) {
                html.raw("<tr><td class=\"levels\">");
                boolean first = true;
                for (String level : new String[] {indicator.level1(), indicator.level2(), indicator.level3(),
                        indicator.level4()}) {
                    if (level != null) {
                        html.raw(first ? "" : "<span class=\"sep\">›</span>").text(level);
                        first = false;
                    }
                }
                html.raw("</td><td>").text(Labels.orDash(indicator.target())).raw("</td><td>")
                        .text(Labels.orDash(indicator.actual())).raw("</td><td class=\"num\">")
                        .text(Labels.orDash(indicator.weight())).raw("</td><td class=\"num\">")
                        .text(Labels.orDash(indicator.score())).raw("</td><td><a href=\"#p")
                        .text(Labels.orDash(indicator.page())).raw("\">").text(Labels.orDash(indicator.page()))
                        .raw("</a></td></tr>");
            }
            html.raw("</tbody></table>");
        }
        html.raw("</div>");
    }
}
