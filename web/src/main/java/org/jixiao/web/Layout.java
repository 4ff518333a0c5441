package org.jixiao.web;

/** The frame of every page: head, navigation, footer. */
final class Layout {

    enum Section {
        SEARCH("/search", "搜索"), COMPARE("/compare", "对比"), REVIEW("/review", "审核"), IMPORT("/import", "导入"),
        DOCUMENT(null, "文档");

        final String path;
        final String title;

        Section(String path, String title) {
            this.path = path;
            this.title = title;
        }
    }

    private Layout() {
    }

    /** A whole page around {@code body}, which must already be escaped markup. */
    static String page(Section current, String title, String body, boolean writable) {
        Html html = new Html();
        html.raw("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<title>").text(title).raw(" · 绩效档案</title>")
                .raw("<link rel=\"stylesheet\" href=\"/static/app.css\">")
                .raw("<link rel=\"stylesheet\" href=\"/static/page-figure.css\">")
                .raw("<script src=\"/static/app.js\" defer></script></head><body>")
                .raw("<header class=\"top\"><a class=\"brand\" href=\"/search\">绩效档案 jixiao</a><nav>");
        for (Section section : Section.values()) {
            if (section.path == null) {
                continue;
            }
            html.raw("<a href=\"").raw(section.path).raw("\"").raw(section == current ? " class=\"on\"" : "").raw(">")
                    .text(section.title).raw("</a>");
        }
        html.raw("</nav><span class=\"mode\">").text(writable ? "可写（已启用导入）" : "只读").raw("</span></header>")
                .raw("<main>").raw(body).raw("</main></body></html>");
        return html.toString();
    }

    /** A message page (not found, bad request) in the same frame. */
    static String message(String title, String message, boolean writable) {
        return page(null, title, new Html().raw("<h1>").text(title).raw("</h1><p class=\"msg\">").text(message)
                .raw("</p>").toString(), writable);
    }
}
