package org.jixiao.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.jixiao.ingest.AutoDetectLoader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.IngestException.Reason;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.Ruling;
import org.jixiao.ingest.SourceDocument;
import org.jixiao.ingest.TextElement;
import org.jixiao.ingest.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficeLoaderTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XLS = "application/vnd.ms-excel";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path dir;

    private final OfficeLoader loader = new OfficeLoader(TextNormalizer.standard(), OfficeLimits.DEFAULT);

    @Test
    void laysASpreadsheetFormOutAsBorderedCells() throws Exception {
        List<Page> pages = loader.readPages(OfficeSamples.declarationXlsx(dir), XLSX, LoadOptions.DEFAULT);

        assertEquals(1, pages.size());
        Page page = pages.get(0);
        assertEquals(Page.TextSource.OFFICE, page.source());
        List<String> texts = texts(page);
        assertTrue(texts.containsAll(List.of("项目名称", "义务教育学生营养改善计划", "年度资金总额", "1286.40",
                "其中:财政拨款", "≥12000人", "学生及家长满意度")), texts.toString());
        // the sheet's name and the borderless title rows are lines of text above the form
        assertEquals(List.of("绩效目标申报表", "2022年度项目支出绩效目标申报表", "填报单位(盖章):安吉县教育局 金额单位:万元"),
                texts.subList(0, 3));
        for (TextElement element : page.text().subList(3, page.text().size())) {
            assertTrue(enclosed(page, element), () -> element + " is not inside a ruled cell");
        }
        assertFalse(enclosed(page, page.text().get(1)), "the title is not in a cell");
        // the label merged over the four fund rows stands beside all of them, no border across it
        float labelX = box(page, "项目资金(万元)").centerX();
        float firstFundRow = box(page, "年度资金总额").maxY();
        float lastFundRow = box(page, "其他资金").minY();
        for (Ruling ruling : page.rulings()) {
            boolean acrossTheLabel = ruling.isHorizontal() && ruling.start() < labelX && ruling.end() > labelX;
            assertFalse(acrossTheLabel && ruling.position() > firstFundRow && ruling.position() < lastFundRow,
                    () -> "a border runs through the merged label: " + ruling);
        }
    }

    @Test
    void leavesTheWorkbookItReadsAsItWas() throws Exception {
        // POI opens a File read-write unless told otherwise and writes the package back on close
        Path workbook = OfficeSamples.declarationXlsx(dir);
        byte[] before = Files.readAllBytes(workbook);
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(workbook);

        loader.readPages(workbook, XLSX, LoadOptions.DEFAULT);

        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(workbook)), "the workbook's bytes changed");
        assertEquals(modified, Files.getLastModifiedTime(workbook));
    }

    @Test
    void refusesAWorkbookLargerThanTheLimit() throws Exception {
        OfficeLoader strict = new OfficeLoader(TextNormalizer.standard(), new OfficeLimits(1_000_000, 1_000, 1_000));
        Path xlsx = OfficeSamples.declarationXlsx(dir);
        IngestException e = assertThrows(IngestException.class, () -> strict.readPages(xlsx, XLSX, LoadOptions.DEFAULT));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void readsALegacyWorkbookLikeItsSuccessor() throws Exception {
        List<Page> xls = loader.readPages(OfficeSamples.declarationXls(dir), XLS, LoadOptions.DEFAULT);
        List<Page> xlsx = loader.readPages(OfficeSamples.declarationXlsx(dir), XLSX, LoadOptions.DEFAULT);
        assertEquals(texts(xlsx.get(0)), texts(xls.get(0)));
        assertEquals(xlsx.get(0).rulings().size(), xls.get(0).rulings().size());
    }

    @Test
    void keepsAWordTableAsAGridBetweenItsParagraphs() throws Exception {
        Page page = loader.readPages(OfficeSamples.simpleDocx(dir, "2022年度项目绩效目标申报表"), DOCX, LoadOptions.DEFAULT).get(0);

        List<String> texts = texts(page);
        assertEquals("2022年度项目绩效目标申报表", texts.get(0));
        assertEquals("填报日期:2022年3月", texts.get(texts.size() - 1));
        TreeSet<Float> columns = new TreeSet<>();
        TreeSet<Float> rows = new TreeSet<>();
        for (Ruling ruling : page.rulings()) {
            (ruling.isHorizontal() ? rows : columns).add(ruling.position());
        }
        assertEquals(4, columns.size(), "three columns need four vertical lines");
        assertEquals(4, rows.size(), "three rows need four horizontal lines");
        TextElement title = page.text().get(0);
        assertFalse(enclosed(page, title), "a paragraph is not a cell");
        assertTrue(title.box().maxY() <= rows.first());
    }

    @Test
    void normalisesTheText() throws Exception {
        Page page = loader.readPages(OfficeSamples.simpleDocx(dir, "项⽬资⾦：１２３．４５万元，≧95％"), DOCX, LoadOptions.DEFAULT).get(0);
        assertEquals("项目资金:123.45万元,≥95%", texts(page).get(0));
    }

    @Test
    void neverResolvesExternalEntities() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path docx = OfficeSamples.docxWithExternalEntity(dir, secret);
        try {
            List<Page> pages = loader.readPages(docx, DOCX, LoadOptions.DEFAULT);
            pages.forEach(page -> texts(page).forEach(text -> assertFalse(text.contains("TOP-SECRET"), text)));
        } catch (IngestException e) {
            assertEquals(Reason.CORRUPT, e.reason());
            assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        }
    }

    @Test
    void refusesMoreCellsThanTheLimit() throws Exception {
        OfficeLoader strict = new OfficeLoader(TextNormalizer.standard(), new OfficeLimits(1_000_000, 20, 1L << 20));
        Path xlsx = OfficeSamples.declarationXlsx(dir);
        IngestException e = assertThrows(IngestException.class, () -> strict.readPages(xlsx, XLSX, LoadOptions.DEFAULT));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("more than 20 table cells"), e.getMessage());
    }

    @Test
    void refusesMoreTextThanTheLimit() throws Exception {
        OfficeLoader strict = new OfficeLoader(TextNormalizer.standard(), new OfficeLimits(50, 1_000, 1L << 20));
        Path docx = OfficeSamples.simpleDocx(dir, "2022年度农村公路养护工程项目支出绩效目标申报表");
        IngestException e = assertThrows(IngestException.class, () -> strict.readPages(docx, DOCX, LoadOptions.DEFAULT));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void asksForThePasswordOfAnEncryptedWorkbook() throws Exception {
        Path xlsx = OfficeSamples.encryptedXlsx(dir, "jixiao-2022");
        AutoDetectLoader auto = new AutoDetectLoader();

        IngestException missing = assertThrows(IngestException.class, () -> auto.load(xlsx, LoadOptions.DEFAULT));
        assertEquals(Reason.ENCRYPTED, missing.reason());
        assertTrue(missing.getMessage().contains("--password"), missing.getMessage());

        IngestException wrong = assertThrows(IngestException.class,
                () -> auto.load(xlsx, LoadOptions.DEFAULT.withPassword("wrong")));
        assertEquals(Reason.ENCRYPTED, wrong.reason());

        SourceDocument opened = auto.load(xlsx, LoadOptions.DEFAULT.withPassword("jixiao-2022"));
        assertTrue(texts(opened.pages().get(0)).contains("义务教育学生营养改善计划"));
    }

    @Test
    void detectsOfficeFilesByContentWhateverTheirName() throws Exception {
        Path xlsx = OfficeSamples.declarationXlsx(dir);
        Path misnamed = Files.move(xlsx, dir.resolve("申报表.pdf"));
        SourceDocument document = new AutoDetectLoader().load(misnamed, LoadOptions.DEFAULT);
        assertEquals(XLSX, document.mediaType());
        assertEquals(Page.TextSource.OFFICE, document.pages().get(0).source());
    }

    private static org.jixiao.ingest.Box box(Page page, String text) {
        return page.text().stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow(
                () -> new AssertionError(text + " not among " + texts(page))).box();
    }

    static List<String> texts(Page page) {
        return page.text().stream().map(TextElement::text).toList();
    }

    /** Whether rulings close in the element's box on all four sides. */
    static boolean enclosed(Page page, TextElement element) {
        float cx = element.box().centerX();
        float cy = element.box().centerY();
        boolean left = false;
        boolean right = false;
        boolean top = false;
        boolean bottom = false;
        for (Ruling r : page.rulings()) {
            if (r.isHorizontal() && r.start() <= cx && cx <= r.end()) {
                top |= r.position() <= element.box().minY();
                bottom |= r.position() >= element.box().maxY();
            } else if (!r.isHorizontal() && r.start() <= cy && cy <= r.end()) {
                left |= r.position() <= element.box().minX();
                right |= r.position() >= element.box().maxX();
            }
        }
        return left && right && top && bottom;
    }
}
