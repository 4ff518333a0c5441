package org.jixiao.ingest.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.ingest.TextNormalizer;
import org.jixiao.ingest.office.OfficeContent.Block;
import org.jixiao.ingest.office.OfficeContent.CellContent;
import org.jixiao.ingest.office.OfficeContent.Paragraph;
import org.jixiao.ingest.office.OfficeContent.Section;
import org.jixiao.ingest.office.OfficeContent.TableContent;

/**
 * Reads a workbook's sheets into {@link OfficeContent} with POI, merged regions included. Tika's
 * XHTML for spreadsheets has no rowspan or colspan: a label merged over four rows (项目资金（万元）)
 * would stand beside the first only, and the rows below would lose their unit. Cells show what
 * Excel shows: their formatted value, a formula's cached result. As on a printout, only rows with
 * cell borders form tables; a row without any (a title, 填报单位 and 金额单位 above the form) is a
 * line of text.
 */
final class WorkbookReader {

    private final TextNormalizer normalizer;
    private final int maxCells;

    WorkbookReader(TextNormalizer normalizer, int maxCells) {
        this.normalizer = normalizer;
        this.maxCells = maxCells;
    }

    /** One section per sheet: its name, then its cells as one table. */
    List<Section> read(Path file, String password) throws IOException, XhtmlStructureHandler.TooManyCellsException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        formatter.setUseCachedValuesForFormulaCells(true);
        List<Section> sections = new ArrayList<>();
        long slots = 0;
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), password, true)) {
            for (Sheet sheet : workbook) {
                int columns = 0;
                for (Row row : sheet) {
                    columns = Math.max(columns, row.getLastCellNum());
                }
                slots += (long) (sheet.getLastRowNum() + 1) * columns;
                if (slots > maxCells) {
                    throw new XhtmlStructureHandler.TooManyCellsException(maxCells);
                }
                List<Block> blocks = new ArrayList<>();
                blocks.add(new Paragraph(clean(sheet.getSheetName())));
                blocks.addAll(blocks(sheet, columns, formatter));
                sections.add(new Section(blocks));
            }
        }
        return sections;
    }

    /** The sheet's rows in order: runs of bordered rows as tables, other rows as lines of text. */
    private List<Block> blocks(Sheet sheet, int columns, DataFormatter formatter) {
        Map<Long, CellRangeAddress> mergeStarts = new HashMap<>();
        Set<Long> covered = new HashSet<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            mergeStarts.put(key(range.getFirstRow(), range.getFirstColumn()), range);
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    covered.add(key(r, c));
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        List<List<CellContent>> rows = new ArrayList<>();
        int mergedRowsLeft = 0;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            boolean bordered = hasBorder(row);
            if (!bordered && mergedRowsLeft == 0) {
                if (!rows.isEmpty()) {
                    blocks.add(new TableContent(rows));
                    rows = new ArrayList<>();
                }
                String line = line(row, formatter);
                if (!line.isEmpty()) {
                    blocks.add(new Paragraph(line));
                }
                continue;
            }
            List<CellContent> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                CellRangeAddress merge = mergeStarts.get(key(r, c));
                if (merge == null && covered.contains(key(r, c))) {
                    continue;
                }
                Cell cell = row == null ? null : row.getCell(c);
                String text = cell == null ? "" : clean(formatter.formatCellValue(cell));
                if (merge == null) {
                    cells.add(new CellContent(text, 1, 1));
                } else {
                    int rowSpan = merge.getLastRow() - merge.getFirstRow() + 1;
                    // a merge that starts in a table keeps the rows it covers in that table
                    mergedRowsLeft = Math.max(mergedRowsLeft, rowSpan);
                    cells.add(new CellContent(text, rowSpan, merge.getLastColumn() - merge.getFirstColumn() + 1));
                }
            }
            rows.add(cells);
            mergedRowsLeft = Math.max(0, mergedRowsLeft - 1);
        }
        if (!rows.isEmpty()) {
            blocks.add(new TableContent(rows));
        }
        return blocks;
    }

    private static boolean hasBorder(Row row) {
        if (row == null) {
            return false;
        }
        for (Cell cell : row) {
            CellStyle style = cell.getCellStyle();
            if (style.getBorderTop() != BorderStyle.NONE || style.getBorderBottom() != BorderStyle.NONE
                    || style.getBorderLeft() != BorderStyle.NONE || style.getBorderRight() != BorderStyle.NONE) {
                return true;
            }
        }
        return false;
    }

    /** A borderless row's cells as one line, left to right. */
    private String line(Row row, DataFormatter formatter) {
        if (row == null) {
            return "";
        }
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            String text = clean(formatter.formatCellValue(cell));
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return String.join(" ", texts);
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    private String clean(String raw) {
        return normalizer.normalize(raw).replaceAll("\\s+", " ").trim();
    }
}
