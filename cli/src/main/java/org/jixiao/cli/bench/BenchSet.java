package org.jixiao.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jixiao.ingest.DocumentLoader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.SourceDocument;

/**
 * The born-digital PDFs of one benchmark argument (a directory or a file). PDFs without any text
 * layer are scans: they are left out, since OCR is not what the benchmark compares.
 *
 * @param skipped PDFs left out for want of a text layer
 */
public record BenchSet(String name, List<Path> files, List<Path> skipped) {

    public BenchSet {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    public static BenchSet of(Path input, DocumentLoader loader) throws IOException, IngestException {
        List<Path> pdfs;
        if (Files.isDirectory(input)) {
            try (Stream<Path> listing = Files.list(input)) {
                pdfs = listing.filter(Files::isRegularFile)
                        .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                        .sorted().toList();
            }
        } else {
            pdfs = List.of(input);
        }
        List<Path> bornDigital = new ArrayList<>();
        List<Path> scans = new ArrayList<>();
        LoadOptions textLayerOnly = LoadOptions.DEFAULT.withOcr(LoadOptions.OcrMode.NEVER);
        for (Path pdf : pdfs) {
            SourceDocument document = loader.load(pdf, textLayerOnly);
            boolean hasText = document.pages().stream().map(Page::text).anyMatch(text -> !text.isEmpty());
            (hasText ? bornDigital : scans).add(pdf);
        }
        return new BenchSet(input.toString(), bornDigital, scans);
    }
}
