package org.jixiao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.index.CopyKey;

/** The corpus samples and the records their truth files give. */
final class CorpusTruth {

    static final Path CORPUS = Path.of(System.getProperty("jixiao.corpus"));

    private CorpusTruth() {
    }

    static List<DocumentRecord> all() {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".truth.json")).sorted().map(CorpusTruth::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The corpus folder's own files, not its subfolders: the generated variations under it are a corpus
     * of their own, scored by their own test.
     */
    static List<String> files() {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(Files::isRegularFile).sorted().map(Path::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records an index counts: a scan stored beside its export is its copy, not counted again. */
    static List<DocumentRecord> counted() {
        return CopyKey.counted(all());
    }

    /** The record of a sample, by its name without extension. */
    static DocumentRecord of(String sample) {
        return read(CORPUS.resolve(sample + ".truth.json"));
    }

    private static DocumentRecord read(Path truth) {
        try {
            return RecordJson.mapper().readValue(truth.toFile(), DocumentRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + truth, e);
        }
    }
}
