package org.jixiao.extract.variation;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated document as it is printed, before any file format: blocks in reading order. The PDF
 * and the workbook renderers draw the same blocks, so both files carry the same content and truth.
 * In a workbook, every grid of one sheet has the same columns (as a sheet has one column grid).
 */
final class Layout {

    sealed interface Block permits Title, Line, Corner, Paragraph, Grid, PageBreak, Sheet {
    }

    /** A centred heading. */
    record Title(String text) implements Block {
    }

    /** A short line of text, flush left. */
    record Line(String text) implements Block {
    }

    /** A line set flush right above a table: {@code 单位：万元}. */
    record Corner(String text) implements Block {
    }

    /** Running text, wrapped to the page. */
    record Paragraph(String text) implements Block {
    }

    /**
     * A ruled table: a cell {@code "<"} merges into its left neighbour, {@code "^"} into the cell above.
     *
     * @param widths         relative column widths
     * @param headerRows     rows at the top that a page break repeats where {@code repeatHeader}
     * @param breakBeforeRow a row that starts a new page, or -1
     */
    record Grid(float[] widths, int headerRows, boolean repeatHeader, int breakBeforeRow, String[][] rows)
            implements Block {
        int columns() {
            return widths.length;
        }
    }

    /** The next block starts a new page. */
    record PageBreak() implements Block {
    }

    /** A new sheet of a workbook (a new page in a PDF). */
    record Sheet(String name) implements Block {
    }

    private final boolean landscape;
    private final List<Block> blocks = new ArrayList<>();

    Layout(boolean landscape) {
        this.landscape = landscape;
    }

    boolean landscape() {
        return landscape;
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    Layout add(Block block) {
        blocks.add(block);
        return this;
    }

    Layout title(String text) {
        return add(new Title(text));
    }

    Layout line(String text) {
        return add(new Line(text));
    }

    Layout corner(String text) {
        return add(new Corner(text));
    }

    Layout paragraph(String text) {
        return add(new Paragraph(text));
    }

    Layout pageBreak() {
        return add(new PageBreak());
    }

    Layout sheet(String name) {
        return add(new Sheet(name));
    }

    Layout grid(float[] widths, int headerRows, boolean repeatHeader, int breakBeforeRow, List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length != widths.length) {
                throw new IllegalArgumentException("row of " + row.length + " cells in a grid of " + widths.length
                        + " columns: " + String.join("|", row));
            }
        }
        return add(new Grid(widths, headerRows, repeatHeader, breakBeforeRow, rows.toArray(String[][]::new)));
    }
}
