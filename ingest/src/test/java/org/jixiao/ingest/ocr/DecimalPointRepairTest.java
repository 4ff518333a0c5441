package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.TextElement;
import org.junit.jupiter.api.Test;

class DecimalPointRepairTest {

    private final DecimalPointRepair repair = new DecimalPointRepair(OcrSettings.Repair.DEFAULT);

    private static TextElement element(String text, float y, float confidence) {
        return new TextElement(text, new Box(100, y, 60, 10), 8f, confidence);
    }

    @Test
    void putsBackThePointThatANeighbouringCopyOfTheFigureHas() {
        List<TextElement> page = List.of(element("23157700.00", 100, 0.99f), element("2315770000", 140, 0.93f));
        List<TextElement> repaired = repair.repair(page);
        assertEquals("23157700.00", repaired.get(1).text());
        assertEquals(0.5f, repaired.get(1).confidence(), "a figure repaired from its neighbour is marked");
        assertEquals(page.get(1).box(), repaired.get(1).box());
        assertEquals(page.get(0), repaired.get(0));
    }

    @Test
    void leavesFiguresThatMatchNoNeighbour() {
        List<TextElement> page = List.of(element("23157700.00", 100, 0.99f), element("23157700", 140, 0.99f),
                element("2100000000", 180, 0.99f));
        assertEquals(page, repair.repair(page));
    }

    @Test
    void leavesShortNumbersAndText() {
        List<TextElement> page = List.of(element("1.00", 100, 0.99f), element("100", 140, 0.99f),
                element("第1.00条", 180, 0.99f));
        assertEquals(page, repair.repair(page));
    }
}
