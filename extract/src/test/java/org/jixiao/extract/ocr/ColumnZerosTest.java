package org.jixiao.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.Glyph;
import org.jixiao.ingest.TextElement;
import org.junit.jupiter.api.Test;

/** A zero read as a letter, known by the figures around it in its column. */
class ColumnZerosTest {

    private static List<TextElement> ocr(int row, String text) {
        List<Glyph> glyphs = text.codePoints().mapToObj(c -> new Glyph(Character.toString(c),
                List.of(new Glyph.Candidate(Character.toString(c), 0.9f)))).toList();
        return List.of(new TextElement(text, Box.of(10, 20 * row, 40, 20 * row + 10), 9, 0.9f, glyphs));
    }

    private static List<String> texts(List<List<TextElement>> cells) {
        return cells.stream().map(c -> c.isEmpty() ? "" : c.get(0).text()).toList();
    }

    @Test
    void aLoneDBetweenFiguresIsAZeroMarkedAsRepaired() {
        List<List<TextElement>> cells = List.of(ocr(0, "全年执行数"), ocr(1, "22,106,500"), ocr(2, "D"), ocr(3, "5,337,000"));
        List<List<TextElement>> repaired = ColumnZeros.repair(cells, new int[] {0, 0, 0, 0});
        assertEquals(List.of("全年执行数", "22,106,500", "0", "5,337,000"), texts(repaired));
        assertTrue(repaired.get(2).get(0).confidence() <= ColumnZeros.REPAIRED_CONFIDENCE);
    }

    /** A grade D in a column of grades, a D at a column's end, a D beside figures of another column: letters. */
    @Test
    void aDWithoutFiguresAboveAndBelowItInItsColumnStays() {
        List<List<TextElement>> grades = List.of(ocr(0, "等级"), ocr(1, "A"), ocr(2, "D"), ocr(3, "B"));
        assertEquals(List.of("等级", "A", "D", "B"), texts(ColumnZeros.repair(grades, new int[] {0, 0, 0, 0})));
        List<List<TextElement>> last = List.of(ocr(0, "得分"), ocr(1, "85"), ocr(2, "D"));
        assertEquals(List.of("得分", "85", "D"), texts(ColumnZeros.repair(last, new int[] {0, 0, 0})));
        List<List<TextElement>> across = List.of(ocr(0, "85"), ocr(0, "D"), ocr(0, "90"));
        assertEquals(List.of("85", "D", "90"), texts(ColumnZeros.repair(across, new int[] {0, 1, 2})));
    }

    @Test
    void aTextLayerIsNeverChanged() {
        List<List<TextElement>> cells = List.of(
                List.of(TextElement.exact("10", Box.of(0, 0, 10, 10), 9)),
                List.of(TextElement.exact("D", Box.of(0, 20, 10, 30), 9)),
                List.of(TextElement.exact("20", Box.of(0, 40, 10, 50), 9)));
        assertEquals(List.of("10", "D", "20"), texts(ColumnZeros.repair(cells, new int[] {0, 0, 0})));
    }
}
