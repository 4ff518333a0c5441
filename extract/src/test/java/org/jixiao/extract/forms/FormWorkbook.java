package org.jixiao.extract.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lays out forms in a spreadsheet the way finance bureaus build them in Excel or WPS: ruled cells,
 * merged labels, wrapped text, A4 pages. Exported to PDF by LibreOffice, they are born-digital
 * samples with real fonts and real cell borders.
 */
public final class FormWorkbook implements AutoCloseable {

    private static final float CJK_CHAR_WIDTH = 2.1f;
    private static final float LATIN_CHAR_WIDTH = 1.1f;
    private static final float CELL_PADDING = 0.5f;
    private static final float DEFAULT_ROW_POINTS = 15f;
    private static final float LINE_POINTS = 14.5f;
    private static final float CELL_PADDING_POINTS = 4f;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle ruled;
    private final CellStyle plain;
    private final CellStyle title;
    private Sheet sheet;
    private int nextRow;

    public FormWorkbook() {
        ruled = workbook.createCellStyle();
        ruled.setBorderTop(BorderStyle.THIN);
        ruled.setBorderBottom(BorderStyle.THIN);
        ruled.setBorderLeft(BorderStyle.THIN);
        ruled.setBorderRight(BorderStyle.THIN);
        ruled.setWrapText(true);
        ruled.setVerticalAlignment(VerticalAlignment.CENTER);
        plain = workbook.createCellStyle();
        plain.setWrapText(true);
        plain.setVerticalAlignment(VerticalAlignment.CENTER);
        title = workbook.createCellStyle();
        Font big = workbook.createFont();
        big.setFontHeightInPoints((short) 16);
        big.setBold(true);
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
    }

    /** Starts a sheet (its own pages), landscape or portrait, with column widths in characters. */
    public FormWorkbook sheet(String name, boolean landscape, int... widths) {
        sheet = workbook.createSheet(name);
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setScale((short) 75);
        nextRow = 0;
        return this;
    }

    /** A centred title over all columns. */
    public FormWorkbook title(String text, int columns) {
        Row row = sheet.createRow(nextRow);
        row.setHeightInPoints(24);
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(title);
        sheet.addMergedRegion(new CellRangeAddress(nextRow, nextRow, 0, columns - 1));
        nextRow++;
        return this;
    }

    /** A line of text outside any table, across all columns. */
    public FormWorkbook text(String text, int columns) {
        Row row = sheet.createRow(nextRow);
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(plain);
        sheet.addMergedRegion(new CellRangeAddress(nextRow, nextRow, 0, columns - 1));
        nextRow++;
        return this;
    }

    /**
     * A row of cells. A cell text of {@code "<"} merges into the cell on its left; {@code "^"} leaves
     * the cell empty for a merge over rows made with {@link #merge}. {@code ruledRow} draws the borders.
     */
    public FormWorkbook row(boolean ruledRow, float height, String... texts) {
        cells(ruledRow, height, texts);
        mergeMarks(texts);
        nextRow++;
        return this;
    }

    /**
     * The height a row needs for its wrapped texts, as a clerk sets it before printing: neither Excel
     * nor LibreOffice fits a row that holds merged cells, and LibreOffice prints what does not fit
     * over the neighbouring rows. A CJK character is about two widths of the column unit's digit.
     */
    private float fittedHeight(String[] texts) {
        int lines = 1;
        for (int c = 0; c < texts.length; c++) {
            if (texts[c].equals("<") || texts[c].equals("^")) {
                continue;
            }
            float width = sheet.getColumnWidth(c) / 256f;
            for (int k = c + 1; k < texts.length && texts[k].equals("<"); k++) {
                width += sheet.getColumnWidth(k) / 256f;
            }
            float needed = 0;
            for (char ch : texts[c].toCharArray()) {
                needed += ch >= 0x2E80 ? CJK_CHAR_WIDTH : LATIN_CHAR_WIDTH;
            }
            lines = Math.max(lines, (int) Math.ceil(needed / Math.max(1, width - CELL_PADDING)));
        }
        return lines == 1 ? DEFAULT_ROW_POINTS : lines * LINE_POINTS + CELL_PADDING_POINTS;
    }

    private void cells(boolean ruledRow, float height, String[] texts) {
        Row row = sheet.createRow(nextRow);
        if (height > 0) {
            row.setHeightInPoints(height);
        }
        for (int c = 0; c < texts.length; c++) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
            cell.setCellStyle(ruledRow ? ruled : plain);
            String text = texts[c];
            if (!text.equals("<") && !text.equals("^")) {
                cell.setCellValue(text);
            }
        }
    }

    /**
     * Ruled rows at once: a cell {@code "<"} merges into the cell on its left, {@code "^"} into the cell
     * above, as {@link FormWriter} draws them.
     */
    public FormWorkbook grid(float height, String[][] rows) {
        int first = nextRow;
        for (String[] texts : rows) {
            cells(true, height > 0 ? height : fittedHeight(texts), texts);
            nextRow++;
        }
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c].equals("^") || rows[r][c].equals("<")) {
                    continue;
                }
                int lastRow = r;
                while (lastRow + 1 < rows.length && rows[lastRow + 1][c].equals("^")) {
                    lastRow++;
                }
                int lastColumn = c;
                while (lastColumn + 1 < rows[r].length && rows[r][lastColumn + 1].equals("<")) {
                    lastColumn++;
                }
                if (lastRow > r || lastColumn > c) {
                    sheet.addMergedRegion(new CellRangeAddress(first + r, first + lastRow, c, lastColumn));
                }
            }
        }
        return this;
    }

    /** Prints the sheet one page wide, as many pages long as it takes. */
    public FormWorkbook fitToWidth() {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return this;
    }

    /** Ends the printed page before the given row of the sheet (0-based). */
    public FormWorkbook pageBreakBefore(int row) {
        if (row > 0) {
            sheet.setRowBreak(row - 1);
        }
        return this;
    }

    private void mergeMarks(String[] texts) {
        for (int c = 0; c < texts.length; c++) {
            if (texts[c].equals("<") || texts[c].equals("^")) {
                continue;
            }
            int lastColumn = c;
            while (lastColumn + 1 < texts.length && texts[lastColumn + 1].equals("<")) {
                lastColumn++;
            }
            if (lastColumn > c) {
                sheet.addMergedRegion(new CellRangeAddress(nextRow, nextRow, c, lastColumn));
            }
        }
    }

    /** Merges a block of cells already written (rows and columns inclusive, 0-based within the sheet). */
    public FormWorkbook merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        return this;
    }

    /** The 0-based index of the next row to be written. */
    public int nextRow() {
        return nextRow;
    }

    /** Ends the printed page after the last row written. */
    public FormWorkbook pageBreak() {
        sheet.setRowBreak(nextRow - 1);
        return this;
    }

    /** Rows printed again at the top of every page of this sheet (a table's header). */
    public FormWorkbook repeatRows(int firstRow, int lastRow) {
        sheet.setRepeatingRows(new CellRangeAddress(firstRow, lastRow, -1, -1));
        return this;
    }

    public void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
