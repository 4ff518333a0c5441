package org.jixiao.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.jixiao.ingest.Box;
import org.junit.jupiter.api.Test;

class TableTest {

    private static final Box BOX = Box.of(0, 0, 10, 10);

    private static Cell cell(int row, int column, int rowSpan, int columnSpan, String text) {
        return new Cell(row, column, rowSpan, columnSpan, 1, BOX, text);
    }

    @Test
    void aMergedCellCoversEachOfItsSlotsAndAnUncoveredSlotHasNone() {
        Cell merged = cell(0, 0, 2, 2, "项目资金");
        Cell right = cell(0, 2, 1, 1, "年初预算");
        Table table = new Table(1, BOX, 3, 3, List.of(right, merged));
        for (int row = 0; row < 2; row++) {
            for (int column = 0; column < 2; column++) {
                assertSame(merged, table.cellAt(row, column));
            }
        }
        assertSame(right, table.cellAt(0, 2));
        assertNull(table.cellAt(1, 2));
        assertNull(table.cellAt(2, 0));
        assertEquals(List.of("项目资金", "项目资金", "年初预算"), table.rowTexts(0));
    }

    @Test
    void whereCellsOverlapTheFirstListedCoversTheSlot() {
        Cell first = cell(0, 0, 1, 2, "甲");
        Cell second = cell(0, 1, 1, 1, "乙");
        Table table = new Table(1, BOX, 1, 2, List.of(first, second));
        assertSame(first, table.cellAt(0, 1));
    }

    @Test
    void aRowListsTheCellsStartingInItLeftToRight() {
        Cell a = cell(1, 2, 1, 1, "c");
        Cell b = cell(1, 0, 1, 1, "a");
        Cell above = cell(0, 1, 2, 1, "b");
        Table table = new Table(1, BOX, 2, 3, List.of(a, b, above));
        assertEquals(List.of(b, a), table.row(1));
        assertEquals(List.of(above), table.row(0));
        assertEquals(List.of(), table.row(5));
    }

    @Test
    void aCellReachingPastTheGridStillCoversItsSlotsOutside() {
        Cell tall = cell(0, 0, 3, 1, "长");
        Table table = new Table(1, BOX, 2, 1, List.of(tall));
        assertSame(tall, table.cellAt(2, 0));
        assertNull(table.cellAt(-1, 0));
        assertNull(table.cellAt(0, 1));
    }

    @Test
    void tablesWithTheSameCellsAreEqual() {
        List<Cell> cells = List.of(cell(0, 0, 1, 1, "甲"));
        assertEquals(new Table(1, BOX, 1, 1, cells), new Table(1, BOX, 1, 1, cells));
        assertEquals(new Table(1, BOX, 1, 1, cells).hashCode(), new Table(1, BOX, 1, 1, cells).hashCode());
    }
}
