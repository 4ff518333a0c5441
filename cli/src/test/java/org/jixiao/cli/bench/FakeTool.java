package org.jixiao.cli.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/** A tool for {@link IsolatedJarWorkloadTest}: counts the bytes of a file as pages, and names its class's identity. */
public final class FakeTool implements Function<Path, Map<String, Integer>> {

    @Override
    public Map<String, Integer> apply(Path file) {
        try {
            return Map.of("pages", (int) java.nio.file.Files.size(file), "tables", 1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "fake tool " + System.identityHashCode(getClass());
    }
}
