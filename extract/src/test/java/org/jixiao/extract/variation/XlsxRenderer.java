package org.jixiao.extract.variation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.forms.FormWorkbook;
import org.jixiao.extract.variation.Layout.Block;
import org.jixiao.extract.variation.Layout.Corner;
import org.jixiao.extract.variation.Layout.Grid;
import org.jixiao.extract.variation.Layout.Line;
import org.jixiao.extract.variation.Layout.PageBreak;
import org.jixiao.extract.variation.Layout.Paragraph;
import org.jixiao.extract.variation.Layout.Sheet;
import org.jixiao.extract.variation.Layout.Title;

/**
 * Lays a layout out as a workbook the way bureaus keep their forms in Excel: one sheet per form (or
 * per {@link Sheet} block), ruled and merged cells, page breaks and repeated header rows for printing.
 */
final class XlsxRenderer {

    /** Characters across a printed A4 sheet. */
    private static final int PORTRAIT_CHARS = 100;
    private static final int LANDSCAPE_CHARS = 150;

    void render(Layout layout, String firstSheet, Path file) throws IOException {
        try (FormWorkbook book = new FormWorkbook()) {
            List<List<Block>> sheets = new ArrayList<>();
            List<String> names = new ArrayList<>();
            names.add(firstSheet);
            sheets.add(new ArrayList<>());
            for (Block block : layout.blocks()) {
                if (block instanceof Sheet sheet) {
                    if (!sheets.get(sheets.size() - 1).isEmpty()) {
                        sheets.add(new ArrayList<>());
                        names.add(sheet.name());
                    } else {
                        names.set(names.size() - 1, sheet.name());
                    }
                } else {
                    sheets.get(sheets.size() - 1).add(block);
                }
            }
            for (int i = 0; i < sheets.size(); i++) {
                sheet(book, names.get(i), sheets.get(i), layout.landscape());
            }
            book.write(file);
        }
    }

    private static void sheet(FormWorkbook book, String name, List<Block> blocks, boolean landscape) {
        Grid first = blocks.stream().filter(Grid.class::isInstance).map(Grid.class::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("sheet " + name + " has no table"));
        int columns = first.columns();
        float total = 0;
        for (float w : first.widths()) {
            total += w;
        }
        int chars = landscape ? LANDSCAPE_CHARS : PORTRAIT_CHARS;
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(4, Math.round(first.widths()[c] / total * chars));
        }
        book.sheet(name, landscape, widths).fitToWidth();
        for (Block block : blocks) {
            if (block instanceof Title title) {
                book.title(title.text(), columns);
            } else if (block instanceof Line line) {
                book.text(line.text(), columns);
            } else if (block instanceof Corner corner) {
                book.text(corner.text(), columns);
            } else if (block instanceof Paragraph paragraph) {
                book.text(paragraph.text(), columns);
            } else if (block instanceof PageBreak) {
                book.pageBreakBefore(book.nextRow());
            } else if (block instanceof Grid grid) {
                if (grid.columns() != columns) {
                    throw new IllegalArgumentException("sheet " + name + ": grids of " + columns + " and "
                            + grid.columns() + " columns");
                }
                int start = book.nextRow();
                book.grid(0, grid.rows());
                if (grid.breakBeforeRow() > 0) {
                    book.pageBreakBefore(start + grid.breakBeforeRow());
                }
                if (grid.repeatHeader() && grid.headerRows() > 0) {
                    book.repeatRows(start, start + grid.headerRows() - 1);
                }
            }
        }
    }
}
