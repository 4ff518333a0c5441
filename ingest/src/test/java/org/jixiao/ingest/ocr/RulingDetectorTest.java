package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulingDetectorTest {

    /** 200 dpi, the route's resolution. */
    private static final double PIXELS_PER_POINT = 200 / 72.0;

    private final RulingDetector detector = new RulingDetector(OcrSettings.Rulings.DEFAULT);

    private static List<RulingDetector.Line> horizontal(List<RulingDetector.Line> lines) {
        return lines.stream().filter(RulingDetector.Line::horizontal)
                .sorted(Comparator.comparingDouble(RulingDetector.Line::position)).toList();
    }

    private static List<RulingDetector.Line> vertical(List<RulingDetector.Line> lines) {
        return lines.stream().filter(l -> !l.horizontal())
                .sorted(Comparator.comparingDouble(RulingDetector.Line::position)).toList();
    }

    @Test
    void findsEveryLineOfAGridAtItsPosition() {
        int[] xs = {100, 400, 700, 1000};
        int[] ys = {100, 180, 260, 340, 420};
        List<RulingDetector.Line> lines = detector.detect(new Canvas(1100, 500).grid(xs, ys, 3f).image(), PIXELS_PER_POINT);

        List<RulingDetector.Line> rows = horizontal(lines);
        List<RulingDetector.Line> columns = vertical(lines);
        assertEquals(ys.length, rows.size(), "horizontal lines " + rows);
        assertEquals(xs.length, columns.size(), "vertical lines " + columns);
        for (int i = 0; i < ys.length; i++) {
            assertEquals(ys[i], rows.get(i).position(), 1.0);
            assertEquals(xs[0], rows.get(i).start(), 3);
            assertEquals(xs[xs.length - 1], rows.get(i).end(), 3);
        }
        for (int i = 0; i < xs.length; i++) {
            assertEquals(xs[i], columns.get(i).position(), 1.0);
        }
    }

    @Test
    void ignoresTextStrokesInsideCells() {
        Canvas page = new Canvas(1100, 500).grid(new int[] {100, 600, 1000}, new int[] {100, 200, 300}, 3f);
        for (int x = 120; x < 560; x += 28) {
            page.glyph(x, 130, 23); // a row of 10-point characters, 28 pixels apart at 200 dpi
        }
        List<RulingDetector.Line> lines = detector.detect(page.image(), PIXELS_PER_POINT);
        assertEquals(3, horizontal(lines).size(), "strokes taken for rules: " + horizontal(lines));
        assertEquals(3, vertical(lines).size(), "strokes taken for rules: " + vertical(lines));
    }

    @Test
    void joinsALineBrokenByScanningDropouts() {
        Canvas page = new Canvas(1100, 300)
                .line(100, 150, 480, 150, 3f)
                .line(484, 150, 1000, 150, 3f); // a 4-pixel gap, 1.4 points
        List<RulingDetector.Line> rows = horizontal(detector.detect(page.image(), PIXELS_PER_POINT));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(900, rows.get(0).length(), 4);
    }

    @Test
    void keepsAShortBorderThatMeetsALongRuleAndDropsALoneShortStroke() {
        int rowHeight = (int) (18 * PIXELS_PER_POINT); // one row of a form: shorter than a lone rule must be
        Canvas page = new Canvas(1100, 400)
                .line(100, 100, 1000, 100, 3f)
                .line(100, 100 + rowHeight, 1000, 100 + rowHeight, 3f)
                .line(500, 100, 500, 100 + rowHeight, 3f)
                .line(800, 250, 800, 250 + rowHeight, 3f); // the same length, touching nothing
        List<RulingDetector.Line> columns = vertical(detector.detect(page.image(), PIXELS_PER_POINT));
        assertEquals(1, columns.size(), columns.toString());
        assertEquals(500, columns.get(0).position(), 1.0);
    }

    @Test
    void aStrokeSetAgainstABorderIsNoRule() {
        int rowHeight = (int) (18 * PIXELS_PER_POINT);
        Canvas page = new Canvas(1100, 400)
                .line(100, 100, 1000, 100, 3f)
                .line(100, 100 + rowHeight, 1000, 100 + rowHeight, 3f)
                .line(500, 100, 500, 100 + rowHeight, 3f)
                .line(500, 130, 540, 130, 3f); // the bottom stroke of 上, touching the border at 500
        List<RulingDetector.Line> rows = horizontal(detector.detect(page.image(), PIXELS_PER_POINT));
        assertEquals(2, rows.size(), rows.toString());
    }

    @Test
    void aFilledAreaIsNoLine() {
        Canvas page = new Canvas(1100, 400).fill(100, 100, 900, 60).line(100, 300, 1000, 300, 3f);
        List<RulingDetector.Line> rows = horizontal(detector.detect(page.image(), PIXELS_PER_POINT));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(300, rows.get(0).position(), 1.0);
    }

    @Test
    void measuresThickness() {
        List<RulingDetector.Line> rows = horizontal(detector.detect(
                new Canvas(1100, 300).line(100, 150, 1000, 150, 5f).image(), PIXELS_PER_POINT));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).thickness() >= 5 && rows.get(0).thickness() <= 7, "thickness " + rows.get(0).thickness());
    }
}
