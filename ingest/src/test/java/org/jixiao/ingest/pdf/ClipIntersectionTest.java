package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.geom.Area;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClipIntersectionTest {

    /** A rectangle as a content stream's {@code re} makes it: a move, three lines, closed. */
    private static GeneralPath re(float x, float y, float width, float height) {
        GeneralPath path = new GeneralPath();
        path.moveTo(x, y);
        path.lineTo(x + width, y);
        path.lineTo(x + width, y + height);
        path.lineTo(x, y + height);
        path.closePath();
        return path;
    }

    /** What PDFBox's clipping area gives for the same paths. */
    private static Rectangle2D areaBounds(List<? extends Path2D> paths) {
        Area area = new Area(paths.get(0));
        for (Path2D path : paths.subList(1, paths.size())) {
            area.intersect(new Area(path));
        }
        return area.getBounds2D();
    }

    @Test
    void uprightRectanglesIntersectAsTheirAreaDoes() {
        Random random = new Random(12);
        for (int trial = 0; trial < 2000; trial++) {
            List<Path2D> paths = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                // quarter points, negative sizes, zero sizes, disjoint and nested rectangles
                float x = random.nextInt(400) / 4f;
                float y = random.nextInt(400) / 4f;
                float width = (random.nextInt(200) - 20) / 4f;
                float height = (random.nextInt(200) - 20) / 4f;
                paths.add(random.nextBoolean() ? re(x, y, width, height) : new Path2D.Double(re(x, y, width, height)));
            }
            assertEquals(areaBounds(paths), PageContentReader.uprightIntersection(paths), "trial " + trial);
        }
    }

    @Test
    void aRectangleDrawnWithFourLinesBackToItsStartCounts() {
        GeneralPath path = new GeneralPath();
        path.moveTo(10, 10);
        path.lineTo(10, 50);
        path.lineTo(90, 50);
        path.lineTo(90, 10);
        path.lineTo(10, 10);
        assertEquals(new Rectangle2D.Double(10, 10, 80, 40), PageContentReader.uprightIntersection(List.of(path)));
    }

    @Test
    void anyOtherShapeIsLeftToTheArea() {
        GeneralPath triangle = new GeneralPath();
        triangle.moveTo(0, 0);
        triangle.lineTo(100, 0);
        triangle.lineTo(0, 100);
        triangle.closePath();
        GeneralPath turned = new GeneralPath();
        turned.moveTo(50, 0);
        turned.lineTo(100, 50);
        turned.lineTo(50, 100);
        turned.lineTo(0, 50);
        turned.closePath();
        GeneralPath twoCells = re(0, 0, 10, 10);
        twoCells.append(re(20, 0, 10, 10), false);
        GeneralPath curved = new GeneralPath();
        curved.moveTo(0, 0);
        curved.curveTo(10, 0, 10, 10, 0, 10);
        curved.closePath();
        for (GeneralPath shape : List.of(triangle, turned, twoCells, curved)) {
            assertNull(PageContentReader.uprightIntersection(List.of(re(0, 0, 200, 200), shape)));
        }
        assertNull(PageContentReader.uprightIntersection(List.of()));
    }
}
