package org.jixiao.ingest.office;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.Ruling;
import org.jixiao.ingest.TextElement;
import org.jixiao.ingest.office.OfficeContent.Block;
import org.jixiao.ingest.office.OfficeContent.CellContent;
import org.jixiao.ingest.office.OfficeContent.Paragraph;
import org.jixiao.ingest.office.OfficeContent.Section;
import org.jixiao.ingest.office.OfficeContent.TableContent;

/**
 * Lays Office content out on virtual A4 pages, the way a PDF export would draw it: each table a
 * grid of cell boxes with a ruling on every cell border and one text element per non-empty cell,
 * each paragraph as lines of text. A section starts a new page; a table too long for a page goes
 * on over the next, breaking between rows. The extract stage then rebuilds the tables from the
 * rulings exactly as it does for a born-digital PDF.
 */
final class VirtualPageLayout {

    static final float PAGE_WIDTH = 595f;
    static final float PAGE_HEIGHT = 842f;
    static final float MARGIN = 36f;
    static final float FONT_SIZE = 10.5f;
    static final float LINE_HEIGHT = 14f;
    static final float PADDING = 3f;
    static final float MIN_COLUMN = 24f;
    static final float MAX_COLUMN = 240f;
    /** Space between blocks. */
    static final float GAP = 6f;

    private final List<Page> pages = new ArrayList<>();
    private List<TextElement> text = new ArrayList<>();
    private Set<Ruling> rulings = new LinkedHashSet<>();
    private float pageWidth = PAGE_WIDTH;
    private float pageHeight = PAGE_HEIGHT;
    private float y = MARGIN;

