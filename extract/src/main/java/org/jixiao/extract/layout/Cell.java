package org.jixiao.extract.layout;

import org.jixiao.ingest.Box;

/**
 * A table cell: its place in the grid (a merged cell spans several rows or columns), the page
 * and box it is drawn in, and its text with wrapped lines joined.
 */
public record Cell(int row, int column, int rowSpan, int columnSpan, int page, Box box, String text) {

    public int lastRow() {
        return row + rowSpan - 1;
    }

    public int lastColumn() {
        return column + columnSpan - 1;
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    public Cell movedTo(int newRow) {
        return new Cell(newRow, column, rowSpan, columnSpan, page, box, text);
    }
}
