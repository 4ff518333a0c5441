package org.jixiao.extract.eval;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared samples are: the build passes their directory as {@code jixiao.corpus}. */
final class Corpus {

    private Corpus() {
    }

    static Path directory() {
        String corpus = System.getProperty("jixiao.corpus");
        assertNotNull(corpus, "system property jixiao.corpus is not set (the build sets it to corpus-samples/)");
        Path directory = Path.of(corpus);
        assertTrue(Files.isDirectory(directory), "no corpus directory " + directory);
        return directory;
    }
}
