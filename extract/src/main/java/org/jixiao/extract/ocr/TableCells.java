package org.jixiao.extract.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.TextElement;

/** A table's cells as the repairs that read a cell against the rest of its column see them. */
final class TableCells {

    private TableCells() {
    }

    /**
     * For each column, the indices of its cells that hold text, top to bottom.
     *
     * @param cellText the text elements of each cell, cells listed row by row
     * @param columns  each cell's column, or -1 for a cell spanning several columns (in none)
     */
    static List<List<Integer>> byColumn(List<List<TextElement>> cellText, int[] columns) {
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

    /** A cell's text: its elements in reading order, spaces left out. */
    static String text(List<TextElement> elements) {
        StringBuilder text = new StringBuilder();
        inReadingOrder(elements).forEach(e -> text.append(e.text().replace(" ", "")));
        return text.toString();
    }

    /** A cell's elements line by line, left to right. */
    static List<TextElement> inReadingOrder(List<TextElement> elements) {
        return elements.stream().sorted(Comparator.comparingDouble((TextElement e) -> e.box().minY())
                .thenComparingDouble(e -> e.box().minX())).toList();
    }

    /** The box around all of a cell's elements. */
    static Box box(List<TextElement> elements) {
        Box box = elements.get(0).box();
        for (TextElement element : elements) {
            box = box.union(element.box());
        }
        return box;
    }
}
