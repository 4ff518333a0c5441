package org.jixiao.cli.indexbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A generated archive: copies of sample PDFs under varied names, in folders of {@value #FILES_PER_FOLDER}.
 * Each copy ends with a PDF comment naming it, so its content hash is its own and the ingest cannot
 * skip it as a duplicate; the pages themselves are the sample's (rewriting text drawn in subset CJK
 * fonts is out of reach of a copy).
 */
public final class BenchArchive {

    static final int FILES_PER_FOLDER = 100;
    private static final String[] CITIES = {"忻州市", "苏州市", "上海市", "池州市", "太原市", "南京市", "杭州市", "合肥市",
            "成都市", "西安市", "长沙市", "郑州市"};

    private BenchArchive() {
    }

    /** Writes {@code count} copies of the PDFs in {@code samples} under {@code archive}; returns the files. */
    public static List<Path> generate(Path samples, Path archive, int count) throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(samples)) {
            pdfs = files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
        if (pdfs.isEmpty()) {
            throw new IOException("no PDF files in " + samples);
        }
        List<byte[]> contents = new ArrayList<>();
        for (Path pdf : pdfs) {
            contents.add(Files.readAllBytes(pdf));
        }
        List<Path> generated = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int sample = i % pdfs.size();
            String city = CITIES[(i / pdfs.size()) % CITIES.length];
            int year = 2018 + (i / (pdfs.size() * CITIES.length)) % 7;
            Path folder = archive.resolve(String.format(Locale.ROOT, "%s-%d-%03d", city, year, i / FILES_PER_FOLDER));
            Path copy = folder.resolve(String.format(Locale.ROOT, "%05d-%s", i, pdfs.get(sample).getFileName()));
            Files.createDirectories(folder);
            byte[] marker = String.format(Locale.ROOT, "\n%%jixiao bench copy %d\n", i).getBytes(StandardCharsets.US_ASCII);
            byte[] bytes = new byte[contents.get(sample).length + marker.length];
            System.arraycopy(contents.get(sample), 0, bytes, 0, contents.get(sample).length);
            System.arraycopy(marker, 0, bytes, contents.get(sample).length, marker.length);
            Files.write(copy, bytes);
            generated.add(copy);
        }
        return generated;
    }
}
