package org.jixiao.extract.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jixiao.extract.form.Misreadings;

/**
 * Joins a table that continues across a page break: when the first block of a page is a table
 * with the same column edges as the last block of the page before, it is the same table. A header
 * row the continuation repeats is dropped. A continuation whose rows merge cells (a 总分 row whose
 * label spans the level columns) draws only some of the edges: where its outer edges are the
 * table's and each inner edge is one of the table's, it continues the table too, its cells laid on
 * the table's columns.
 */
final class TableJoiner {

    /** Labels a header row holds at least, for a copy of it read with one OCR slip to be known. */
    private static final int MIN_HEADER_LABELS = 3;
    /** Column edges that differ by less than this (points) are the same edges. */
    private static final float EDGE_TOLERANCE = 3f;
    /** Text lines this short at a page's end or start are page furniture (page numbers), not content. */
    private static final int FURNITURE_LENGTH = 12;
    /** What a page number is written with: - 1 -, 第1页, 1/3, 共3页, ·1·, and a scan's speck read as a dot (1.). */
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—第页\\s\\d/共.．·•]*");

    List<Block> join(List<Block> blocks) {
        List<Block> joined = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.TableBlock next) {
                int previousIndex = lastContentBlock(joined, next.page());
                if (previousIndex >= 0 && joined.get(previousIndex) instanceof Block.TableBlock previous
                        && previous.table().pageOfRow(previous.table().rowCount() - 1) == next.page() - 1
                        && firstContentOnPage(joined, next.page())) {
                    int[] boundaries = boundaries(previous.table(), next.table());
                    if (boundaries != null) {
                        joined.set(previousIndex,
                                new Block.TableBlock(append(previous.table(), onColumns(next.table(), boundaries))));
                        continue;
                    }
                }
            }
            joined.add(block);
        }
        return joined;
    }

    /** Index of the last block before the page's content, skipping page numbers and the like. */
    private static int lastContentBlock(List<Block> blocks, int page) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block block = blocks.get(i);
            if (block instanceof Block.LineBlock line && isFurniture(line.line())) {
                continue;
            }
            return block.page() < page || block instanceof Block.TableBlock ? i : -1;
        }
        return -1;
    }

    private static boolean firstContentOnPage(List<Block> blocks, int page) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block block = blocks.get(i);
            if (block.page() != page) {
                return true;
            }
            if (!(block instanceof Block.LineBlock line && isFurniture(line.line()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFurniture(TextLine line) {
        return line.text().strip().length() <= FURNITURE_LENGTH && PAGE_NUMBER.matcher(line.text().strip()).matches();
    }

    /**
     * Where each column edge of {@code b} (its columns' left edges, then its right edge) stands among
     * the edges of {@code a}, as indexes into them; null unless every edge of {@code b} is one of
     * {@code a}'s and the outer edges are {@code a}'s outer edges.
     */
    private static int[] boundaries(Table a, Table b) {
        List<Float> edgesA = columnEdges(a);
        List<Float> edgesB = columnEdges(b);
        if (edgesB.size() == edgesA.size()) {
            // the same columns: an edge that no cell of one table starts at (NaN) stands in for any
            for (int i = 0; i < edgesA.size(); i++) {
                if (Math.abs(edgesA.get(i) - edgesB.get(i)) > EDGE_TOLERANCE) {
                    return null;
                }
            }
            return IntStream.range(0, edgesA.size()).toArray();
        }
        if (edgesB.size() > edgesA.size()) {
            return null;
        }
        int[] at = new int[edgesB.size()];
        int from = 0;
        for (int i = 0; i < edgesB.size(); i++) {
            int found = -1;
            for (int j = from; j < edgesA.size() && found < 0; j++) {
                if (Math.abs(edgesA.get(j) - edgesB.get(i)) <= EDGE_TOLERANCE) {
                    found = j;
                }
            }
            if (found < 0) {
                return null;
            }
            at[i] = found;
            from = found + 1;
        }
        return at[0] == 0 && at[at.length - 1] == edgesA.size() - 1 ? at : null;
    }

    /** A continuation's cells laid on the columns of the table it continues. */
    private static Table onColumns(Table continuation, int[] boundaries) {
        if (boundaries.length == continuation.columnCount() + 1
                && boundaries[boundaries.length - 1] == continuation.columnCount()) {
            return continuation;
        }
        List<Cell> cells = new ArrayList<>();
        for (Cell c : continuation.cells()) {
            int column = boundaries[c.column()];
            int span = boundaries[c.lastColumn() + 1] - column;
            cells.add(new Cell(c.row(), column, c.rowSpan(), span, c.page(), c.box(), c.text(), c.openTop(),
                    c.openBottom(), c.confidence()));
        }
        return new Table(continuation.page(), continuation.box(), continuation.rowCount(),
                boundaries[boundaries.length - 1], cells);
    }

    /** The left edge of each column and the right edge of the last, from the cells that span one column. */
    private static List<Float> columnEdges(Table table) {
        Float[] left = new Float[table.columnCount()];
        float right = table.box().maxX();
        for (Cell cell : table.cells()) {
            if (left[cell.column()] == null || cell.box().minX() < left[cell.column()]) {
                left[cell.column()] = cell.box().minX();
            }
        }
        List<Float> edges = new ArrayList<>();
        for (Float edge : left) {
            edges.add(edge == null ? Float.NaN : edge);
        }
        edges.add(right);
        return edges;
    }

    /**
     * The rows of a continuation appended to a table. A cell left open at the bottom of the page
     * and one left open at the top of the next, in the same columns, are one cell cut by the break.
     */
    private static Table append(Table first, Table continuation) {
        int skip = repeatedHeaderRows(first, continuation);
        List<Cell> cells = new ArrayList<>(first.cells());
        for (Cell cell : continuation.cells()) {
            if (cell.row() < skip) {
                continue;
            }
            Cell moved = cell.movedTo(first.rowCount() + cell.row() - skip);
            int above = cell.row() == skip && cell.openTop() ? openBottomCell(cells, first.rowCount(), cell) : -1;
            if (above >= 0) {
                cells.set(above, cells.get(above).continuedBy(moved));
            } else {
                cells.add(moved);
            }
        }
        return new Table(first.page(), first.box(), first.rowCount() + continuation.rowCount() - skip,
                first.columnCount(), cells);
    }

    /** Index of the cell of the last row left open at the bottom over the same columns, or -1. */
    private static int openBottomCell(List<Cell> cells, int rowCount, Cell below) {
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (cell.lastRow() == rowCount - 1 && cell.openBottom() && cell.column() == below.column()
                    && cell.columnSpan() == below.columnSpan()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * How many rows the continuation starts with that the table already has: a header printed again
     * at the top of each page, of one row or several (a form's indicator header need not be the
     * table's first row).
     */
    private static int repeatedHeaderRows(Table first, Table continuation) {
        int repeated = 0;
        while (repeated < continuation.rowCount() && hasRow(first, continuation.rowTexts(repeated))) {
            repeated++;
        }
        return repeated;
    }

    private static boolean hasRow(Table table, List<String> candidate) {
        if (candidate.stream().filter(text -> !text.isBlank()).count() < 2) {
            return false;
        }
        for (int row = 0; row < table.rowCount(); row++) {
            List<String> texts = table.rowTexts(row);
            if (texts.equals(candidate) || isHeaderReadWithOneSlip(texts, candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Is {@code candidate} the header row {@code header} (labels only: no digit in it) printed again and read
     * with one OCR slip: every cell the same but one, and that one a character dropped, added or misread
     * ({@code 级指标} for {@code 一级指标}: the 一 lost)? A header has at least three labels, so the other cells
     * say which row it is; a row of figures never passes, two data rows being alike but for one character.
     */
    static boolean isHeaderReadWithOneSlip(List<String> header, List<String> candidate) {
        if (header.size() != candidate.size() || header.stream().filter(text -> !text.isBlank()).count() < MIN_HEADER_LABELS
                || header.stream().anyMatch(text -> text.chars().anyMatch(Character::isDigit))) {
            return false;
        }
        int slips = 0;
        for (int column = 0; column < header.size(); column++) {
            String printed = header.get(column);
            String read = candidate.get(column);
            if (printed.equals(read)) {
                continue;
            }
            if (++slips > 1 || !Misreadings.oneSlipApart(printed, read)) {
                return false;
            }
        }
        return slips == 1;
    }
}
