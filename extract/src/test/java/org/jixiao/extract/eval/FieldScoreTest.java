package org.jixiao.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FieldScoreTest {

    @Test
    void precisionRecallAndF1FromCounts() {
        FieldScore score = new FieldScore(6, 2, 4);
        assertEquals(0.75, score.precision(), 1e-12);
        assertEquals(0.6, score.recall(), 1e-12);
        assertEquals(2 * 0.75 * 0.6 / 1.35, score.f1(), 1e-12);
        assertEquals(10, score.support());
    }

    @Test
    void nothingToFindAndNothingFoundIsPerfect() {
        assertEquals(1.0, FieldScore.EMPTY.f1());
    }

    @Test
    void nothingExtractedOfSomethingScoresZero() {
        FieldScore score = new FieldScore(0, 0, 5);
        assertEquals(1.0, score.precision());
        assertEquals(0.0, score.recall());
        assertEquals(0.0, score.f1());
    }

    @Test
    void documentsAddUpBeforeRatiosAreTaken() {
        FieldScore total = new FieldScore(1, 0, 0).plus(new FieldScore(0, 0, 9));
        assertEquals(new FieldScore(1, 0, 9), total);
        assertEquals(0.1, total.recall(), 1e-12);
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FieldScore(-1, 0, 0));
    }
}
