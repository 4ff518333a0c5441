package org.jixiao.extract.layout;

import org.jixiao.ingest.Box;

/**
 * A table cell: its place in the grid (a merged cell spans several rows or columns), the page
 * and box it is drawn in, and its text with wrapped lines joined.
 *
 * @param openTop    no border is drawn along its top edge: the cell goes on above the table (on the page before)
 * @param openBottom no border is drawn along its bottom edge: the cell goes on below (on the next page)
 * @param confidence how sure the reading of its text is: the lowest confidence of its pieces (1 for a text layer)
 */
public record Cell(int row, int column, int rowSpan, int columnSpan, int page, Box box, String text,
                   boolean openTop, boolean openBottom, float confidence) {

    /**
     * OCR confidence below which a cell's reading is doubtful: PP-OCR reads the samples' misread figures
     * (990 for 99%) at 0.6–0.7 and most clean cells above 0.9; signs (≥, ≤) pull a correct reading down to
     * 0.6 too. A doubtful value is marked in the record and is no evidence for a finding.
     */
    public static final float LOW_CONFIDENCE = 0.7f;

    /** A cell closed on every side, its text read for certain. */
    public Cell(int row, int column, int rowSpan, int columnSpan, int page, Box box, String text) {
        this(row, column, rowSpan, columnSpan, page, box, text, false, false, 1f);
    }

    public int lastRow() {
        return row + rowSpan - 1;
    }

    public int lastColumn() {
        return column + columnSpan - 1;
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** Was its text read with {@link #LOW_CONFIDENCE low confidence}? */
    public boolean isDoubtful() {
        return !isBlank() && confidence < LOW_CONFIDENCE;
    }

    public Cell movedTo(int newRow) {
        return new Cell(newRow, column, rowSpan, columnSpan, page, box, text, openTop, openBottom, confidence);
    }

    /** This cell continued by one below it (across a page break): one cell spanning both. */
    Cell continuedBy(Cell below) {
        String joined = LineAssembler.joinWrapped(java.util.List.of(text, below.text));
        return new Cell(row, column, rowSpan + below.rowSpan, columnSpan, page, box, joined, openTop, below.openBottom,
                Math.min(confidence, below.confidence));
    }
}
