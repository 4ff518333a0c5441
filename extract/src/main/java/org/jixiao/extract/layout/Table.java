package org.jixiao.extract.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jixiao.ingest.Box;

/**
 * A table rebuilt from a page (or joined across pages): a grid of rows and columns whose slots are
 * covered by cells, a merged cell covering several slots.
 *
 * @param page the page the table starts on
 * @param box  its bounds on that page
 */
public record Table(int page, Box box, int rowCount, int columnCount, List<Cell> cells) {

    public Table {
        cells = List.copyOf(cells);
    }

    /** The cell that covers a slot, or null for a slot no cell covers. */
    public Cell cellAt(int row, int column) {
        for (Cell cell : cells) {
            if (row >= cell.row() && row <= cell.lastRow() && column >= cell.column() && column <= cell.lastColumn()) {
                return cell;
            }
        }
        return null;
    }

    /** The cells that start in a row, left to right. */
    public List<Cell> row(int row) {
        List<Cell> result = new ArrayList<>();
        for (Cell cell : cells) {
            if (cell.row() == row) {
                result.add(cell);
            }
        }
        result.sort((a, b) -> Integer.compare(a.column(), b.column()));
        return Collections.unmodifiableList(result);
    }

    /** The text of every slot of a row, a merged cell's text repeated in each slot it covers. */
    public List<String> rowTexts(int row) {
        List<String> texts = new ArrayList<>(columnCount);
        for (int column = 0; column < columnCount; column++) {
            Cell cell = cellAt(row, column);
            texts.add(cell == null ? "" : cell.text());
        }
        return texts;
    }

    /** The page a row is printed on (rows of a joined table may lie on later pages). */
    public int pageOfRow(int row) {
        for (Cell cell : cells) {
            if (cell.row() <= row && row <= cell.lastRow() && cell.rowSpan() == 1) {
                return cell.page();
            }
        }
        Cell first = cellAt(row, 0);
        return first == null ? page : first.page();
    }
}
