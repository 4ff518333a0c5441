package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jixiao.index.IndexUnavailableException;
import org.jixiao.index.RecordStore;
import org.jixiao.ingest.AutoDetectLoader;
import org.jixiao.ingest.IngestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao remove FILE|SHA256...}: takes documents out of the index. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove documents from the index, named by file (its content is hashed) or by SHA-256; "
                + "each document's records go in one step.")
final class RemoveCommand implements Callable<Integer> {

    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Spec
    CommandSpec spec;

    @Parameters(descriptionKey = "remove-documents", arity = "1..*", paramLabel = "FILE|SHA256", description = "Files as they were ingested, or their SHA-256.")
    List<String> documents;

    @Mixin
    DataOptions data;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "0",
            description = "While an import holds the index, wait at most this long; 0 waits until it ends. Default: ${DEFAULT-VALUE}.")
    int waitSeconds;

    /** The index for writing; while an ingest holds it, says so once and waits for it to finish. */
    private RecordStore openWhenFree(PrintWriter err) throws IOException {
        long deadline = waitSeconds == 0 ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
        boolean told = false;
        while (true) {
            try {
                return data.openExisting();
            } catch (IndexUnavailableException.Locked locked) {
                if (System.nanoTime() + POLL.toNanos() > deadline) {
                    throw locked;
                }
                if (!told) {
                    err.println("jixiao remove: " + ErrorHandler.lockedMessage(locked) + "；等它结束后再删除 (waiting)…");
                    err.flush();
                    told = true;
                }
                try {
                    Thread.sleep(POLL.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw locked;
                }
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int removed = 0;
        int missing = 0;
        try (RecordStore store = openWhenFree(err)) {
            Set<String> stored = store.storedHashes();
            for (String document : documents) {
                try {
                    String sha256 = SHA256.matcher(document).matches() ? document : AutoDetectLoader.sha256(Path.of(document));
                    if (stored.contains(sha256)) {
                        store.delete(sha256);
                        removed++;
                    } else {
                        missing++;
                        err.println("jixiao remove: 索引中没有 (not in the index): " + document);
                    }
                } catch (IngestException e) {
                    missing++;
                    err.println("jixiao: " + e.getMessage());
                }
            }
            store.commit();
        }
        out.println("已删除 " + removed + " 个文件 (removed)");
        out.flush();
        err.flush();
        return missing == 0 ? 0 : 1;
    }
}
