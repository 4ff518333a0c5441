package org.jixiao.extract.forms;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws forms the way the genre prints them: running text, and ruled tables whose cells may span
 * rows ({@code ^}) and columns ({@code <}). A4 portrait or landscape, top-down coordinates. A table
 * too long for its page goes on over the next, breaking between rows, its header rows repeated
 * where the form repeats them.
 */
public final class FormWriter implements Closeable {

    public static final float MARGIN = 56;
    private static final float LINE_GAP = 1.5f;
    private static final float PADDING = 3;

    private final PDDocument document = new PDDocument();
    private final PDFont font;
    private PDPageContentStream content;
    private PDRectangle pageSize = PDRectangle.A4;
    private float y;

    public FormWriter(FontSource fonts) throws IOException {
        this.font = fonts.load(document);
    }

    /** A font the writer embeds: the genre is Chinese, so it must have the CJK ideographs. */
    public interface FontSource {
        PDFont load(PDDocument document) throws IOException;
    }

    /** How a table is laid over pages. */
    public record TableLayout(int headerRows, boolean repeatHeader, int breakBeforeRow) {
        /** One page break where the page is full, nothing repeated. */
        public static final TableLayout FLOWING = new TableLayout(0, false, -1);
    }

    public void newPage() throws IOException {
        newPage(false);
    }

    /** Starts a page, A4 turned to landscape where asked. */
    public void newPage(boolean landscape) throws IOException {
        if (content != null) {
            footer();
            content.close();
        }
        pageSize = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
        PDPage page = new PDPage(pageSize);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = MARGIN;
    }

    /** The width between the margins of the current page. */
    public float textWidth() {
        return pageSize.getWidth() - 2 * MARGIN;
    }

    public void title(String text, float size) throws IOException {
        ensureRoom(size * 2);
        float width = font.getStringWidth(text) / 1000 * size;
        write(text, (pageSize.getWidth() - width) / 2, y + size, size);
        y += size * 2;
    }

    /** Lines of running text, each as given (the caller wraps them). */
    public void text(float size, String... lines) throws IOException {
        for (String line : lines) {
            ensureRoom(size * LINE_GAP + 2);
            write(line, MARGIN, y + size, size);
            y += size * LINE_GAP + 2;
        }
        y += size * 0.5f;
    }

    /** A paragraph wrapped to the page width, its first line indented by two characters. */
    public void paragraph(float size, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder("\u3000\u3000");
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String next = new String(Character.toChars(codePoint));
            if (width(line + next, size) > textWidth()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(next);
            i += Character.charCount(codePoint);
        }
        lines.add(line.toString());
        text(size, lines.toArray(String[]::new));
    }

    /** A line set flush right, as a table's {@code 单位：万元} corner line. */
    public void rightLine(float size, String text) throws IOException {
        ensureRoom(size * LINE_GAP + 2);
        write(text, pageSize.getWidth() - MARGIN - width(text, size), y + size, size);
        y += size * LINE_GAP + 2;
    }

    /** A ruled table that fits or flows with the page: see {@link #table(float, float[], TableLayout, String[][])}. */
    public void table(float size, float[] widths, String[]... rows) throws IOException {
        table(size, widths, TableLayout.FLOWING, rows);
    }

    /**
     * A ruled table. A cell {@code "<"} belongs to the cell on its left, {@code "^"} to the cell above;
     * a cell's text may hold several lines separated by {@code \n}. Widths are scaled to the page.
     */
    public void table(float size, float[] widths, TableLayout layout, String[][] rows) throws IOException {
        float[] x = columnEdges(widths);
        float[] heights = new float[rows.length];
        for (int r = 0; r < rows.length; r++) {
            heights[r] = rowHeight(rows[r], x, size);
        }
        int start = 0;
        while (start < rows.length) {
            float room = pageSize.getHeight() - MARGIN - y;
            int end = start;
            float used = 0;
            while (end < rows.length && (end == start || used + heights[end] <= room)
                    && !(end > start && end == layout.breakBeforeRow())) {
                used += heights[end];
                end++;
            }
            if (end == start + 1 && used > room && y > MARGIN) {
                // not even one row fits: begin on a fresh page
                newPage(landscape());
                continue;
            }
            drawRows(size, x, heights, rows, start, end);
            start = end;
            if (start < rows.length) {
                newPage(landscape());
                if (layout.repeatHeader() && layout.headerRows() > 0) {
                    drawRows(size, x, heights, rows, 0, layout.headerRows());
                }
            }
        }
        y += size * 1.5f;
    }

