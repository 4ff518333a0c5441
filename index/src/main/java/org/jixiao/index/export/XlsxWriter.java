package org.jixiao.index.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An {@link ExportTable} as an Excel workbook (.xlsx): a bold, frozen header row of the columns' headings
 * (units in them), numbers as numbers so they sum and sort, everything else as text. Rows stream to disk,
 * so a large archive's export does not sit in memory.
 */
public final class XlsxWriter {

    /** Rows kept in memory while writing; the rest are flushed to a temporary file. */
    private static final int ROWS_IN_MEMORY = 500;
    /** Excel's widest column is 255 characters; wide text is cut off at about this width on screen. */
    private static final int MAX_COLUMN_CHARS = 60;

    private XlsxWriter() {
    }

    public static void write(ExportTable table, String sheetName, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            List<Column> columns = table.columns();
            int[] widths = new int[columns.size()];
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(headerStyle);
                widths[i] = displayWidth(columns.get(i).header());
            }
            sheet.createFreezePane(0, 1);
            int rowIndex = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(rowIndex++);
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    Object value = column.forPeople().apply(values.get(i));
                    if (value != null) {
                        setValue(row.createCell(i), column.kind(), value);
                        widths[i] = Math.max(widths[i], displayWidth(value.toString()));
                    }
                }
            }
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, columns.size() - 1));
            setWidths(sheet, widths);
            workbook.write(out);
            workbook.dispose();
        }
        out.flush();
    }

    private static void setValue(Cell cell, Column.Kind kind, Object value) {
        BigDecimal number = kind == Column.Kind.TEXT ? null : number(value);
        if (number != null) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void setWidths(Sheet sheet, int[] widths) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(MAX_COLUMN_CHARS, widths[i] + 2) * 256);
        }
    }

    /** Chinese characters take two character widths. */
    private static int displayWidth(String text) {
        return text.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF60 ? 2 : 1).sum();
    }
}
