package org.jixiao.ingest.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Office files made with Apache POI for the tests: a 绩效目标申报表 workbook laid out like the
 * published forms (merged cells, amounts in 万元), a Word document with a table, and hostile variants.
 */
public final class OfficeSamples {

    /** The form's rows: first column label, then cells; {@code null} marks a slot covered by a merge. */
    private static final Object[][] DECLARATION = {
        {"2022年度项目支出绩效目标申报表", null, null, null, null, null, null, null},
        {"填报单位（盖章）：安吉县教育局", null, null, null, null, null, "金额单位：万元", null},
        {"项目名称", "义务教育学生营养改善计划", null, null, null, null, null, null},
        {"主管部门及代码", "[312]安吉县教育局", null, null, "实施单位", "安吉县教育局", null, null},
        {"项目属性", "延续项目", null, null, "项目期", "2022年1月-2022年12月", null, null},
        {"项目资金（万元）", "年度资金总额", null, null, 1286.40, null, null, null},
        {null, "其中：财政拨款", null, null, 1180.00, null, null, null},
        {null, "上年结转资金", null, null, 106.40, null, null, null},
        {null, "其他资金", null, null, 0.00, null, null, null},
        {"年度总体目标", "保障全县义务教育阶段学生营养餐供给，受益学生不少于12000人，全年不发生食品安全事故，"
                + "学生及家长满意度不低于90%。", null, null, null, null, null, null},
        {"一级指标", "二级指标", "三级指标", null, null, "指标值", null, null},
        {"产出指标", "数量指标", "受益学生人数", null, null, "≥12000人", null, null},
        {null, null, "供餐天数", null, null, "≥180天", null, null},
        {null, "质量指标", "食品安全事故发生次数", null, null, "0次", null, null},
        {null, "时效指标", "补助资金拨付及时率", null, null, "100%", null, null},
        {"效益指标", "社会效益指标", "学生营养健康状况", null, null, "逐步改善", null, null},
        {null, "可持续影响指标", "营养改善工作长效机制", null, null, "长期有效", null, null},
        {"满意度指标", "服务对象满意度指标", "学生及家长满意度", null, null, "≥90%", null, null},
    };

    /** The title rows above the form, printed without borders. */
    private static final int TITLE_ROWS = 2;

    /** Merged ranges of the form: first row, last row, first column, last column (0-based). */
    private static final int[][] MERGES = {
        {0, 0, 0, 7}, {1, 1, 0, 5}, {1, 1, 6, 7}, {2, 2, 1, 7}, {3, 3, 1, 3}, {3, 3, 5, 7}, {4, 4, 1, 3},
        {4, 4, 5, 7}, {5, 8, 0, 0}, {5, 5, 1, 3}, {5, 5, 4, 7}, {6, 6, 1, 3}, {6, 6, 4, 7}, {7, 7, 1, 3},
        {7, 7, 4, 7}, {8, 8, 1, 3}, {8, 8, 4, 7}, {9, 9, 1, 7}, {10, 10, 2, 4}, {10, 10, 5, 7}, {11, 14, 0, 0},
        {11, 12, 1, 1}, {15, 16, 0, 0},
    };

    private OfficeSamples() {
    }

    /** The 绩效目标申报表 as an .xlsx workbook. */
    public static Path declarationXlsx(Path dir) throws IOException {
        return write(new XSSFWorkbook(), dir.resolve("declaration.xlsx"));
    }

    /** The same form as a legacy .xls workbook. */
    public static Path declarationXls(Path dir) throws IOException {
        return write(new HSSFWorkbook(), dir.resolve("declaration.xls"));
    }

    private static Path write(Workbook workbook, Path file) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            fillDeclaration(workbook);
            workbook.write(out);
        }
        return file;
    }

    private static void fillDeclaration(Workbook workbook) {
        Sheet sheet = workbook.createSheet("绩效目标申报表");
        CellStyle bordered = workbook.createCellStyle();
        bordered.setBorderTop(BorderStyle.THIN);
        bordered.setBorderBottom(BorderStyle.THIN);
        bordered.setBorderLeft(BorderStyle.THIN);
        bordered.setBorderRight(BorderStyle.THIN);
        CellStyle amount = workbook.createCellStyle();
        amount.cloneStyleFrom(bordered);
        amount.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        for (int r = 0; r < DECLARATION.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < DECLARATION[r].length; c++) {
                Cell cell = row.createCell(c);
                Object value = DECLARATION[r][c];
                if (value instanceof Double number) {
                    cell.setCellValue(number);
                    cell.setCellStyle(amount);
                } else {
                    if (value != null) {
                        cell.setCellValue((String) value);
                    }
                    if (r >= TITLE_ROWS) {
                        cell.setCellStyle(bordered);
                    }
                }
            }
        }
        for (int[] merge : MERGES) {
            sheet.addMergedRegion(new CellRangeAddress(merge[0], merge[1], merge[2], merge[3]));
        }
    }

    /** A Word document: a title paragraph, a 3 × 3 table, a closing paragraph. */
    public static Path simpleDocx(Path dir, String title) throws IOException {
        Path file = dir.resolve("table.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText(title);
            XWPFTable table = document.createTable(3, 3);
            String[][] texts = {{"项目名称", "农村公路养护工程", ""}, {"项目资金（万元）", "年度资金总额", "860.00"},
                {"", "其中:财政拨款", "860.00"}};
            for (int r = 0; r < 3; r++) {
                XWPFTableRow row = table.getRow(r);
                for (int c = 0; c < 3; c++) {
                    row.getCell(c).setText(texts[r][c]);
                }
            }
            // 项目名称's value spans two grid columns, as in the printed form
            table.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(0).removeCell(2);
            document.createParagraph().createRun().setText("填报日期:2022年3月");
            document.write(out);
        }
        return file;
    }

    /** A .docx whose body declares an external entity that points at {@code secret}. */
    public static Path docxWithExternalEntity(Path dir, Path secret) throws IOException {
        Path plain = simpleDocx(dir, "XXE_MARKER");
        Path file = dir.resolve("xxe.docx");
        String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        rewriteEntry(plain, file, "word/document.xml", xml -> {
            String withDoctype = xml.replaceFirst("\\?>", "?>" + doctype);
            return withDoctype.replace("XXE_MARKER", "&xxe;");
        });
        return file;
    }

    /**
     * An .xlsx whose sheet XML inflates to {@code inflatedBytes} of whitespace: far past POI's
     * minimum inflate ratio (1 %), as a zip bomb is. POI checks the ratio once an entry's compressed
     * bytes pass 100 KB, so a bomb worth the name inflates to well over 100 MB.
     */
    public static Path zipBombXlsx(Path dir, long inflatedBytes) throws IOException {
        Path plain = declarationXlsx(dir);
        Path file = dir.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    int split = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, split).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (long written = 0; written < inflatedBytes; written += spaces.length) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(split).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(xml.getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        return file;
    }

    /** The declaration workbook encrypted with {@code password} (agile encryption, as Excel does). */
    public static Path encryptedXlsx(Path dir, String password) throws Exception {
        Path plain = declarationXlsx(dir);
        Path file = dir.resolve("encrypted.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs); InputStream in = Files.newInputStream(plain)) {
                in.transferTo(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    private static void rewriteEntry(Path source, Path target, String entryName,
                                     java.util.function.UnaryOperator<String> edit) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                in.transferTo(content);
                byte[] bytes = content.toByteArray();
                if (entry.getName().equals(entryName)) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
