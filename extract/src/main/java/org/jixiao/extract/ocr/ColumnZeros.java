package org.jixiao.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.extract.form.Numbers;
import org.jixiao.ingest.TextElement;

/**
 * A zero OCR read as a letter in a column of figures. A 0 standing alone in a cell is read as D or O
 * ({@code 上年结转资金 | 0 | 0 | D}), where it continues no figure for the page's repairs to know it by; in a
 * column the cells around it tell: a lone look-alike of 0 whose nearest text cells above and below are
 * both figures is 0. Its confidence is lowered to {@link #REPAIRED_CONFIDENCE}, so that the value stays
 * marked: it was read from its neighbours, not from the recogniser's evidence. Only OCR text (with the
 * recogniser's glyphs) is touched. Thread-safe.
 */
public final class ColumnZeros {

    /** What PP-OCR reads a lone 0 as. */
    private static final Set<String> ZERO_LOOK_ALIKES = Set.of("D", "O", "o", "〇", "○");
    /** The confidence of a zero read from its column, below the threshold at which values are marked. */
    static final float REPAIRED_CONFIDENCE = 0.5f;

    private ColumnZeros() {
    }

    /**
     * The text of each cell after repair, in the order given.
     *
     * @param cellText the text elements of each cell, cells listed row by row
     * @param columns  each cell's column, or -1 for a cell spanning several columns (never repaired)
     */
    public static List<List<TextElement>> repair(List<List<TextElement>> cellText, int[] columns) {
        List<List<TextElement>> repaired = new ArrayList<>(cellText);
        for (List<Integer> cells : TableCells.byColumn(cellText, columns)) {
            for (int k = 1; k + 1 < cells.size(); k++) {
                List<TextElement> cell = cellText.get(cells.get(k));
                if (isOcr(cell) && ZERO_LOOK_ALIKES.contains(TableCells.text(cell))
                        && isFigure(cellText.get(cells.get(k - 1))) && isFigure(cellText.get(cells.get(k + 1)))) {
                    repaired.set(cells.get(k), List.of(zero(cell)));
                }
            }
        }
        return repaired;
    }

    private static boolean isOcr(List<TextElement> cell) {
        return cell.stream().anyMatch(e -> !e.glyphs().isEmpty());
    }

    private static boolean isFigure(List<TextElement> cell) {
        return Numbers.figure(TableCells.text(cell)).isPresent();
    }

    private static TextElement zero(List<TextElement> cell) {
        float confidence = (float) cell.stream().mapToDouble(TextElement::confidence).min().orElse(1);
        return new TextElement("0", TableCells.box(cell), cell.get(0).fontSize(), Math.min(confidence, REPAIRED_CONFIDENCE));
    }
}
