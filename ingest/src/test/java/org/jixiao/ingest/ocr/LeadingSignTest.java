package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadingSignTest {

    private static final int INK = 160;

    private static GrayImage line(String name) throws IOException {
        try (InputStream in = LeadingSignTest.class.getResourceAsStream("lines/" + name + ".png")) {
            return GrayImage.of(ImageIO.read(in));
        }
    }

    /**
     * Lines cut out of generated paper scans as the recogniser got them, and what PP-OCRv4 read: ≥92% as
     * 292%, ≥2960人 as 2960人, ≥34公里 as 34公里 (the sign's bar close under the 3), ≤85元 as 585元; real
     * 2s of figures, whose hook turns back at the top; 二 and 一 opening 二级指标 and 一级指标.
     */
    @ParameterizedTest
    @CsvSource({"at-least-292pct, ≥", "at-least-2960, ≥", "at-least-34km, ≥", "at-most-85, ≤", "at-least-96pct-read, ≥",
            "two-298.49, ", "two-2292.00, ", "two-25489, ", "er-erji, ", "yi-yiji, "})
    void aSignOpeningALineIsReadFromItsStrokes(String name, String sign) throws IOException {
        assertEquals(Optional.ofNullable(sign), LeadingSign.of(line(name), INK).map(LeadingSign.Found::sign), name);
    }

    @Test
    void theRestOfTheLineKeepsItsInkAndLosesTheSigns() throws IOException {
        GrayImage line = line("at-least-292pct");
        GrayImage rest = LeadingSign.of(line, INK).orElseThrow().rest();
        int signEnd = firstInkColumn(line);
        while (inkIn(line, signEnd)) {
            signEnd++;
        }
        for (int x = 0; x < signEnd; x++) {
            for (int y = 0; y < line.height(); y++) {
                assertTrue(rest.get(x, y) >= 200, "the sign's column " + x + " keeps gray " + rest.get(x, y));
            }
        }
        for (int x = signEnd + 2; x < line.width(); x++) {
            for (int y = 0; y < line.height(); y++) {
                assertEquals(line.get(x, y), rest.get(x, y), "the rest of the line at " + x + "," + y);
            }
        }
    }

    @Test
    void aLoneSignIsNoSignOpeningALine() {
        GrayImage sign = new Canvas(40, 30).line(10, 6, 30, 12, 2f).line(30, 12, 10, 18, 2f).line(10, 23, 30, 23, 2f).image();
        assertEquals(Optional.empty(), LeadingSign.of(sign, INK));
    }

    private static int firstInkColumn(GrayImage image) {
        int x = 0;
        while (!inkIn(image, x)) {
            x++;
        }
        return x;
    }

    private static boolean inkIn(GrayImage image, int x) {
        for (int y = 0; y < image.height(); y++) {
            if (image.get(x, y) < INK) {
                return true;
            }
        }
        return false;
    }
}