    /** Pages for the sections, numbered from 1; a section without content gives no page. */
    static List<Page> layout(List<Section> sections) {
        VirtualPageLayout layout = new VirtualPageLayout();
        for (Section section : sections) {
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph paragraph) {
                    layout.place(paragraph);
                } else if (block instanceof TableContent table) {
                    layout.place(Grid.of(table));
                }
            }
            layout.finishPage();
        }
        return List.copyOf(layout.pages);
    }

    private void place(Paragraph paragraph) {
        float width = PAGE_WIDTH - 2 * MARGIN;
        for (String line : wrap(paragraph.text(), width)) {
            makeRoom(LINE_HEIGHT);
            text.add(TextElement.exact(line, new Box(MARGIN, y, textWidth(line), LINE_HEIGHT), FONT_SIZE));
            y += LINE_HEIGHT;
        }
        y += GAP;
    }

    private void place(Grid grid) {
        if (grid.rowCount() == 0) {
            return;
        }
        float[] widths = grid.columnWidths();
        float[] heights = grid.rowHeights(widths);
        float[] xs = offsets(MARGIN, widths);
        pageWidth = Math.max(pageWidth, xs[xs.length - 1] + MARGIN);
        int first = 0;
        while (first < grid.rowCount()) {
            // rows joined by a vertical merge stay on one page
            int last = grid.endOfRowGroup(first);
            float groupHeight = sum(heights, first, last + 1);
            makeRoom(groupHeight);
            float[] ys = new float[last - first + 2];
            ys[0] = y;
            for (int r = first; r <= last; r++) {
                ys[r - first + 1] = ys[r - first] + heights[r];
            }
            for (Grid.PlacedCell cell : grid.cellsStartingIn(first, last)) {
                Box box = Box.of(xs[cell.column()], ys[cell.row() - first],
                        xs[cell.column() + cell.columnSpan()], ys[cell.row() - first + cell.rowSpan()]);
                draw(cell, box);
            }
            y = ys[ys.length - 1];
            first = last + 1;
        }
        y += GAP;
    }

    private void draw(Grid.PlacedCell cell, Box box) {
        rulings.add(Ruling.horizontal(box.minY(), box.minX(), box.maxX()));
        rulings.add(Ruling.horizontal(box.maxY(), box.minX(), box.maxX()));
        rulings.add(Ruling.vertical(box.minX(), box.minY(), box.maxY()));
        rulings.add(Ruling.vertical(box.maxX(), box.minY(), box.maxY()));
        if (!cell.text().isEmpty()) {
            float innerWidth = box.width() - 2 * PADDING;
            int lines = lineCount(cell.text(), innerWidth);
            Box textBox = new Box(box.minX() + PADDING, box.minY() + PADDING,
                    Math.min(innerWidth, textWidth(cell.text())), lines * LINE_HEIGHT);
            text.add(TextElement.exact(cell.text(), textBox, FONT_SIZE));
        }
    }

    /** Starts a new page unless the current one has room for a block of this height. */
    private void makeRoom(float height) {
        if (y + height > pageHeight - MARGIN && y > MARGIN) {
            finishPage();
        }
        // a block taller than a page makes its page taller rather than being cut
        pageHeight = Math.max(pageHeight, y + height + MARGIN);
    }

    private void finishPage() {
        if (!text.isEmpty() || !rulings.isEmpty()) {
            pages.add(new Page(pages.size() + 1, pageWidth, pageHeight, 0, Page.TextSource.OFFICE,
                    text, new ArrayList<>(rulings)));
        }
        text = new ArrayList<>();
        rulings = new LinkedHashSet<>();
        pageWidth = PAGE_WIDTH;
        pageHeight = PAGE_HEIGHT;
        y = MARGIN;
    }

    /** Width of a text set in {@link #FONT_SIZE}: a full em for CJK and full-width characters, about half for the rest. */
    static float textWidth(String s) {
        float width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += isWide(cp) ? FONT_SIZE : FONT_SIZE * 0.55f;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    static int lineCount(String s, float width) {
        // the tolerance keeps a text that exactly fills its column on one line despite float rounding
        return Math.max(1, (int) Math.ceil(textWidth(s) / Math.max(width, FONT_SIZE) - 0.001));
    }

    /** Breaks a paragraph into lines no wider than {@code width}. */
    static List<String> wrap(String s, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            float w = isWide(cp) ? FONT_SIZE : FONT_SIZE * 0.55f;
            if (lineWidth + w > width && !line.isEmpty()) {
                lines.add(line.toString().trim());
                line.setLength(0);
                lineWidth = 0;
            }
            line.appendCodePoint(cp);
            lineWidth += w;
            i += Character.charCount(cp);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().trim());
        }
        return lines;
    }

    private static float[] offsets(float start, float[] sizes) {
        float[] offsets = new float[sizes.length + 1];
        offsets[0] = start;
        for (int i = 0; i < sizes.length; i++) {
            offsets[i + 1] = offsets[i] + sizes[i];
        }
        return offsets;
    }

    private static float sum(float[] values, int from, int to) {
        float total = 0;
        for (int i = from; i < to; i++) {
            total += values[i];
        }
        return total;
    }

    /**
     * A table's cells placed on a grid the way HTML does it: each cell takes the next slot its row
     * has free, spans reserve slots in the rows below. Rows without text are dropped, and so are the
     * empty columns after the last used one; slots no cell covers get an empty cell, so the grid is
     * a rectangle of bordered cells.
     */
    record Grid(int rowCount, int columnCount, List<PlacedCell> cells, List<List<PlacedCell>> byRow) {

        Grid(int rowCount, int columnCount, List<PlacedCell> cells) {
            this(rowCount, columnCount, List.copyOf(cells), indexByRow(rowCount, cells));
        }

        private static List<List<PlacedCell>> indexByRow(int rowCount, List<PlacedCell> cells) {
            List<List<PlacedCell>> byRow = new ArrayList<>(rowCount);
            for (int r = 0; r < rowCount; r++) {
                byRow.add(new ArrayList<>());
            }
            for (PlacedCell cell : cells) {
                byRow.get(cell.row()).add(cell);
            }
            return byRow;
        }

        record PlacedCell(int row, int column, int rowSpan, int columnSpan, String text) {
            int lastRow() {
                return row + rowSpan - 1;
            }
        }

        static Grid of(TableContent table) {
            List<PlacedCell> placed = new ArrayList<>();
            List<boolean[]> taken = new ArrayList<>();
            int columns = 0;
            for (int r = 0; r < table.rows().size(); r++) {
                int c = 0;
                for (CellContent content : table.rows().get(r)) {
                    while (isTaken(taken, r, c)) {
                        c++;
                    }
                    int rowSpan = Math.min(content.rowSpan(), table.rows().size() - r);
                    placed.add(new PlacedCell(r, c, rowSpan, content.columnSpan(), content.text()));
                    for (int rr = r; rr < r + rowSpan; rr++) {
                        for (int cc = c; cc < c + content.columnSpan(); cc++) {
                            take(taken, rr, cc);
                        }
                    }
                    c += content.columnSpan();
                    columns = Math.max(columns, c);
                }
            }
            return compact(table.rows().size(), columns, placed);
        }

        /** Drops rows without text (where no merge crosses them) and trailing columns without text. */
        private static Grid compact(int rows, int columns, List<PlacedCell> cells) {
            boolean[] keepRow = new boolean[rows];
            int usedColumns = 0;
            for (PlacedCell cell : cells) {
                if (!cell.text().isEmpty() || cell.rowSpan() > 1) {
                    for (int r = cell.row(); r <= cell.lastRow(); r++) {
                        keepRow[r] = true;
                    }
                }
                if (!cell.text().isEmpty()) {
                    usedColumns = Math.max(usedColumns, cell.column() + 1);
                }
            }
            int[] newRow = new int[rows];
            int kept = 0;
            for (int r = 0; r < rows; r++) {
                newRow[r] = keepRow[r] ? kept++ : -1;
            }
            int width = Math.min(columns, usedColumns);
            boolean[][] covered = new boolean[kept][width];
            List<PlacedCell> result = new ArrayList<>();
            for (PlacedCell cell : cells) {
                if (newRow[cell.row()] < 0 || cell.column() >= width) {
                    continue;
                }
                int span = Math.min(cell.columnSpan(), width - cell.column());
                PlacedCell moved = new PlacedCell(newRow[cell.row()], cell.column(), cell.rowSpan(), span, cell.text());
                result.add(moved);
                for (int r = moved.row(); r <= moved.lastRow(); r++) {
                    for (int c = moved.column(); c < moved.column() + span; c++) {
                        covered[r][c] = true;
                    }
                }
            }
            for (int r = 0; r < kept; r++) {
                for (int c = 0; c < width; c++) {
                    if (!covered[r][c]) {
                        result.add(new PlacedCell(r, c, 1, 1, ""));
                    }
                }
            }
            return new Grid(kept, width, result);
        }

        private static boolean isTaken(List<boolean[]> taken, int r, int c) {
            return r < taken.size() && c < taken.get(r).length && taken.get(r)[c];
        }

        private static void take(List<boolean[]> taken, int r, int c) {
            while (taken.size() <= r) {
                taken.add(new boolean[0]);
            }
            boolean[] row = taken.get(r);
            if (row.length <= c) {
                row = Arrays.copyOf(row, Math.max(c + 1, row.length * 2));
                taken.set(r, row);
            }
            row[c] = true;
        }

        /** Each column as wide as its widest single-column text, within bounds. */
        float[] columnWidths() {
            float[] widths = new float[columnCount];
            Arrays.fill(widths, MIN_COLUMN);
            for (PlacedCell cell : cells) {
                if (cell.columnSpan() == 1) {
                    float wanted = textWidth(cell.text()) + 2 * PADDING;
                    widths[cell.column()] = Math.max(widths[cell.column()], Math.min(MAX_COLUMN, wanted));
                }
            }
            return widths;
        }

        /** Each row as tall as its tallest wrapped text; a merged cell's lack of room goes to its last row. */
        float[] rowHeights(float[] columnWidths) {
            float[] heights = new float[rowCount];
            Arrays.fill(heights, LINE_HEIGHT + 2 * PADDING);
            List<PlacedCell> merged = new ArrayList<>();
            for (PlacedCell cell : cells) {
                if (cell.rowSpan() == 1) {
                    heights[cell.row()] = Math.max(heights[cell.row()], needed(cell, columnWidths));
                } else {
                    merged.add(cell);
                }
            }
            for (PlacedCell cell : merged) {
                float available = sum(heights, cell.row(), cell.lastRow() + 1);
                float lacking = needed(cell, columnWidths) - available;
                if (lacking > 0) {
                    heights[cell.lastRow()] += lacking;
                }
            }
            return heights;
        }

        private static float needed(PlacedCell cell, float[] columnWidths) {
            float width = sum(columnWidths, cell.column(), cell.column() + cell.columnSpan()) - 2 * PADDING;
            return lineCount(cell.text(), width) * LINE_HEIGHT + 2 * PADDING;
        }

        /** The last row of the group that starts at {@code first}: rows that a vertical merge ties together. */
        int endOfRowGroup(int first) {
            int last = first;
            for (int r = first; r <= last; r++) {
                for (PlacedCell cell : byRow.get(r)) {
                    last = Math.max(last, cell.lastRow());
                }
            }
            return last;
        }

        List<PlacedCell> cellsStartingIn(int first, int last) {
            List<PlacedCell> result = new ArrayList<>();
            for (int r = first; r <= last; r++) {
                result.addAll(byRow.get(r));
            }
            return result;
        }
    }
}
