package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkewEstimatorTest {

    private static GrayImage formPage() {
        Canvas page = new Canvas(1240, 1750).grid(new int[] {100, 400, 800, 1140}, new int[] {200, 260, 320, 380, 440, 500}, 3f);
        for (int row = 0; row < 20; row++) {
            for (int x = 120; x < 1100; x += 28) {
                page.glyph(x, 600 + row * 50, 23);
            }
        }
        return page.image();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-3.0, -1.5, -0.4, 0.0, 0.7, 1.5, 2.5})
    void findsTheAngleAPageWasTurnedBy(double degrees) {
        GrayImage turned = formPage().rotated(degrees);
        assertEquals(degrees, new SkewEstimator(OcrSettings.Skew.DEFAULT).estimate(turned), 0.06);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.5, 1.5})
    void turningBackByTheEstimateStraightensThePage(double degrees) {
        SkewEstimator estimator = new SkewEstimator(OcrSettings.Skew.DEFAULT);
        GrayImage turned = formPage().rotated(degrees);
        GrayImage straightened = turned.rotated(-estimator.estimate(turned));
        assertEquals(0.0, estimator.estimate(straightened), 0.06);
    }

    @org.junit.jupiter.api.Test
    void aBlankPageHasNoSkew() {
        assertEquals(0.0, new SkewEstimator(OcrSettings.Skew.DEFAULT).estimate(new Canvas(800, 1000).image()));
    }
}
