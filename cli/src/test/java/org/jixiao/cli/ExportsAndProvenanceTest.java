package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.RecordJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where each row came from (the path relative to the folder ingested, the row's page) and exports that
 * open right in Excel, over an ingest of two born-digital documents that share one file name.
 */
class ExportsAndProvenanceTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String XINZHOU = "忻州市/2023/绩效目标申报表.pdf";
    private static final String SUZHOU = "苏州市/2021/绩效目标申报表.pdf";
    /** With planted arithmetic errors: the findings. */
    private static final String PLANTED = "样例/2022/绩效目标申报表.pdf";

    @TempDir
    static Path archive;
    @TempDir
    static Path data;

    @BeforeAll
    static void ingestTwoFilesOfOneName() throws IOException {
        copy("xinzhou-2023-targets.pdf", XINZHOU);
        copy("suzhou-2021-zhihuiyibao-target.pdf", SUZHOU);
        copy("planted-target-2022-wanyuan.pdf", PLANTED);
        CliRun run = CliRun.jixiao("ingest", archive.toString(), "--ocr", "never", "--data", data.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    private static void copy(String sample, String as) throws IOException {
        Path target = archive.resolve(as);
        Files.createDirectories(target.getParent());
        Files.copy(CorpusTruth.CORPUS.resolve(sample), target);
    }

    private static List<JsonNode> json(String... args) throws IOException {
        CliRun run = CliRun.jixiao(args);
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> rows = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            rows.add(RecordJson.mapper().readTree(line));
        }
        return rows;
    }

    @Test
    void searchRowsNameTheirDocumentByPathAndTheirOwnPage() throws IOException {
        List<JsonNode> rows = json("search", "--format", "json", "--data", data.toString());
        Set<String> paths = new TreeSet<>();
        rows.forEach(row -> paths.add(row.get("path").asText()));
        assertEquals(new TreeSet<>(List.of(XINZHOU, SUZHOU, PLANTED)), paths);
        DocumentRecord xinzhou = CorpusTruth.of("xinzhou-2023-targets");
        Set<Integer> truthPages = new TreeSet<>();
        xinzhou.projects().forEach(p -> p.indicators().forEach(i -> truthPages.add(i.page())));
        Set<Integer> found = new TreeSet<>();
        rows.stream().filter(row -> row.get("path").asText().equals(XINZHOU)).forEach(row -> found.add(row.get("page").asInt()));
        assertTrue(found.size() > 1, "the rows of a multi-page table keep their own pages: " + found);
        assertTrue(truthPages.containsAll(found), found + " within " + truthPages);

        String table = CliRun.jixiao("search", "--city", "忻州", "--data", data.toString()).out();
        assertTrue(table.contains(XINZHOU), table);
    }

    @Test
    void findingsNameTheirDocumentByPath() throws IOException {
        List<JsonNode> rows = json("findings", "--format", "json", "--data", data.toString());
        assertFalse(rows.isEmpty());
        for (JsonNode row : rows) {
            assertTrue(Set.of(XINZHOU, SUZHOU, PLANTED).contains(row.get("path").asText()), row.toString());
            assertTrue(row.has("page"), row.toString());
        }
    }

    @Test
    void csvStartsWithTheByteOrderMarkAndExportsEveryRow(@TempDir Path out) throws IOException {
        int all = json("search", "--format", "json", "--data", data.toString()).size();
        assertTrue(all > 50, "more rows than the table shows: " + all);
        Path csv = out.resolve("rows.csv");
        CliRun run = CliRun.jixiao("search", "--format", "csv", "--output", csv.toString(), "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        byte[] bytes = Files.readAllBytes(csv);
        assertArrayEquals(UTF8_BOM, Arrays.copyOf(bytes, 3));
        assertEquals(all + 1, Files.readAllLines(csv).size(), "no --limit: every row is exported");
        assertEquals("", run.err());

        CliRun limited = CliRun.jixiao("search", "--format", "csv", "--limit", "10", "--data", data.toString());
        assertEquals(11, limited.out().lines().count());
        assertTrue(limited.err().contains((all - 10) + " rows left out"), limited.err());
    }

    @Test
    void theTableGoesToTheOutputFileToo(@TempDir Path out) throws IOException {
        Path text = out.resolve("findings.txt");
        CliRun run = CliRun.jixiao("findings", "-o", text.toString(), "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(text).contains(PLANTED), Files.readString(text));
    }

    @Test
    void xlsxOpensWithNumbersAsNumbersAndAFrozenHeader(@TempDir Path out) throws IOException {
        int all = json("search", "--format", "json", "--data", data.toString()).size();
        Path xlsx = out.resolve("rows.xlsx");
        CliRun run = CliRun.jixiao("search", "--format", "xlsx", "--output", xlsx.toString(), "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(all, sheet.getLastRowNum());
            Row header = sheet.getRow(0);
            List<String> headings = new ArrayList<>();
            header.forEach(cell -> headings.add(cell.getStringCellValue()));
            assertTrue(headings.contains("得分（分）"), headings.toString());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            int page = headings.indexOf("页");
            int year = headings.indexOf("年度");
            int path = headings.indexOf("路径");
            Row first = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(page).getCellType());
            assertEquals(CellType.NUMERIC, first.getCell(year).getCellType());
            assertTrue(Set.of(XINZHOU, SUZHOU, PLANTED).contains(first.getCell(path).getStringCellValue()));
        }
    }

    @Test
    void compareFindingsAndCheckExportXlsx(@TempDir Path out) throws IOException {
        Path compare = out.resolve("compare.xlsx");
        assertEquals(0, CliRun.jixiao("compare", "满意度", "--format", "xlsx", "-o", compare.toString(), "--data", data.toString()).exitCode());
        assertNumbersIn(compare, "数值（单位见右）");
        Path findings = out.resolve("findings.xlsx");
        assertEquals(0, CliRun.jixiao("findings", "--format", "xlsx", "-o", findings.toString(), "--data", data.toString()).exitCode());
        assertTrue(rows(findings) > 0);
        Path check = out.resolve("check.xlsx");
        CliRun run = CliRun.jixiao("check", archive.toString(), "--ocr", "never", "--format", "xlsx", "-o", check.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(rows(findings), rows(check), "check and the stored findings agree");
    }

    private static int rows(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            return workbook.getSheetAt(0).getLastRowNum();
        }
    }

    private static void assertNumbersIn(Path xlsx, String heading) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headings = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headings.add(cell.getStringCellValue()));
            int column = headings.indexOf(heading);
            assertTrue(column >= 0, headings.toString());
            long numbers = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(column) != null && sheet.getRow(r).getCell(column).getCellType() == CellType.NUMERIC) {
                    numbers++;
                }
            }
            assertTrue(numbers > 0, "numbers stored as numbers under " + heading);
        }
    }
}
