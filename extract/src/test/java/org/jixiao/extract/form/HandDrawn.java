package org.jixiao.extract.form;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.layout.Cell;
import org.jixiao.extract.layout.Table;
import org.jixiao.ingest.Box;

/**
 * Tables drawn by hand for the readers' tests, row by row as a clerk sees them: {@code "<"} continues
 * the cell on its left, {@code "^"} the cell above (merged cells).
 */
final class HandDrawn {

    private static final float WIDTH = 60;
    private static final float HEIGHT = 20;

    private HandDrawn() {
    }

    static Table table(int page, String[]... rows) {
        int columns = rows[0].length;
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns; c++) {
                String text = rows[r][c];
                if (text.equals("<") || text.equals("^")) {
                    continue;
                }
                int lastColumn = c;
                while (lastColumn + 1 < columns && rows[r][lastColumn + 1].equals("<")) {
                    lastColumn++;
                }
                int lastRow = r;
                while (lastRow + 1 < rows.length && rows[lastRow + 1][c].equals("^")) {
                    lastRow++;
                }
                int rowSpan = lastRow - r + 1;
                int columnSpan = lastColumn - c + 1;
                cells.add(new Cell(r, c, rowSpan, columnSpan, page,
                        new Box(c * WIDTH, r * HEIGHT, columnSpan * WIDTH, rowSpan * HEIGHT), text));
            }
        }
        return new Table(page, new Box(0, 0, columns * WIDTH, rows.length * HEIGHT), rows.length, columns, cells);
    }

    /** The table as read off a scan: every cell's reading a little unsure. */
    static Table scanned(Table table) {
        List<Cell> cells = new ArrayList<>();
        for (Cell c : table.cells()) {
            cells.add(new Cell(c.row(), c.column(), c.rowSpan(), c.columnSpan(), c.page(), c.box(), c.text(),
                    c.openTop(), c.openBottom(), 0.9f));
        }
        return new Table(table.page(), table.box(), table.rowCount(), table.columnCount(), cells);
    }

    static String[] row(String... cells) {
        return cells;
    }
}
