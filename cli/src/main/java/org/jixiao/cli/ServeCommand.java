package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jixiao.extract.Pipeline;
import org.jixiao.index.RecordStore;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.web.ServeSettings;
import org.jixiao.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jixiao serve}: the web application over the index, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the archive in the browser (搜索, 对比, 审核, 文档, 导入) and as a JSON API under /api.",
                "Read-only unless --allow-import; writes then need the token printed at start-up."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--port", defaultValue = "8080", description = "Port. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 for the intranet.")
    String bind;

    @Option(names = "--allow-import", description = "Allow imports (upload, server folder) and review marks.")
    boolean allowImport;

    @Mixin
    DocumentOptions documents;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        LoadOptions options = documents.loadOptions();
        Pipeline pipeline = documents.pipeline();
        ServeSettings settings = new ServeSettings(data.dir, bind, port, allowImport);
        try (RecordStore store = allowImport ? data.openForWriting() : data.openForReading();
             WebServer server = new WebServer(settings, store, file -> pipeline.run(file, options).record())) {
            server.start();
            CountDownLatch stopped = new CountDownLatch(1);
            Thread shutdown = new Thread(() -> {
                try {
                    server.close(); // an import cut short commits what it stored and resumes at the next start
                } catch (IOException e) {
                    System.err.println("jixiao serve: " + e.getMessage());
                } finally {
                    stopped.countDown();
                }
            }, "jixiao-serve-stop");
            Runtime.getRuntime().addShutdownHook(shutdown);
            out.printf("jixiao serve: http://%s:%d/ (index %s, %s)%n", bind.contains(":") ? "[" + bind + "]" : bind,
                    server.port(), data.describe(), allowImport ? "imports allowed" : "read-only");
            if (allowImport) {
                out.printf("import token: %s  (log in at /login, or send it as the X-Jixiao-Token header)%n", server.token());
            }
            out.flush();
            stopped.await();
        }
        return 0;
    }
}
