package org.jixiao.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.TextElement;

/** The cells of a table's columns, for the repairs that read a cell against the rest of its column. */
final class CellColumns {

    private CellColumns() {
    }

    /**
     * For each column, the indices of its cells that hold text, top to bottom.
     *
     * @param cellText the text elements of each cell, cells listed row by row
     * @param columns  each cell's column, or -1 for a cell spanning several columns (in none)
     */
    static List<List<Integer>> of(List<List<TextElement>> cellText, int[] columns) {
        int maxColumn = -1;
        for (int column : columns) {
            maxColumn = Math.max(maxColumn, column);
        }
        List<List<Integer>> byColumn = new ArrayList<>(maxColumn + 1);
        for (int column = 0; column <= maxColumn; column++) {
            byColumn.add(new ArrayList<>());
        }
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] >= 0 && !cellText.get(i).isEmpty()) {
                byColumn.get(columns[i]).add(i);
            }
        }
        return byColumn;
    }
}
