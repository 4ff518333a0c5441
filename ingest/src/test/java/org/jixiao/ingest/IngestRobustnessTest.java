package org.jixiao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import org.jixiao.ingest.IngestException.Reason;
import org.jixiao.ingest.office.OfficeSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input of every kind gets one error naming the file, with the reason, in bounded time:
 * never a hang, an out-of-memory error or a stack trace.
 */
class IngestRobustnessTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final DocumentLoader loader = new AutoDetectLoader();

    @Test
    void loadsAGoodPdf() throws Exception {
        SourceDocument document = loader.load(PdfSamples.text(dir.resolve("good.pdf"), 2), LoadOptions.DEFAULT);
        assertEquals(2, document.pageCount());
        assertEquals("application/pdf", document.mediaType());
        assertTrue(document.pages().get(0).text().size() > 10);
        assertTrue(document.pages().get(0).rulings().size() >= 4);
    }

    @Test
    void refusesAMissingFileAndADirectory() {
        assertRefused(dir.resolve("absent.pdf"), LoadOptions.DEFAULT, Reason.NOT_FOUND);
        assertRefused(dir, LoadOptions.DEFAULT, Reason.NOT_FOUND);
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertRefused(Files.createFile(dir.resolve("empty.pdf")), LoadOptions.DEFAULT, Reason.EMPTY);
    }

    @Test
    void refusesATextFileWhateverItsName() throws IOException {
        Path text = Files.writeString(dir.resolve("申报表.pdf"), "项目名称,金额\n智慧医保,100\n");
        IngestException e = assertRefused(text, LoadOptions.DEFAULT, Reason.UNSUPPORTED_TYPE);
        assertTrue(e.getMessage().contains("text/plain"), e.getMessage());
    }

    @Test
    void refusesATruncatedPdf() throws IOException {
        Path good = PdfSamples.text(dir.resolve("whole.pdf"), 3);
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(bytes, bytes.length / 3));
        assertRefused(truncated, LoadOptions.DEFAULT, Reason.CORRUPT);
    }

    @Test
    void asksForThePasswordOfAnEncryptedPdf() throws Exception {
        Path pdf = PdfSamples.encrypted(dir.resolve("encrypted.pdf"), "s3cret");
        IngestException missing = assertRefused(pdf, LoadOptions.DEFAULT, Reason.ENCRYPTED);
        assertTrue(missing.getMessage().contains("--password"), missing.getMessage());
        assertRefused(pdf, LoadOptions.DEFAULT.withPassword("wrong"), Reason.ENCRYPTED);
        assertEquals(1, loader.load(pdf, LoadOptions.DEFAULT.withPassword("s3cret")).pageCount());
    }

    @Test
    void refusesAPageOfAbsurdSize() throws IOException {
        Path pdf = PdfSamples.blank(dir.resolve("huge-page.pdf"), 1, 20_000, 20_000);
        IngestException e = assertRefused(pdf, LoadOptions.DEFAULT, Reason.TOO_LARGE);
        assertEquals(1, e.page());
        assertTrue(e.getMessage().contains("(page 1)"), e.getMessage());
    }

    @Test
    void refusesThousandsOfPages() throws IOException {
        Path pdf = PdfSamples.blank(dir.resolve("6000-pages.pdf"), 6_000, 595, 842);
        IngestException e = assertRefused(pdf, LoadOptions.DEFAULT, Reason.TOO_LARGE);
        assertTrue(e.getMessage().contains("6000 pages"), e.getMessage());
    }

    @Test
    void neverDecodesAnImageOfAbsurdDimensions() throws IOException {
        // the text route never decodes images: the page loads at once, without its image
        Path pdf = PdfSamples.absurdImage(dir.resolve("giant-image.pdf"), 200_000);
        SourceDocument document = assertTimeoutPreemptively(BOUND,
                () -> loader.load(pdf, LoadOptions.DEFAULT.withOcr(LoadOptions.OcrMode.NEVER)));
        assertEquals(1, document.pageCount());
    }

    @Test
    void refusesAnImageFileOfAbsurdDimensions() throws IOException {
        // a PNG header claiming 100000 × 100000 pixels, followed by nothing
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 1, (byte) 0x86, (byte) 0xa0, 0, 1, (byte) 0x86, (byte) 0xa0, 8, 2, 0, 0, 0, 0, 0, 0, 0};
        Path image = Files.write(dir.resolve("scan.png"), png);
        IngestException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(IngestException.class, () -> loader.load(image, LoadOptions.DEFAULT)));
        // no route for images yet (UNSUPPORTED_TYPE); the OCR route refuses it by its pixel count
        assertTrue(Set.of(Reason.UNSUPPORTED_TYPE, Reason.TOO_LARGE).contains(e.reason()), e.reason().name());
        assertTrue(e.getMessage().startsWith(image.toString()), e.getMessage());
    }

    @Test
    void refusesAZipBombInsideAWorkbook() throws IOException {
        Path bomb = OfficeSamples.zipBombXlsx(dir, 256L << 20);
        assertRefused(bomb, LoadOptions.DEFAULT, Reason.TOO_LARGE);
    }

    @Test
    void refusesAFileLargerThanTheLimit() throws IOException {
        Path pdf = PdfSamples.text(dir.resolve("big.pdf"), 1);
        LoadOptions small = new LoadOptions(null, LoadOptions.OcrMode.AUTO,
                new LoadOptions.Limits(100, 5_000, 14_400f, 100_000_000L));
        assertRefused(pdf, small, Reason.TOO_LARGE);
    }

    @Test
    void refusesRandomBytes() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new java.util.Random(42).nextBytes(noise);
        noise[0] = '%';
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, noise, 0, 9);
        assertRefused(Files.write(dir.resolve("noise.pdf"), noise), LoadOptions.DEFAULT, Reason.CORRUPT);
    }

    /** Asserts a refusal with the reason, a one-line message that names the file, in bounded time. */
    private IngestException assertRefused(Path file, LoadOptions options, Reason reason) {
        IngestException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(IngestException.class, () -> loader.load(file, options)));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }
}
