package org.jixiao.extract.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.RecordJson;

/** The sample documents beside their truth files, as the build's {@code jixiao.corpus} property names them. */
final class Corpus {

    private Corpus() {
    }

    static Path dir() {
        String dir = System.getProperty("jixiao.corpus");
        if (dir == null) {
            throw new IllegalStateException("system property jixiao.corpus is not set (the build sets it)");
        }
        return Path.of(dir);
    }

    static List<Path> truthFiles() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".truth.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document a truth file describes: its {@code source.path}, beside it (a PDF, a workbook, an image). */
    static Path documentOf(Path truth) {
        return truth.resolveSibling(truth(truth).source().path());
    }

    static DocumentRecord truth(Path truth) {
        try {
            return RecordJson.mapper().readValue(truth.toFile(), DocumentRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException(truth + ": " + e.getMessage(), e);
        }
    }

    static DocumentRecord truth(String name) {
        return truth(dir().resolve(name));
    }

    /** Findings as (rule, page) pairs, sorted, for comparing with the truth. */
    static List<String> rulesAndPages(List<Finding> findings) {
        List<String> keys = new ArrayList<>();
        for (Finding finding : findings) {
            keys.add(finding.rule() + "@" + finding.page());
        }
        Collections.sort(keys);
        return keys;
    }
}
