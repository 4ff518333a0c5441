package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    private static RulingDetector.Line vertical(double x, int top, int bottom) {
        return new RulingDetector.Line(false, x, top, bottom, 3);
    }

    @Test
    void cutsALineWhereARulingCrossesIt() {
        PixelBox line = PixelBox.spanning(100, 200, 600, 230);
        List<PixelBox> pieces = LineSplitter.split(line, List.of(vertical(350.5, 0, 1000)));
        assertEquals(2, pieces.size());
        assertEquals(PixelBox.spanning(100, 200, 348, 230), pieces.get(0));
        assertEquals(PixelBox.spanning(353, 200, 600, 230), pieces.get(1));
    }

    @Test
    void cutsAtEveryCrossingRulingInOrder() {
        PixelBox line = PixelBox.spanning(0, 100, 900, 130);
        List<PixelBox> pieces = LineSplitter.split(line,
                List.of(vertical(600.5, 0, 500), vertical(300.5, 0, 500)));
        assertEquals(List.of(0, 303, 603), pieces.stream().map(PixelBox::x).toList());
    }

    @Test
    void aRulingThatEndsAboveTheLineDoesNotCutIt() {
        PixelBox line = PixelBox.spanning(100, 200, 600, 230);
        assertEquals(List.of(line), LineSplitter.split(line, List.of(vertical(350.5, 0, 205))));
    }

    @Test
    void aRulingOutsideTheLineDoesNotCutIt() {
        PixelBox line = PixelBox.spanning(100, 200, 600, 230);
        assertEquals(List.of(line), LineSplitter.split(line, List.of(vertical(99.5, 0, 1000), vertical(600.5, 0, 1000))));
    }

    @Test
    void dropsASliverTooNarrowForACharacter() {
        PixelBox line = PixelBox.spanning(100, 200, 600, 230);
        List<PixelBox> pieces = LineSplitter.split(line, List.of(vertical(596.5, 0, 1000)));
        assertEquals(List.of(PixelBox.spanning(100, 200, 594, 230)), pieces);
    }

    @Test
    void dropsAPieceThatBelongsToTheNextCellsOwnLine() {
        PixelBox reachingOver = PixelBox.spanning(100, 200, 330, 230); // 20 pixels past the border at 310
        PixelBox nextCell = PixelBox.spanning(312, 201, 600, 229);
        List<PixelBox> pieces = LineSplitter.split(reachingOver, List.of(vertical(310.5, 0, 1000)),
                List.of(reachingOver, nextCell));
        assertEquals(List.of(PixelBox.spanning(100, 200, 308, 230)), pieces);
    }
}
