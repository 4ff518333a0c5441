package org.jixiao.extract.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jixiao.ingest.Box;

/**
 * A table rebuilt from a page (or joined across pages): a grid of rows and columns whose slots are
 * covered by cells, a merged cell covering several slots. Immutable; the slots' cells and each row's
 * cells are worked out once, since readers ask for them over and over (every figure walks its row
 * and column).
 */
public final class Table {

    private final int page;
    private final Box box;
    private final int rowCount;
    private final int columnCount;
    private final List<Cell> cells;
    /** The cell covering each slot (row-major), the first in {@link #cells} where several overlap. */
    private final Cell[] slots;
    private final List<List<Cell>> rows;

    /**
     * @param page the page the table starts on
     * @param box  its bounds on that page
     */
    public Table(int page, Box box, int rowCount, int columnCount, List<Cell> cells) {
        this.page = page;
        this.box = box;
        this.rowCount = rowCount;
        this.columnCount = columnCount;
        this.cells = List.copyOf(cells);
        this.slots = new Cell[Math.max(0, rowCount) * Math.max(0, columnCount)];
        for (Cell cell : this.cells) {
            for (int row = Math.max(0, cell.row()); row <= cell.lastRow() && row < rowCount; row++) {
                for (int column = Math.max(0, cell.column()); column <= cell.lastColumn() && column < columnCount; column++) {
                    if (slots[row * columnCount + column] == null) {
                        slots[row * columnCount + column] = cell;
                    }
                }
            }
        }
        List<List<Cell>> byRow = new ArrayList<>(Math.max(0, rowCount));
        for (int row = 0; row < rowCount; row++) {
            byRow.add(startingIn(row));
        }
        this.rows = Collections.unmodifiableList(byRow);
    }

    public int page() {
        return page;
    }

    public Box box() {
        return box;
    }

    public int rowCount() {
        return rowCount;
    }

    public int columnCount() {
        return columnCount;
    }

    public List<Cell> cells() {
        return cells;
    }

    /** The cell that covers a slot, or null for a slot no cell covers. */
    public Cell cellAt(int row, int column) {
        if (row >= 0 && row < rowCount && column >= 0 && column < columnCount) {
            return slots[row * columnCount + column];
        }
        for (Cell cell : cells) {
            // a slot outside the grid: only a cell reaching past the grid's bounds covers it
            if (row >= cell.row() && row <= cell.lastRow() && column >= cell.column() && column <= cell.lastColumn()) {
                return cell;
            }
        }
        return null;
    }

    /** The cells that start in a row, left to right. */
    public List<Cell> row(int row) {
        return row >= 0 && row < rowCount ? rows.get(row) : startingIn(row);
    }

    private List<Cell> startingIn(int row) {
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

    @Override
    public boolean equals(Object other) {
        return other instanceof Table that && page == that.page && rowCount == that.rowCount
                && columnCount == that.columnCount && Objects.equals(box, that.box) && cells.equals(that.cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(page, box, rowCount, columnCount, cells);
    }

    @Override
    public String toString() {
        return "Table[page=" + page + ", box=" + box + ", rowCount=" + rowCount + ", columnCount=" + columnCount
                + ", cells=" + cells + "]";
    }
}
