package org.jixiao.extract.variation;

import java.io.IOException;
import java.nio.file.Path;
import org.jixiao.extract.forms.FormWriter;
import org.jixiao.extract.variation.Layout.Block;
import org.jixiao.extract.variation.Layout.Corner;
import org.jixiao.extract.variation.Layout.Grid;
import org.jixiao.extract.variation.Layout.Line;
import org.jixiao.extract.variation.Layout.PageBreak;
import org.jixiao.extract.variation.Layout.Paragraph;
import org.jixiao.extract.variation.Layout.Sheet;
import org.jixiao.extract.variation.Layout.Title;

/** Draws a layout as a born-digital PDF with PDFBox, the font embedded as a subset. */
final class PdfRenderer {

    private static final float TITLE = 15;
    private static final float BODY = 10.5f;
    private static final float CELL = 9;

    private final FormWriter.FontSource font;

    PdfRenderer(FormWriter.FontSource font) {
        this.font = font;
    }

    void render(Layout layout, Path file) throws IOException {
        try (FormWriter w = new FormWriter(font)) {
            w.newPage(layout.landscape());
            boolean fresh = true;
            for (Block block : layout.blocks()) {
                if (block instanceof Title title) {
                    w.title(title.text(), TITLE);
                } else if (block instanceof Line line) {
                    w.text(BODY, line.text());
                } else if (block instanceof Corner corner) {
                    w.rightLine(BODY, corner.text());
                } else if (block instanceof Paragraph paragraph) {
                    w.paragraph(BODY, paragraph.text());
                } else if (block instanceof Grid grid) {
                    float size = grid.columns() > 8 ? CELL - 1 : CELL;
                    w.table(size, grid.widths(),
                            new FormWriter.TableLayout(grid.headerRows(), grid.repeatHeader(), grid.breakBeforeRow()),
                            grid.rows());
                } else if (block instanceof PageBreak || block instanceof Sheet && !fresh) {
                    w.newPage(layout.landscape());
                }
                fresh = false;
            }
            w.save(file);
        }
    }
}
