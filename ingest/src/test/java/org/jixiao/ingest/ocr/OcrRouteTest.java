package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jixiao.ingest.AutoDetectLoader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.LoadOptions.OcrMode;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.SourceDocument;
import org.jixiao.ingest.TextNormalizer;
import org.junit.jupiter.api.Test;

/** The route's dispatch, with an engine that reads every line as "文" so no model is needed. */
class OcrRouteTest {

    private static class StubEngine implements OcrEngine {
        @Override
        public List<PixelBox> findLines(GrayImage page, double dpi) {
            return List.of(new PixelBox(10, 10, 100, 20));
        }

        @Override
        public List<Recognition> read(List<GrayImage> lines) {
            return lines.stream().map(l -> new Recognition(List.of(RecognizedChar.certain("文")))).toList();
        }
    }

    private static final class FailingEngine implements OcrEngine {
        @Override
        public List<PixelBox> findLines(GrayImage page, double dpi) throws OcrException {
            throw new OcrException("model exploded", null);
        }

        @Override
        public List<Recognition> read(List<GrayImage> lines) {
            return List.of();
        }
    }

    private static SourceDocument load(OcrEngine engine, String sample, LoadOptions options) throws IngestException {
        OcrRoute route = new OcrRoute(engine, OcrSettings.DEFAULT, TextNormalizer.standard());
        return new AutoDetectLoader(TextNormalizer.standard(), route).load(Corpus.file(sample), options);
    }

    @Test
    void scannedPagesGoToOcrAndBornDigitalPagesDoNot() throws Exception {
        SourceDocument scan = load(new StubEngine(), "shanghai-2021-targets.scan.pdf", LoadOptions.DEFAULT);
        assertEquals(List.of(1, 2, 3, 4), scan.ocrPages());
        scan.pages().forEach(p -> assertEquals("文", p.text().get(0).text()));

        SourceDocument bornDigital = load(new StubEngine(), "shanghai-2021-targets.pdf", LoadOptions.DEFAULT);
        assertEquals(List.of(), bornDigital.ocrPages());
    }

    @Test
    void ocrModesOverrideTheCheck() throws Exception {
        SourceDocument always = load(new StubEngine(), "shanghai-2021-targets.pdf", LoadOptions.DEFAULT.withOcr(OcrMode.ALWAYS));
        assertEquals(List.of(1, 2, 3, 4), always.ocrPages());

        SourceDocument never = load(new StubEngine(), "shanghai-2021-targets.scan.pdf", LoadOptions.DEFAULT.withOcr(OcrMode.NEVER));
        assertEquals(List.of(), never.ocrPages());
        never.pages().forEach(p -> assertTrue(p.text().isEmpty()));
    }

    @Test
    void imageFilesArePagesOneFramePerPage() throws Exception {
        SourceDocument tiff = load(new StubEngine(), "shanghai-2021-targets-p1-2.scan.tif", LoadOptions.DEFAULT);
        assertEquals("image/tiff", tiff.mediaType());
        assertEquals(List.of(1, 2), tiff.ocrPages());
        assertEquals(595.4f, tiff.pages().get(0).width(), 0.5f);

        SourceDocument unread = load(new StubEngine(), "shanghai-2021-targets-p1-2.scan.tif", LoadOptions.DEFAULT.withOcr(OcrMode.NEVER));
        assertEquals(2, unread.pageCount());
        unread.pages().forEach(p -> assertTrue(p.text().isEmpty()));
    }

    @Test
    void reportsProgressPageByPage() throws Exception {
        List<Integer> pagesRead = Collections.synchronizedList(new ArrayList<>());
        List<Path> files = Collections.synchronizedList(new ArrayList<>());
        LoadOptions options = LoadOptions.DEFAULT.withProgress((file, page, read, count) -> {
            pagesRead.add(read);
            files.add(file);
            assertEquals(4, count);
        });
        load(new StubEngine(), "shanghai-2021-targets.scan.pdf", options);
        assertEquals(List.of(1, 2, 3, 4), pagesRead.stream().sorted().toList());
        assertEquals(Corpus.file("shanghai-2021-targets.scan.pdf"), files.get(0));
    }

    @Test
    void anEngineFailureNamesTheFileAndPage() {
        IngestException e = assertThrows(IngestException.class,
                () -> load(new FailingEngine(), "shanghai-2021-targets.scan.pdf", LoadOptions.DEFAULT));
        assertEquals(IngestException.Reason.OCR_FAILED, e.reason());
        assertEquals(1, e.page());
        assertTrue(e.getMessage().contains("shanghai-2021-targets.scan.pdf (page 1): OCR failed: model exploded"), e.getMessage());
    }

    @Test
    void anImageOverThePixelLimitIsRefused() {
        LoadOptions tight = LoadOptions.DEFAULT.withLimits(new LoadOptions.Limits(1L << 30, 100, 14_400f, 1_000_000L));
        IngestException e = assertThrows(IngestException.class,
                () -> load(new StubEngine(), "shanghai-2021-targets-p1-2.scan.tif", tight));
        assertEquals(IngestException.Reason.TOO_LARGE, e.reason());
    }

    @Test
    void aPdfPageTooLargeToRenderAtTheOcrResolutionIsRenderedCoarser() throws Exception {
        List<Integer> widths = Collections.synchronizedList(new ArrayList<>());
        OcrEngine measuring = new StubEngine() {
            @Override
            public List<PixelBox> findLines(GrayImage page, double dpi) {
                widths.add(page.width());
                return List.of();
            }
        };
        LoadOptions tight = LoadOptions.DEFAULT.withLimits(new LoadOptions.Limits(1L << 30, 100, 14_400f, 1_000_000L));
        SourceDocument scan = load(measuring, "shanghai-2021-targets.scan.pdf", tight);
        assertEquals(4, scan.ocrPages().size());
        widths.forEach(w -> assertTrue(w <= 841 && w > 800, "rendered width " + w)); // √(10⁶ × 595/842) ≈ 841
    }
}