    private boolean landscape() {
        return pageSize.getWidth() > pageSize.getHeight();
    }

    private float[] columnEdges(float[] widths) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float scale = Math.min(1.5f, textWidth() / total);
        float[] x = new float[widths.length + 1];
        x[0] = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            x[c + 1] = x[c] + widths[c] * scale;
        }
        return x;
    }

    /** Cell text is wrapped to the cell's width; the row is as high as its tallest cell. */
    private float rowHeight(String[] row, float[] x, float size) throws IOException {
        int lines = 1;
        for (int c = 0; c < row.length; c++) {
            if (!row[c].equals("<") && !row[c].equals("^")) {
                lines = Math.max(lines, wrap(row[c], x[lastColumn(row, c) + 1] - x[c] - 2 * PADDING, size).size());
            }
        }
        return lines * size * 1.3f + 2 * PADDING + 4;
    }

    private static int lastColumn(String[] row, int c) {
        int last = c;
        while (last + 1 < row.length && row[last + 1].equals("<")) {
            last++;
        }
        return last;
    }

    private List<String> wrap(String cell, float width, float size) throws IOException {
        List<String> out = new ArrayList<>();
        for (String given : cell.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < given.length(); ) {
                String next = new String(Character.toChars(given.codePointAt(i)));
                if (line.length() > 0 && width(line + next, size) > width) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                line.append(next);
                i += next.length();
            }
            out.add(line.toString());
        }
        return out;
    }

    /** Draws rows [from, to) at the current position; spans are cut at the segment's edges. */
    private void drawRows(float size, float[] x, float[] heights, String[][] rows, int from, int to) throws IOException {
        float[] top = new float[to - from + 1];
        top[0] = y;
        for (int r = from; r < to; r++) {
            top[r - from + 1] = top[r - from] + heights[r];
        }
        List<float[]> lines = new ArrayList<>();
        for (int r = from; r < to; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                String cell = rows[r][c];
                boolean continued = cell.equals("^") && r == from;
                if (cell.equals("<") || cell.equals("^") && !continued) {
                    continue;
                }
                int lastColumn = lastColumn(rows[r], c);
                int lastRow = r;
                while (lastRow + 1 < to && rows[lastRow + 1][c].equals("^")) {
                    lastRow++;
                }
                float left = x[c];
                float right = x[lastColumn + 1];
                float upper = top[r - from];
                float lower = top[lastRow + 1 - from];
                lines.add(new float[] {left, upper, right, upper});
                lines.add(new float[] {left, lower, right, lower});
                lines.add(new float[] {left, upper, left, lower});
                lines.add(new float[] {right, upper, right, lower});
                if (continued) {
                    continue;
                }
                List<String> textLines = wrap(cell, right - left - 2 * PADDING, size);
                float textHeight = textLines.size() * size * 1.3f;
                float baseline = upper + (lower - upper - textHeight) / 2 + size;
                for (String line : textLines) {
                    write(line, left + PADDING, baseline, size);
                    baseline += size * 1.3f;
                }
            }
        }
        content.setLineWidth(0.6f);
        for (float[] line : lines) {
            content.moveTo(line[0], pageSize.getHeight() - line[1]);
            content.lineTo(line[2], pageSize.getHeight() - line[3]);
        }
        content.stroke();
        y = top[to - from];
    }

    private void ensureRoom(float height) throws IOException {
        if (y + height > pageSize.getHeight() - MARGIN) {
            newPage(landscape());
        }
    }

    public void save(Path file) throws IOException {
        footer();
        content.close();
        content = null;
        document.save(file.toFile());
    }

    private void footer() throws IOException {
        String number = Integer.toString(document.getNumberOfPages());
        write(number, pageSize.getWidth() / 2, pageSize.getHeight() - MARGIN / 2, 9);
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private void write(String text, float left, float baseline, float size) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(left, pageSize.getHeight() - baseline);
        content.showText(text);
        content.endText();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
