package org.jixiao.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.jixiao.index.RecordStore;
import org.jixiao.index.bulk.IngestSettings;
import org.jixiao.index.bulk.RecordReader;

/**
 * {@code jixiao serve}: the pages and the JSON API over a {@link RecordStore}, on Javalin's embedded Jetty.
 * Wiring only: searching, comparing and checking are the store's and the extractor's; reading files is the
 * bulk ingester's.
 */
public final class WebServer implements Closeable {

    private static final String STARTED = "jixiao.started";
    private static final String STARTED_CPU = "jixiao.started-cpu";
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private final ServeSettings settings;
    private final RecordStore store;
    private final Access access;
    private final Imports imports;
    private final Javalin app;

    /**
     * @param store  opened for writing when {@code settings.allowImport()}, else read-only
     * @param reader the extraction pipeline imports run
     */
    public WebServer(ServeSettings settings, RecordStore store, RecordReader reader) throws IOException {
        this.settings = settings;
        this.store = store;
        this.access = new Access(settings.allowImport());
        Files.createDirectories(settings.webDir());
        ReviewMarks marks = new ReviewMarks(settings.webDir().resolve("reviews.json"));
        Originals originals = new Originals(store);
        PageImages pages = new PageImages(originals);
        this.imports = settings.allowImport() ? new Imports(store, reader,
                IngestSettings.defaults().withBatchSize(20), settings.webDir().resolve("uploads")) : null;

        SearchPages search = new SearchPages(store, access.writable());
        ComparePages compare = new ComparePages(store, access.writable());
        ReviewPages review = new ReviewPages(store, marks, pages, access);
        DocumentPages documents = new DocumentPages(store, originals, pages, marks, access.writable());
        ImportPages importPages = imports == null ? null : new ImportPages(imports, access);

        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/org/jixiao/web/static";
                files.location = Location.CLASSPATH;
            });
            config.jetty.multipartConfig.maxFileSize(ServeSettings.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(ServeSettings.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(4, SizeUnit.MB);
            config.jetty.multipartConfig.cacheDirectory(settings.webDir().resolve("tmp").toString());
            config.http.maxRequestSize = 1 << 20;
        });
        try {
            Files.createDirectories(settings.webDir().resolve("tmp"));
        } catch (IOException e) {
            throw new IOException("cannot create " + settings.webDir().resolve("tmp") + ": " + e.getMessage(), e);
        }
        app.before(ctx -> {
            ctx.attribute(STARTED, System.nanoTime());
            ctx.attribute(STARTED_CPU, THREADS.getCurrentThreadCpuTime());
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "same-origin");
            ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                    + "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
        });

        // the time the server spent (wall clock, and CPU of the request's thread), for benchmarks and the
        // browser's network panel
        app.after(ctx -> {
            Long started = ctx.attribute(STARTED);
            Long startedCpu = ctx.attribute(STARTED_CPU);
            if (started != null && startedCpu != null && !ctx.res().isCommitted()) {
                ctx.header("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.2f, cpu;dur=%.2f",
                        (System.nanoTime() - started) / 1e6, (THREADS.getCurrentThreadCpuTime() - startedCpu) / 1e6));
            }
        });
        app.get("/", ctx -> ctx.redirect("/search"));
        app.get("/search", search::page);
        app.get("/compare", compare::page);
        app.get("/review", review::page);
        app.get("/documents/{sha256}", documents::page);
        app.get("/login", access::loginPage);
        app.post("/login", access::login);

        app.get("/api/search", search::api);
        app.get("/api/search.xlsx", search::xlsx);
        app.get("/api/search.csv", search::csv);
        app.get("/api/compare", compare::api);
        app.get("/api/findings", review::api);
        app.get("/api/findings.xlsx", review::xlsx);
        app.post("/api/findings/{id}/review", review::mark);
        app.get("/api/documents/{sha256}", documents::api);
        app.get("/api/documents/{sha256}/original", documents::original);
        app.get("/api/documents/{sha256}/pages/{page}", documents::pageImage);
        if (importPages != null) {
            app.get("/import", importPages::page);
            app.get("/import/jobs", ctx -> {
                access.requireWrite(ctx);
                Html html = new Html();
                ImportPages.jobs(html, imports.jobs());
                ctx.html(html.toString());
            });
            app.get("/api/imports", ctx -> {
                access.requireWrite(ctx);
                importPages.list(ctx);
            });
            app.get("/api/imports/{id}", ctx -> {
                access.requireWrite(ctx);
                importPages.one(ctx);
            });
            app.post("/api/imports", importPages::start);
        } else {
            app.get("/import", ctx -> ctx.html(Layout.message("导入未启用",
                    "此服务为只读。要导入，请以 jixiao serve --allow-import 启动，并使用启动时打印的令牌登录。", false)));
            app.post("/api/imports", access::requireWrite);
        }

        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(IOException.class, (e, ctx) -> error(ctx, 500, "读取档案出错：" + e.getMessage()));
        app.exception(RuntimeException.class, (e, ctx) -> error(ctx, 500, "内部错误：" + e));
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "没有这个页面");
            }
        });
    }

    /** A JSON error under /api, a page elsewhere; the message is escaped like everything else. */
    private void error(io.javalin.http.Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            Json.send(ctx, Map.of("status", status, "error", message));
        } else {
            ctx.html(Layout.message(status == 404 ? "找不到" : "出错了", message, access.writable()));
        }
    }

    /** Starts listening, and queues again imports a shutdown cut short. */
    public WebServer start() throws IOException {
        app.start(settings.bind(), settings.port());
        if (imports != null) {
            imports.resumePending();
        }
        return this;
    }

    public int port() {
        return app.port();
    }

    /** The token writes need; null on a read-only server. */
    public String token() {
        return access.token();
    }

    /** Stops the server and the running import, and commits what that import stored. */
    @Override
    public void close() throws IOException {
        app.stop();
        if (imports != null) {
            imports.close();
            store.commit();
        }
    }
}
