package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.Ruling;
import org.jixiao.ingest.TextElement;
import org.jixiao.ingest.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageImageReaderTest {

    private static final double DPI = 200;
    private static final double SCALE = DPI / 72;
    /** A page of 300 x 200 points: a two-cell row between rules at y 50 and 80, columns at x 50, 150, 250. */
    private static final float WIDTH = 300;
    private static final float HEIGHT = 200;

    /** The detected box of {@link #formWithALine()}'s line. */
    private static final PixelBox LINE = PixelBox.spanning(px(58), px(56), px(92), px(68));

    private static int px(double points) {
        return (int) Math.round(points * SCALE);
    }

    /** The form, with a character in each cell of its first row, 8 points high, 58 to 66 points down. */
    private static GrayImage form() {
        return new Canvas(px(WIDTH), px(HEIGHT))
                .grid(new int[] {px(50), px(150), px(250)}, new int[] {px(50), px(80), px(110)}, 3f)
                .glyph(px(100), px(58), px(8))
                .glyph(px(200), px(58), px(8))
                .image();
    }

    /**
     * Stands in for the model: reports one text line that runs across the middle border (as a detector
     * does when two cells' text sits close to it) and reads every piece it is given as "甲", "乙", …
     */
    private static final class OneLineEngine implements OcrEngine {
        final List<Double> dpis = new ArrayList<>();
        final List<GrayImage> linesRead = new ArrayList<>();

        @Override
        public List<PixelBox> findLines(GrayImage page, double dpi) {
            dpis.add(dpi);
            return List.of(PixelBox.spanning(px(60), px(55), px(240), px(75)));
        }

        @Override
        public List<Recognition> read(List<GrayImage> lines) {
            List<Recognition> read = new ArrayList<>();
            for (GrayImage line : lines) {
                linesRead.add(line);
                String text = List.of("甲", "乙", "丙").get(read.size());
                read.add(new Recognition(List.of(new RecognizedChar(text, 0.8f + 0.1f * read.size(), "", 0f))));
            }
            return read;
        }
    }

    /** The form, with a line of three characters in the first row's left cell, 58 to 66 points down. */
    private static Canvas formWithALine() {
        return new Canvas(px(WIDTH), px(HEIGHT))
                .grid(new int[] {px(50), px(150), px(250)}, new int[] {px(50), px(80), px(110)}, 3f)
                .glyph(px(60), px(58), px(8)).glyph(px(70), px(58), px(8)).glyph(px(80), px(58), px(8));
    }

    /**
     * Stands in for the model: reports the given line boxes, reads a piece wider than 20 points (the
     * first cell's line) as 甲乙丙 and a narrower one (what stands alone in the next cell) as {@code lone}.
     */
    private static OcrEngine cellAndLoneGlyph(Recognition lone, PixelBox... lines) {
        return new OcrEngine() {
            @Override
            public List<PixelBox> findLines(GrayImage page, double dpi) {
                return List.of(lines);
            }

            @Override
            public List<Recognition> read(List<GrayImage> pieces) {
                return pieces.stream().map(piece -> piece.width() > px(20)
                        ? new Recognition(List.of(RecognizedChar.certain("甲"), RecognizedChar.certain("乙"), RecognizedChar.certain("丙")))
                        : lone).toList();
            }
        };
    }

    private static Page read(OneLineEngine engine, GrayImage image) throws OcrException {
        return new PageImageReader(engine, OcrSettings.DEFAULT, TextNormalizer.standard()).read(3, image, WIDTH, HEIGHT, 90);
    }

    @Test
    void aLineAcrossACellBorderBecomesOneElementPerCellInPoints() throws Exception {
        OneLineEngine engine = new OneLineEngine();
        Page page = read(engine, form());

        assertEquals(Page.TextSource.OCR, page.source());
        assertEquals(3, page.number());
        assertEquals(90, page.rotation());
        assertEquals(WIDTH, page.width());
        assertEquals(HEIGHT, page.height());
        assertEquals(DPI, engine.dpis.get(0), 0.5);

        List<TextElement> text = page.text().stream().sorted(Comparator.comparingDouble(e -> e.box().minX())).toList();
        assertEquals(2, text.size(), text.toString());
        assertEquals("甲", text.get(0).text());
        assertEquals("乙", text.get(1).text());
        assertEquals(60, text.get(0).box().minX(), 0.5);
        assertTrue(text.get(0).box().maxX() < 150 && text.get(1).box().minX() > 150, "split at the border: " + text);
        assertEquals(240, text.get(1).box().maxX(), 0.5);
        assertEquals(55, text.get(0).box().minY(), 0.5);
        assertEquals(75, text.get(0).box().maxY(), 0.5);
        assertEquals(0.8f, text.get(0).confidence(), 1e-6);
        assertEquals(0.9f, text.get(1).confidence(), 1e-6);
    }

    @Test
    void rulingsComeOutInPoints() throws Exception {
        Page page = read(new OneLineEngine(), form());
        List<Float> columns = page.rulings().stream().filter(r -> !r.isHorizontal()).map(Ruling::position).sorted().toList();
        List<Float> rows = page.rulings().stream().filter(Ruling::isHorizontal).map(Ruling::position).sorted().toList();
        assertEquals(3, columns.size(), columns.toString());
        assertEquals(3, rows.size(), rows.toString());
        for (int i = 0; i < 3; i++) {
            assertEquals(50 + 100 * i, columns.get(i), 0.5);
            assertEquals(50 + 30 * i, rows.get(i), 0.5);
        }
        Ruling top = page.rulings().stream().filter(Ruling::isHorizontal).min(Comparator.comparing(Ruling::position)).orElseThrow();
        assertEquals(50, top.start(), 1);
        assertEquals(250, top.end(), 1);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.5, 1.5})
    void aSkewedScanIsStraightenedBeforeRulingsAreFound(double degrees) throws Exception {
        Page page = read(new OneLineEngine(), form().rotated(degrees));
        List<Ruling> columns = page.rulings().stream().filter(r -> !r.isHorizontal()).toList();
        List<Ruling> rows = page.rulings().stream().filter(Ruling::isHorizontal).toList();
        assertEquals(3, columns.size(), columns.toString());
        assertEquals(3, rows.size(), rows.toString());
        rows.forEach(r -> assertTrue(r.length() > 195, "a whole rule, not slanted pieces: " + r));
    }

    @Test
    void theRecogniserSeesEachPieceTrimmedToItsInkWithoutTheBorder() throws Exception {
        OneLineEngine engine = new OneLineEngine();
        read(engine, form());
        GrayImage first = engine.linesRead.get(0);
        int inkHeight = px(66) - px(58);
        int margin = (int) Math.round(inkHeight * 0.25);
        assertEquals(inkHeight + 2 * margin, first.height(), 2);
        assertTrue(first.width() <= px(150) - px(60) + 2 * margin, "width " + first.width());
        for (int y = 0; y < first.height(); y++) {
            assertTrue(first.get(first.width() - 1, y) > 200, "the border at the right edge was erased or cut off");
        }
    }

    @Test
    void aLoneSignTheDetectorMissesIsReadFromItsStrokes() throws Exception {
        // the first row's left cell holds a line of text; its right cell a lone = the detector misses
        GrayImage image = formWithALine()
                .line(px(196), px(60.5), px(203), px(60.5), 2.5f).line(px(196), px(63.5), px(203), px(63.5), 2.5f)
                .image();
        // text of the line; nothing for a lone sign, as PP-OCRv4 reads one
        OcrEngine engine = cellAndLoneGlyph(new Recognition(List.of()), LINE);

        Page page = new PageImageReader(engine, OcrSettings.DEFAULT, TextNormalizer.standard()).read(1, image, WIDTH, HEIGHT, 0);

        List<String> texts = page.text().stream().map(TextElement::text).toList();
        assertEquals(List.of("甲乙丙", "="), texts);
        TextElement sign = page.text().get(1);
        assertTrue(sign.box().minX() > 150 && sign.box().maxX() < 250, "the sign stays in its cell: " + sign.box());
    }

    /** {@link #formWithALine()} with a ring as tall as a character alone in the next cell. */
    private static GrayImage formWithARing() {
        return formWithALine()
                .line(px(197), px(58), px(203), px(58), 2.5f).line(px(203), px(58), px(203), px(66), 2.5f)
                .line(px(203), px(66), px(197), px(66), 2.5f).line(px(197), px(66), px(197), px(58), 2.5f)
                .image();
    }

    @Test
    void aRingAsTallAsACharacterReadAsAFullStopIsAZero() throws Exception {
        GrayImage image = formWithARing();
        OcrEngine engine = cellAndLoneGlyph(new Recognition(List.of(new RecognizedChar("。", 0.4f, "o", 0.3f))),
                LINE, PixelBox.spanning(px(195), px(56), px(205), px(68)));

        Page page = new PageImageReader(engine, OcrSettings.DEFAULT, TextNormalizer.standard()).read(1, image, WIDTH, HEIGHT, 0);

        assertEquals(List.of("甲乙丙", "0"), page.text().stream().map(TextElement::text).toList());
    }

    @Test
    void aLoneZeroReadAsNothingIsReadAgainInCopiesThatMayReadItAsOOrZero() throws Exception {
        GrayImage image = formWithARing();
        // PP-OCRv4 reads a scanned 0 alone as nothing, and three copies of it as o00
        OcrEngine engine = new OcrEngine() {
            int calls;

            @Override
            public List<PixelBox> findLines(GrayImage page, double dpi) {
                return List.of(LINE, PixelBox.spanning(px(195), px(56), px(205), px(68)));
            }

            @Override
            public List<Recognition> read(List<GrayImage> pieces) {
                if (calls++ == 0) {
                    return pieces.stream().map(piece -> piece.width() > px(20)
                            ? new Recognition(List.of(RecognizedChar.certain("甲"), RecognizedChar.certain("乙"), RecognizedChar.certain("丙")))
                            : new Recognition(List.of())).toList();
                }
                return pieces.stream().map(copies -> new Recognition(List.of(new RecognizedChar("o", 0.45f, "0", 0.16f),
                        new RecognizedChar("0", 0.38f, "o", 0.35f), new RecognizedChar("0", 0.48f, "o", 0.31f)))).toList();
            }
        };

        Page page = new PageImageReader(engine, OcrSettings.DEFAULT, TextNormalizer.standard()).read(1, image, WIDTH, HEIGHT, 0);

        assertEquals(List.of("甲乙丙", "0"), page.text().stream().map(TextElement::text).toList());
    }

    /** A cell whose line opens with a ≥ (58 to 66 points down) before two characters. */
    private static GrayImage cellOpeningWithASign() {
        return new Canvas(px(WIDTH), px(HEIGHT))
                .grid(new int[] {px(50), px(150), px(250)}, new int[] {px(50), px(80), px(110)}, 3f)
                .line(px(60), px(58), px(66), px(61), 2.5f).line(px(66), px(61), px(60), px(64), 2.5f)
                .line(px(60), px(66), px(66), px(66), 2.5f)
                .glyph(px(70), px(58), px(8)).glyph(px(80), px(58), px(8))
                .image();
    }

    /** Reads the line first as {@code first}, then (without the sign) as {@code again}. */
    private static OcrEngine readingTwice(Recognition first, Recognition again) {
        return new OcrEngine() {
            int calls;

            @Override
            public List<PixelBox> findLines(GrayImage page, double dpi) {
                return List.of(LINE);
            }

            @Override
            public List<Recognition> read(List<GrayImage> pieces) {
                return List.of(calls++ == 0 ? first : again);
            }
        };
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aSignOpeningALineReadAsADigitIsReadFromItsStrokesWhereTheRestAccountsForTheReading(boolean signAmongCandidates)
            throws Exception {
        // ≥92% read as 292%: the 2 with ≥ second, or sure of itself (a figure's 2 that blur made look like a sign)
        RecognizedChar two = signAmongCandidates ? new RecognizedChar("2", 0.87f, "≥", 0.07f) : new RecognizedChar("2", 0.99f, "", 0f);
        Recognition first = new Recognition(List.of(two, RecognizedChar.certain("9"), RecognizedChar.certain("2")));
        Recognition again = new Recognition(List.of(RecognizedChar.certain("9"), RecognizedChar.certain("2")));

        Page page = new PageImageReader(readingTwice(first, again), OcrSettings.DEFAULT, TextNormalizer.standard())
                .read(1, cellOpeningWithASign(), WIDTH, HEIGHT, 0);

        assertEquals(List.of(signAmongCandidates ? "≥92" : "292"), page.text().stream().map(TextElement::text).toList());
    }

    @Test
    void aSignTheRecogniserDroppedIsPutBack() throws Exception {
        // ≥2960 read as 2960: the rest of the line reads the same without the sign
        Recognition first = new Recognition(List.of(RecognizedChar.certain("2"), RecognizedChar.certain("9")));

        Page page = new PageImageReader(readingTwice(first, first), OcrSettings.DEFAULT, TextNormalizer.standard())
                .read(1, cellOpeningWithASign(), WIDTH, HEIGHT, 0);

        assertEquals(List.of("≥29"), page.text().stream().map(TextElement::text).toList());
    }

    @Test
    void aLevelBarAloneReadAsAnUprightStrokeIsADash() throws Exception {
        GrayImage image = formWithALine()
                .line(px(196), px(62), px(204), px(62), 2f)
                .image();
        // PP-OCRv4 reads a scanned — standing alone as 1, with confidence
        OcrEngine engine = cellAndLoneGlyph(new Recognition(List.of(new RecognizedChar("1", 0.93f, "l", 0.03f))),
                LINE, PixelBox.spanning(px(193), px(58), px(207), px(66)));

        Page page = new PageImageReader(engine, OcrSettings.DEFAULT, TextNormalizer.standard()).read(1, image, WIDTH, HEIGHT, 0);

        assertEquals(List.of("甲乙丙", "—"), page.text().stream().map(TextElement::text).toList());
    }
}
