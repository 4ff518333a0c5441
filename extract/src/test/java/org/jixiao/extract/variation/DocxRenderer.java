package org.jixiao.extract.variation;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.extract.variation.Layout.Block;
import org.jixiao.extract.variation.Layout.Corner;
import org.jixiao.extract.variation.Layout.Grid;
import org.jixiao.extract.variation.Layout.Line;
import org.jixiao.extract.variation.Layout.PageBreak;
import org.jixiao.extract.variation.Layout.Paragraph;
import org.jixiao.extract.variation.Layout.Sheet;
import org.jixiao.extract.variation.Layout.Title;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a layout as the Word document a report is kept in: headings, paragraphs, and tables whose
 * merged cells are Word's own (gridSpan across columns, vMerge down rows), a page break where the
 * layout has one.
 */
final class DocxRenderer {

    /** Twips across the text of an A4 page with 2.5 cm margins. */
    private static final int TEXT_WIDTH = 9000;

    void render(Layout layout, Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            boolean breakBefore = false;
            for (Block block : layout.blocks()) {
                if (block instanceof PageBreak || block instanceof Sheet) {
                    breakBefore = true;
                    continue;
                }
                if (block instanceof Grid grid) {
                    if (breakBefore) {
                        document.createParagraph().setPageBreak(true);
                    }
                    table(document, grid);
                } else {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph.setPageBreak(breakBefore);
                    XWPFRun run = paragraph.createRun();
                    run.setFontFamily("宋体");
                    if (block instanceof Title title) {
                        paragraph.setAlignment(ParagraphAlignment.CENTER);
                        run.setBold(true);
                        run.setFontSize(16);
                        run.setText(title.text());
                    } else if (block instanceof Corner corner) {
                        paragraph.setAlignment(ParagraphAlignment.RIGHT);
                        run.setText(corner.text());
                    } else if (block instanceof Paragraph text) {
                        paragraph.setIndentationFirstLine(420);
                        run.setText(text.text());
                    } else if (block instanceof Line line) {
                        run.setText(line.text());
                    }
                }
                breakBefore = false;
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }
    }

    private static void table(XWPFDocument document, Grid grid) {
        String[][] rows = grid.rows();
        int[] widths = twips(grid.widths());
        XWPFTable table = document.createTable();
        table.removeRow(0);
        CTTblGrid columns = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        for (int width : widths) {
            columns.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            for (int c = 0; c < rows[r].length; ) {
                String text = rows[r][c];
                if (text.equals(Forms.LEFT)) {
                    c++;
                    continue;
                }
                int origin = r;
                while (rows[origin][c].equals(Forms.UP) && origin > 0) {
                    origin--;
                }
                int span = 1;
                while (c + span < rows[origin].length && rows[origin][c + span].equals(Forms.LEFT)) {
                    span++;
                }
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int width = 0;
                for (int k = c; k < c + span; k++) {
                    width += widths[k];
                }
                properties.addNewTcW().setW(BigInteger.valueOf(width));
                properties.getTcW().setType(STTblWidth.DXA);
                if (span > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                boolean continues = text.equals(Forms.UP);
                if (continues) {
                    properties.addNewVMerge().setVal(STMerge.CONTINUE);
                } else if (r + 1 < rows.length && rows[r + 1][c].equals(Forms.UP)) {
                    properties.addNewVMerge().setVal(STMerge.RESTART);
                }
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                if (!continues) {
                    String[] lines = text.split("\n", -1);
                    XWPFRun run = paragraph.createRun();
                    run.setFontSize(9);
                    for (int i = 0; i < lines.length; i++) {
                        if (i > 0) {
                            run.addBreak(BreakType.TEXT_WRAPPING);
                        }
                        run.setText(lines[i]);
                    }
                }
                c += span;
            }
        }
        document.createParagraph();
    }

    private static int[] twips(float[] widths) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        int[] out = new int[widths.length];
        for (int i = 0; i < widths.length; i++) {
            out[i] = Math.round(widths[i] / total * TEXT_WIDTH);
        }
        return out;
    }
}
