package org.jixiao.extract.check.planted;

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
 * rows ({@code ^}) and columns ({@code <}). A4 portrait, top-down coordinates.
 */
final class FormWriter implements Closeable {

    static final float MARGIN = 56;
    private static final float LINE_GAP = 1.5f;
    private static final float PADDING = 3;

    private final PDDocument document = new PDDocument();
    private final PDFont font;
    private PDPageContentStream content;
    private float pageHeight;
    private float y;

    FormWriter(FontSource fonts) throws IOException {
        this.font = fonts.load(document);
    }

    /** A font the writer embeds: the genre is Chinese, so it must have the CJK ideographs. */
    interface FontSource {
        PDFont load(PDDocument document) throws IOException;
    }

    void newPage() throws IOException {
        if (content != null) {
            footer();
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pageHeight = page.getMediaBox().getHeight();
        content = new PDPageContentStream(document, page);
        y = MARGIN;
    }

    void title(String text, float size) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        write(text, (PDRectangle.A4.getWidth() - width) / 2, y + size, size);
        y += size * 2;
    }

    /** Lines of running text, each as given (the caller wraps them). */
    void text(float size, String... lines) throws IOException {
        for (String line : lines) {
            write(line, MARGIN, y + size, size);
            y += size * LINE_GAP + 2;
        }
        y += size * 0.5f;
    }

    /**
     * A ruled table. A cell {@code "<"} belongs to the cell on its left, {@code "^"} to the cell above;
     * a cell's text may hold several lines separated by {@code \n}.
     */
    void table(float size, float[] widths, String[]... rows) throws IOException {
        int columns = widths.length;
        float[] x = new float[columns + 1];
        x[0] = MARGIN;
        for (int c = 0; c < columns; c++) {
            x[c + 1] = x[c] + widths[c];
        }
        float[] heights = new float[rows.length];
        for (int r = 0; r < rows.length; r++) {
            int lines = 1;
            for (String cell : rows[r]) {
                lines = Math.max(lines, cell.split("\n", -1).length);
            }
            heights[r] = lines * size * 1.3f + 2 * PADDING + 4;
        }
        float[] top = new float[rows.length + 1];
        top[0] = y;
        for (int r = 0; r < rows.length; r++) {
            top[r + 1] = top[r] + heights[r];
        }
        List<float[]> lines = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns; c++) {
                String cell = rows[r][c];
                if (cell.equals("<") || cell.equals("^")) {
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
                float left = x[c];
                float right = x[lastColumn + 1];
                float upper = top[r];
                float lower = top[lastRow + 1];
                lines.add(new float[] {left, upper, right, upper});
                lines.add(new float[] {left, lower, right, lower});
                lines.add(new float[] {left, upper, left, lower});
                lines.add(new float[] {right, upper, right, lower});
                String[] textLines = cell.split("\n", -1);
                float textHeight = textLines.length * size * 1.3f;
                float baseline = upper + (lower - upper - textHeight) / 2 + size;
                for (String line : textLines) {
                    write(line, left + PADDING, baseline, size);
                    baseline += size * 1.3f;
                }
            }
        }
        content.setLineWidth(0.6f);
        for (float[] line : lines) {
            content.moveTo(line[0], pageHeight - line[1]);
            content.lineTo(line[2], pageHeight - line[3]);
        }
        content.stroke();
        y = top[rows.length] + size * 1.5f;
    }

    void save(Path file) throws IOException {
        footer();
        content.close();
        content = null;
        document.save(file.toFile());
    }

    private void footer() throws IOException {
        String number = Integer.toString(document.getNumberOfPages());
        write(number, PDRectangle.A4.getWidth() / 2, pageHeight - MARGIN / 2, 9);
    }

    private void write(String text, float left, float baseline, float size) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(left, pageHeight - baseline);
        content.showText(text);
        content.endText();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
