package org.jixiao.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table for export, written as .xlsx (a bold header row frozen above the data, an auto-filter, widths
 * by column, numbers as numbers) or as CSV (UTF-8 with a byte-order mark, so Excel opens it as Chinese text).
 */
final class Sheet {

    /** A column: its header, its width in characters, and whether its values are numbers. */
    record Column(String header, int width, boolean numeric) {
    }

    private final String name;
    private final List<Column> columns;
    private final List<List<Object>> rows;

    Sheet(String name, List<Column> columns, List<List<Object>> rows) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.rows = rows;
    }

    void writeXlsx(OutputStream out) throws IOException {
        // streaming: a few rows in memory at a time, whatever the export's size
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(name);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Row first = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, columns.size() - 1));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    BigDecimal number = columns.get(c).numeric() ? number(value) : null;
                    if (number != null) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    void writeCsv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writeCsvLine(writer, columns.stream().map(Column::header).map(Object.class::cast).toList());
        for (List<Object> row : rows) {
            writeCsvLine(writer, row);
        }
        writer.flush();
    }

    private static void writeCsvLine(Writer writer, List<Object> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            Object value = values.get(i);
            String text = value == null ? "" : value.toString();
            if (text.matches("(?s)([=+@\t\r].*|-[^0-9.].*)")) {
                text = "'" + text; // a cell Excel would run as a formula: text from a hostile file stays text
            }
            if (text.matches("(?s).*[\",\r\n].*")) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            writer.write(text);
        }
        writer.write("\r\n");
    }

    /** A value that is a plain number (a score such as 9.5), else null: a target such as ≥95% stays text. */
    private static BigDecimal number(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
