package org.jixiao.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.RecordJson;

/**
 * The records of the corpus samples as their truth files give them: realistic records for store
 * tests that do not depend on extraction.
 */
public final class TruthRecords {

    private TruthRecords() {
    }

    /** The sample directory the build passes as {@code jixiao.corpus}. */
    public static Path corpus() {
        String dir = System.getProperty("jixiao.corpus");
        if (dir == null) {
            throw new IllegalStateException("system property jixiao.corpus is not set (the surefire config sets it)");
        }
        return Path.of(dir);
    }

    public static List<DocumentRecord> all() {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".truth.json")).sorted()
                    .map(TruthRecords::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records a store counts: a scan stored beside its export is its copy ({@link CopyKey#counted}). */
    public static List<DocumentRecord> counted() {
        return CopyKey.counted(all());
    }

    public static DocumentRecord read(Path truthFile) {
        try {
            return RecordJson.mapper().readValue(truthFile.toFile(), DocumentRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + truthFile, e);
        }
    }

    /** The truth file beside a sample: {@code X.pdf} → {@code X.truth.json}. */
    public static Path truthOf(Path sample) {
        String name = sample.getFileName().toString();
        return sample.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".truth.json");
    }
}
