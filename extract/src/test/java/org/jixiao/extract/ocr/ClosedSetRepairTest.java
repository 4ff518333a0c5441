package org.jixiao.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.Glyph;
import org.jixiao.ingest.TextElement;
import org.junit.jupiter.api.Test;

class ClosedSetRepairTest {

    private final ClosedSetRepair repair = ClosedSetRepair.standard();

    /** An OCR element of one character read as {@code read}, with runners-up given as text, probability pairs. */
    static TextElement ocr(String read, float p, Object... runnersUp) {
        List<Glyph.Candidate> candidates = new ArrayList<>();
        candidates.add(new Glyph.Candidate(read, p));
        for (int i = 0; i < runnersUp.length; i += 2) {
            candidates.add(new Glyph.Candidate((String) runnersUp[i], ((Number) runnersUp[i + 1]).floatValue()));
        }
        return new TextElement(read, new Box(10, 10, 10, 10), 9, p, List.of(new Glyph(read, candidates)));
    }

    /** An OCR element read for certain, character by character. */
    static TextElement certain(String text) {
        List<Glyph> glyphs = text.codePoints().mapToObj(cp -> new Glyph(Character.toString(cp),
                List.of(new Glyph.Candidate(Character.toString(cp), 0.99f)))).toList();
        return new TextElement(text, new Box(10, 10, 10, 10), 9, 0.99f, glyphs);
    }

    private static List<String> texts(List<List<TextElement>> cells) {
        return cells.stream().map(c -> String.join("", c.stream().map(TextElement::text).toList())).toList();
    }

    // readings as PP-OCRv4 gave them for lone signs rendered at 200 dpi (ScannedSignColumnTest draws such pages)
    @Test
    void aColumnOfMisreadSignsIsReadAgainstTheSigns() {
        List<List<TextElement>> column = List.of(
                List.of(certain("指标性质")),
                List.of(ocr("V", 0.37f, "N", 0.23f, "", 0.10f, "W", 0.09f)),
                List.of(ocr("三", 0.31f, "", 0.16f, "二", 0.10f, "=", 0.05f)),
                List.of(ocr("N", 0.54f, "M", 0.13f, "", 0.12f, "V", 0.05f)),
                List.of(certain("定性")),
                List.of(certain("=")));
        List<List<TextElement>> repaired = repair.repair(column, new int[] {3, 3, 3, 3, 3, 3});
        assertEquals(List.of("指标性质", "≥", "=", "≥", "定性", "="), texts(repaired));
        assertTrue(repaired.get(1).get(0).confidence() < 0.8f, "a repaired sign stays as doubtful as its reading");
    }

    @Test
    void aLessThanOrEqualReadAsItsBracketTwinIsLessThanOrEqual() {
        List<List<TextElement>> column = List.of(
                List.of(ocr("S", 0.30f, "<", 0.11f, "s", 0.15f, "≤", 0.05f)),
                List.of(certain("≥")), List.of(certain("=")), List.of(certain("≤")));
        assertEquals(List.of("≤", "≥", "=", "≤"), texts(repair.repair(column, new int[] {0, 0, 0, 0})));
    }

    @Test
    void aLookAlikeOutsideAColumnOfTheSetStays() {
        // a column of codes and names: one V is no sign column
        List<List<TextElement>> column = List.of(
                List.of(ocr("V", 0.90f, "N", 0.05f)), List.of(certain("项目")), List.of(certain("资金")),
                List.of(certain("设备")), List.of(certain("三")));
        assertEquals(List.of("V", "项目", "资金", "设备", "三"), texts(repair.repair(column, new int[] {1, 1, 1, 1, 1})));
    }

    @Test
    void twoCellsAreNoColumn() {
        List<List<TextElement>> column = List.of(List.of(ocr("V", 0.5f, "N", 0.3f)), List.of(certain("=")));
        assertEquals(List.of("V", "="), texts(repair.repair(column, new int[] {0, 0})));
    }

    @Test
    void cellsSpanningColumnsAndOtherColumnsAreLeftAlone() {
        List<List<TextElement>> cells = List.of(
                List.of(ocr("V", 0.5f, "N", 0.3f)), List.of(ocr("V", 0.5f, "N", 0.3f)), List.of(ocr("V", 0.5f, "N", 0.3f)),
                List.of(ocr("V", 0.5f, "N", 0.3f)), List.of(certain("=")), List.of(certain("=")));
        assertEquals(List.of("V", "V", "≥", "≥", "=", "="), texts(repair.repair(cells, new int[] {-1, 0, 1, 1, 1, 1})));
    }

    @Test
    void aYesNoColumnIsReadAgainstYesAndNo() {
        List<List<TextElement>> column = List.of(
                List.of(ocr("足", 0.45f, "是", 0.40f)), List.of(certain("是")), List.of(certain("否")),
                List.of(ocr("杏", 0.5f, "否", 0.35f)));
        assertEquals(List.of("是", "是", "否", "否"), texts(repair.repair(column, new int[] {2, 2, 2, 2})));
    }

    @Test
    void textWithoutTheRecognisersCandidatesIsNeverChanged() {
        TextElement layer = TextElement.exact("V", new Box(0, 0, 5, 5), 9);
        List<List<TextElement>> column = List.of(List.of(layer), List.of(layer), List.of(layer), List.of(layer));
        assertSame(column, repair.repair(column, new int[] {0, 0, 0, 0}));
    }
}
