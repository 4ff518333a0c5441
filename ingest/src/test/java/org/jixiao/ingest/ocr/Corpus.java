package org.jixiao.ingest.ocr;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared sample documents (corpus-samples/), as the build tells the tests where they are. */
final class Corpus {

    private Corpus() {
    }

    static Path file(String name) {
        String dir = System.getProperty("jixiao.corpus");
        if (dir == null) {
            throw new IllegalStateException("system property jixiao.corpus is not set (the build sets it)");
        }
        Path file = Path.of(dir, name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing sample " + file);
        }
        return file;
    }
}
