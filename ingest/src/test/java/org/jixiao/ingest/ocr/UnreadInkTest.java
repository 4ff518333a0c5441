package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnreadInkTest {

    /** Characters 20 pixels high: the page's typical line of ink. */
    private static final int CHAR = 20;

    private final UnreadInk unreadInk = new UnreadInk(160);

    /** A cell border at x 200 between a detected line (x 20–180) and what the detector missed. */
    private static final List<RulingDetector.Line> BORDER = List.of(new RulingDetector.Line(false, 200, 0, 400, 2));
    private static final PixelBox DETECTED = PixelBox.spanning(20, 40, 180, 70);

    private static Canvas page() {
        Canvas canvas = new Canvas(400, 400);
        for (int x = 25; x < 170; x += 24) {
            canvas.glyph(x, 45, CHAR);
        }
        return canvas;
    }

    @Test
    void aLoneSignNoLineCoversIsAPieceOfItsOwn() {
        GrayImage image = page()
                .line(230, 52, 242, 52, 2f).line(230, 58, 242, 58, 2f)   // = in the next cell
                .image();

        List<PixelBox> pieces = unreadInk.find(image, List.of(DETECTED), BORDER, CHAR);

        assertEquals(1, pieces.size(), pieces.toString());
        PixelBox piece = pieces.get(0);
        assertTrue(piece.x() < 230 && piece.maxX() > 242 && piece.y() <= 51 && piece.maxY() >= 59, piece.toString());
        assertTrue(piece.x() > 200, "the piece stays in its cell: " + piece);
    }

    @Test
    void specksStampsAndTheEdgesOfReadLinesAreNoPieces() {
        Canvas canvas = page();
        for (int i = 0; i < 12; i++) {
            canvas.fill(220 + 13 * i, 150 + 7 * (i % 4), 2, 2);                 // specks of a scan
        }
        canvas.fill(182, 50, 3, 8);                                          // a stroke just past a read line's end
        for (int r = 60; r > 50; r -= 3) {
            canvas.line(300 - r, 300, 300, 300 - r, 3f).line(300, 300 - r, 300 + r, 300, 3f)
                    .line(300 + r, 300, 300, 300 + r, 3f).line(300, 300 + r, 300 - r, 300, 3f); // a stamp
        }

        assertEquals(List.of(), unreadInk.find(canvas.image(), List.of(DETECTED), BORDER, CHAR));
    }

    @Test
    void inkOnBothSidesOfABorderIsTwoPieces() {
        GrayImage image = new Canvas(400, 400)
                .glyph(180, 150, CHAR)
                .glyph(206, 150, CHAR)
                .image();

        List<PixelBox> pieces = unreadInk.find(image, List.of(), BORDER, CHAR);

        assertEquals(2, pieces.size(), pieces.toString());
    }
}
