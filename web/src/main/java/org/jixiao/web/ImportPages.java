package org.jixiao.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** 导入: uploads and folder imports, queued, with live progress; only on a server started with --allow-import. */
final class ImportPages {

    private final Imports imports;
    private final Access access;

    ImportPages(Imports imports, Access access) {
        this.imports = imports;
        this.access = access;
    }

    /** POST /api/imports: multipart {@code files} (one or more), or a form field {@code folder} naming a server folder. */
    void start(Context ctx) throws IOException {
        access.requireWrite(ctx);
        Imports.Job job;
        String folder = ctx.isMultipartFormData() || isForm(ctx) ? ctx.formParam("folder") : null;
        if (folder != null && !folder.isBlank()) {
            Path path = Path.of(folder.strip());
            if (!path.isAbsolute() || !Files.isDirectory(path)) {
                throw new BadRequestResponse("folder: 服务器上没有这个文件夹（请给出绝对路径）：" + folder);
            }
            job = imports.folder(path);
        } else {
            List<UploadedFile> files;
            try {
                files = ctx.isMultipartFormData() ? ctx.uploadedFiles("files") : List.of();
            } catch (IllegalStateException e) {
                throw new ContentTooLargeResponse("上传过大：每次最多 " + (ServeSettings.MAX_UPLOAD_BYTES >> 20) + " MiB");
            }
            files = files.stream().filter(f -> f.size() > 0 || !f.filename().isBlank()).toList();
            if (files.isEmpty()) {
                throw new BadRequestResponse("请选择要上传的文件，或给出服务器上的文件夹");
            }
            if (files.size() > ServeSettings.MAX_UPLOAD_FILES) {
                throw new ContentTooLargeResponse("一次最多上传 " + ServeSettings.MAX_UPLOAD_FILES + " 个文件，收到 "
                        + files.size() + " 个");
            }
            job = imports.upload(files.stream().map(f -> new Imports.Upload(f.filename(), f.content())).toList());
        }
        if (wantsHtml(ctx)) {
            ctx.redirect("/import#job-" + job.id, io.javalin.http.HttpStatus.SEE_OTHER);
        } else {
            ctx.status(202);
            Json.send(ctx, job.status());
        }
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.startsWith("application/x-www-form-urlencoded");
    }

    private static boolean wantsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    void list(Context ctx) {
        Json.send(ctx, Map.of("imports", imports.jobs().stream().map(Imports.Job::status).toList()));
    }

    void one(Context ctx) {
        Imports.Job job = imports.job(ctx.pathParam("id"));
        if (job == null) {
            throw new NotFoundResponse("没有这个导入");
        }
        Json.send(ctx, job.status());
    }

    void page(Context ctx) {
        Html html = new Html().raw("<h1>导入文档</h1>");
        if (!access.writable()) {
            html.raw("<p class=\"msg\">此服务为只读。要导入，请以 <code>jixiao serve --allow-import</code> 启动，")
                    .raw("并使用启动时打印的令牌登录。</p>");
        } else if (!access.allowed(ctx)) {
            html.raw("<p class=\"msg\">导入需要服务启动时打印的令牌。</p><p>").a("/login", "登录").raw("</p>");
        } else {
            html.raw("<form id=\"upload\" class=\"upload\" method=\"post\" action=\"/api/imports\" enctype=\"multipart/form-data\">")
                    .raw("<div class=\"drop\" id=\"drop\">把文件拖到这里，或<label class=\"button\">选择文件")
                    .raw("<input type=\"file\" name=\"files\" id=\"files\" multiple accept=\".pdf,.xlsx,.xls,.docx,.doc,.png,.jpg,.jpeg,.tif,.tiff\"></label>")
                    .raw("<span id=\"chosen\"></span></div>")
                    .raw("<p class=\"hint\">PDF、Word、Excel、图片；一次最多 ").text(ServeSettings.MAX_UPLOAD_FILES)
                    .raw(" 个文件、共 ").text(ServeSettings.MAX_UPLOAD_BYTES >> 20)
                    .raw(" MiB。已导入过的文件（内容相同）会跳过。</p><button type=\"submit\">上传并导入</button></form>")
                    .raw("<form id=\"folder\" class=\"upload\" method=\"post\" action=\"/api/imports\">")
                    .raw("<label>或导入服务器上的文件夹：<input name=\"folder\" placeholder=\"/srv/绩效档案/2023\" class=\"wide\"></label>")
                    .raw("<button type=\"submit\">导入文件夹</button></form>");
        }
        html.raw("<h2>导入任务</h2><p class=\"hint\">一次只运行一个导入，其余排队；导入期间搜索照常可用。</p>")
                .raw("<div id=\"jobs\" data-live=\"").raw(imports.jobs().stream().anyMatch(
                        j -> j.state == Imports.State.QUEUED || j.state == Imports.State.RUNNING) ? "1" : "0").raw("\">");
        jobs(html, imports.jobs());
        html.raw("</div>");
        ctx.html(Layout.page(Layout.Section.IMPORT, "导入", html.toString(), access.writable()));
    }

    /** The job list; app.js redraws the same markup from /api/imports while an import runs. */
    static void jobs(Html html, List<Imports.Job> jobs) {
        if (jobs.isEmpty()) {
            html.raw("<p class=\"empty\">还没有导入任务。</p>");
            return;
        }
        for (Imports.Job job : jobs) {
            Map<String, Object> s = job.status();
            int files = (Integer) s.get("files");
            int done = (Integer) s.get("files_done");
            html.raw("<div class=\"job ").text(s.get("state")).raw("\" id=\"job-").text(job.id).raw("\"><b>").text(job.label)
                    .raw("</b> <span class=\"state\">").text(stateLabel(job.state)).raw("</span>")
                    .raw("<progress max=\"").text(Math.max(1, files)).raw("\" value=\"").text(done).raw("\"></progress>")
                    .raw("<span class=\"progress-text\">").text(done + " / " + files + " 个文件，" + s.get("pages") + " 页；入库 "
                            + s.get("stored") + "，跳过 " + s.get("unchanged") + "，非文档 " + s.get("not_a_document")
                            + "，失败 " + s.get("failed") + "；" + s.get("files_per_second") + " 文件/秒"
                            + (s.get("eta_seconds") == null ? "" : "，约剩 " + s.get("eta_seconds") + " 秒"))
                    .raw("</span>");
            if (job.error != null) {
                html.raw("<p class=\"error\">").text(job.error).raw("</p>");
            }
            if (!job.quarantine.isEmpty()) {
                html.raw("<details open><summary>隔离（未入库）").text(job.quarantine.size()).raw("</summary><ul class=\"quarantine\">");
                for (var failed : job.quarantine) {
                    html.raw("<li><b>").text(failed.file().getFileName()).raw("</b>：")
                            .text(Imports.reason(failed)).raw("</li>");
                }
                html.raw("</ul></details>");
            }
            html.raw("</div>");
        }
    }

    private static String stateLabel(Imports.State state) {
        return switch (state) {
            case QUEUED -> "排队中";
            case RUNNING -> "导入中";
            case DONE -> "完成";
            case FAILED -> "失败";
        };
    }
}
