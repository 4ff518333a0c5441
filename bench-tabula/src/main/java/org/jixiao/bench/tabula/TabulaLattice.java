package org.jixiao.bench.tabula;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.PageIterator;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * One PDF through tabula-java's lattice mode, as its command line's {@code --lattice} does it:
 * every page's text and rulings, then the tables the rulings enclose. Called by jixiao's bench worker
 * through {@code Function}, a JDK type, so that no class of either side is shared.
 */
public final class TabulaLattice implements Function<Path, Map<String, Integer>> {

    @Override
    public Map<String, Integer> apply(Path file) {
        int pages = 0;
        int tables = 0;
        SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
        try (PDDocument document = PDDocument.load(file.toFile());
             ObjectExtractor extractor = new ObjectExtractor(document)) {
            PageIterator iterator = extractor.extract();
            while (iterator.hasNext()) {
                Page page = iterator.next();
                tables += lattice.extract(page).size();
                pages++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return Map.of("pages", pages, "tables", tables);
    }

    @Override
    public String toString() {
        return "tabula-java 1.0.5 (lattice)";
    }
}
