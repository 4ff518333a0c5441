package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jixiao.index.lucene.LuceneRecordStore;
import org.jixiao.ingest.AutoDetectLoader;
import org.jixiao.ingest.IngestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao remove FILE|SHA256...}: takes documents out of the index. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove documents from the index, named by file (its content is hashed) or by SHA-256; "
                + "each document's records go in one step.")
final class RemoveCommand implements Callable<Integer> {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|SHA256", description = "Files as they were ingested, or their SHA-256.")
    List<String> documents;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int removed = 0;
        int missing = 0;
        try (LuceneRecordStore store = LuceneRecordStore.open(data.dir, data.synonyms())) {
            Set<String> stored = store.storedHashes();
            for (String document : documents) {
                try {
                    String sha256 = SHA256.matcher(document).matches() ? document : AutoDetectLoader.sha256(Path.of(document));
                    if (stored.contains(sha256)) {
                        store.delete(sha256);
                        removed++;
                    } else {
                        missing++;
                        err.println("jixiao: not in the index: " + document);
                    }
                } catch (IngestException e) {
                    missing++;
                    err.println("jixiao: " + e.getMessage());
                }
            }
            store.commit();
        }
        out.println(removed + " documents removed");
        out.flush();
        err.flush();
        return missing == 0 ? 0 : 1;
    }
}
