package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignShapeTest {

    private static final int INK = 160;

    /** A glyph drawn in a cell {@code size} pixels high, its strokes a tenth of that, softened like a scan when asked. */
    private static GrayImage draw(String glyph, int size, boolean blurred) {
        int w = size;
        int h = size * 3 / 2;
        float stroke = Math.max(1.5f, size / 10f);
        int top = size / 4;
        int left = size / 5;
        int right = size * 4 / 5;
        Canvas canvas = new Canvas(w, h);
        switch (glyph) {
            case "=" -> canvas.line(left, top + size * 0.35, right, top + size * 0.35, stroke)
                    .line(left, top + size * 0.65, right, top + size * 0.65, stroke);
            case "≥" -> canvas.line(left, top, right, top + size * 0.35, stroke).line(right, top + size * 0.35, left, top + size * 0.7, stroke)
                    .line(left, top + size * 0.95, right, top + size * 0.95, stroke);
            case "≤" -> canvas.line(right, top, left, top + size * 0.35, stroke).line(left, top + size * 0.35, right, top + size * 0.7, stroke)
                    .line(left, top + size * 0.95, right, top + size * 0.95, stroke);
            case ">" -> canvas.line(left, top, right, top + size * 0.45, stroke).line(right, top + size * 0.45, left, top + size * 0.9, stroke);
            case "<" -> canvas.line(right, top, left, top + size * 0.45, stroke).line(left, top + size * 0.45, right, top + size * 0.9, stroke);
            // a 2: a hook over a diagonal that runs into its foot
            case "2" -> canvas.line(left, top + size * 0.2, size / 2.0, top, stroke).line(size / 2.0, top, right, top + size * 0.25, stroke)
                    .line(right, top + size * 0.25, left, top + size * 0.95, stroke).line(left, top + size * 0.95, right, top + size * 0.95, stroke);
            // 二: a short bar over a long one
            case "二" -> canvas.line(left + size * 0.12, top + size * 0.25, right - size * 0.12, top + size * 0.25, stroke)
                    .line(left - size * 0.05, top + size * 0.85, right + size * 0.05, top + size * 0.85, stroke);
            case "三" -> canvas.line(left, top + size * 0.1, right, top + size * 0.1, stroke)
                    .line(left, top + size * 0.5, right, top + size * 0.5, stroke).line(left, top + size * 0.9, right, top + size * 0.9, stroke);
            case "-" -> canvas.line(left, top + size * 0.5, right, top + size * 0.5, stroke);
            case "(" -> canvas.line(size * 0.6, top, size * 0.45, top + size * 0.5, stroke).line(size * 0.45, top + size * 0.5, size * 0.6, top + size, stroke);
            // 个: a roof over a stem
            case "个" -> canvas.line(size / 2.0, top, left, top + size * 0.4, stroke).line(size / 2.0, top, right, top + size * 0.4, stroke)
                    .line(size / 2.0, top + size * 0.3, size / 2.0, top + size, stroke);
            case "0" -> canvas.line(left, top, right, top, stroke).line(right, top, right, top + size, stroke)
                    .line(right, top + size, left, top + size, stroke).line(left, top + size, left, top, stroke);
            default -> throw new IllegalArgumentException(glyph);
        }
        GrayImage image = canvas.image();
        return blurred ? image.resized(w / 2, h / 2).resized(w, h) : image;
    }

    @ParameterizedTest
    @CsvSource({"=, 12", "=, 20", "=, 32", "≥, 14", "≥, 20", "≥, 32", "≤, 14", "≤, 20", "≤, 32",
            ">, 14", ">, 24", "<, 14", "<, 24"})
    void aSignIsReadFromItsStrokes(String sign, int size) {
        assertEquals(Optional.of(sign), SignShape.of(draw(sign, size, false), INK));
    }

    @ParameterizedTest
    @ValueSource(ints = {14, 20, 32})
    void oneLevelBarAloneIsADash(int size) {
        assertEquals(Optional.of(SignShape.DASH), SignShape.of(draw("-", size, false), INK));
        if (size > 14) { // softened at 14 px the bar fades below the ink threshold
            assertEquals(Optional.of(SignShape.DASH), SignShape.of(draw("-", size, true), INK));
        }
    }

    @ParameterizedTest
    @CsvSource({"=, 20", "=, 32", "≥, 20", "≥, 32", "≤, 20", "≤, 32"})
    void aSoftenedSignIsReadToo(String sign, int size) {
        assertEquals(Optional.of(sign), SignShape.of(draw(sign, size, true), INK));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "二", "三", "(", "个", "0"})
    void whatIsNoSignIsNone(String glyph) {
        for (int size : new int[] {14, 20, 32}) {
            assertEquals(Optional.empty(), SignShape.of(draw(glyph, size, false), INK), glyph + " at " + size + " px");
        }
        // softened at 14 px a stroke can fade away: 三 without one bar is two bars, as = is
        for (int size : new int[] {20, 32}) {
            assertEquals(Optional.empty(), SignShape.of(draw(glyph, size, true), INK), glyph + " softened, at " + size + " px");
        }
    }

    /** Lone glyphs cut out of generated paper scans (150–200 dpi, gray paper, JPEG) as the recogniser got them. */
    @ParameterizedTest
    @CsvSource({"equals-1, =", "equals-2, =", "at-least-1, ≥", "at-least-2, ≥", "at-least-3, ≥", "at-least-4, ≥",
            "at-most-1, ≤", "none-ge, ", "none-5, ", "none-0, ", "none-percent, ", "none-87, ", "none-x, "})
    void signsCutOutOfScans(String name, String sign) throws IOException {
        GrayImage glyph;
        try (InputStream in = SignShapeTest.class.getResourceAsStream("glyphs/" + name + ".png")) {
            glyph = GrayImage.of(ImageIO.read(in));
        }
        assertEquals(Optional.ofNullable(sign), SignShape.of(glyph, INK), name);
    }
}
