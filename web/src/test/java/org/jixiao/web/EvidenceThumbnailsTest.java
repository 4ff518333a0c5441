package org.jixiao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jixiao.extract.Pipelines;
import org.jixiao.extract.model.Finding;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.TextNormalizer;
import org.jixiao.ingest.pdf.PdfLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finding's page region with its figures outlined, as the check report shows it. */
class EvidenceThumbnailsTest {

    @Test
    void aFindingInTenThousandYuanIsOutlinedOnACropOfItsPage() throws Exception {
        Path file = ServedArchive.sample("planted-target-2022-wanyuan.pdf");
        List<Finding> findings = Pipelines.standard().run(file, LoadOptions.DEFAULT).record().findings();
        Finding sum = findings.stream().filter(f -> f.message().startsWith("市级财政资金(项目投资总额) 300.00万元"))
                .findFirst().orElseThrow(() -> new AssertionError(findings.toString()));

        Map<Finding, EvidenceThumbnails.Thumbnail> thumbnails = EvidenceThumbnails.of(file, findings);
        assertEquals(findings.size(), thumbnails.size(), "every finding with a page has one");
        EvidenceThumbnails.Thumbnail thumbnail = thumbnails.get(sum);
        assertEquals(1, thumbnail.page());
        // the page prints 300.00 and 310.00 (万元) where the finding's found says 3,100,000.00 (元)
        PdfLoader loader = new PdfLoader(TextNormalizer.standard());
        try (var document = loader.open(file, LoadOptions.DEFAULT)) {
            var page = loader.readPage(file, document, 1, LoadOptions.DEFAULT);
            for (String printed : List.of("300.00", "310.00")) {
                List<Box> where = EvidenceLocator.locate(page, List.of(printed));
                assertFalse(where.isEmpty(), printed + " is printed on the page");
                assertTrue(thumbnail.outlines().containsAll(where), printed + " is outlined: " + thumbnail.outlines());
            }
        }
        Box region = thumbnail.region();
        for (Box outline : thumbnail.outlines()) {
            assertTrue(outline.minY() >= region.minY() && outline.maxY() <= region.maxY(), outline + " in " + region);
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumbnail.png()));
        assertEquals(Math.round(region.width() * PageImages.SCALE), image.getWidth(), 1);
        assertEquals(Math.round(region.height() * PageImages.SCALE), image.getHeight(), 1);
        assertTrue(region.height() < 842 / 2f, "a region of the page, not all of it: " + region);

        String html = thumbnail.html();
        assertTrue(html.startsWith("<div class=\"page-image\""), html);
        assertTrue(html.contains("src=\"data:image/png;base64,"), "the image is inlined");
        assertTrue(html.contains(String.format(java.util.Locale.ROOT, "viewBox=\"%.1f %.1f", region.x(), region.y())));
        assertTrue(html.contains("<rect class=\"outline\""), html.substring(html.indexOf("<svg")));
    }

    @Test
    void amountsInTenThousandYuanAreLookedForAsPrintedButNotZeroNorAmountsInYuan() {
        Finding inTenThousands = new Finding("balance", Finding.Severity.ERROR,
                "资金到位 300.00万元 − 实际支出 300.00万元 = 0.00万元，而“资金结余”为 1.00万元", "0.00", "10,000.00", 1,
                List.of(), null);
        assertEquals(List.of("10000", "10000.00", "资金结余", "300", "300.00", "1", "1.00"),
                EvidenceLocator.needles(inTenThousands));
        Finding inYuan = new Finding("balance", Finding.Severity.ERROR,
                "资金到位 1,750,000.00元 − 实际支出 1,750,000.00元 = 0.00元，而“资金结余”为 10,000.00元", "0.00", "10,000.00", 1,
                List.of(), null);
        assertEquals(List.of("10000", "10000.00", "资金结余"), EvidenceLocator.needles(inYuan),
                "amounts in 元 are found by found; others of the message would outline every cell that repeats them");
    }

    @Test
    void aFindingWithoutAPageOrAFileThatIsNoPdfGetsNone(@TempDir Path dir) throws Exception {
        Finding nowhere = new Finding("missing_field", Finding.Severity.WARNING, "缺少项目名称", null, null, null,
                List.of(), null);
        assertTrue(EvidenceThumbnails.of(ServedArchive.sample("planted-target-2022-wanyuan.pdf"), List.of(nowhere)).isEmpty());
        Path workbook = ServedArchive.sample("synthetic-anji-2022-nutrition-target.xlsx");
        Finding onPage = new Finding("sum_mismatch", Finding.Severity.ERROR, "x", "1", "2", 1, List.of(), null);
        assertTrue(EvidenceThumbnails.of(workbook, List.of(onPage)).isEmpty());
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7 truncated");
        assertTrue(EvidenceThumbnails.of(broken, List.of(onPage)).isEmpty());
    }

    @Test
    void theFigureMarkupAndItsStyleAreTheReviewPages() {
        String html = PageFigure.html("/x.png", "第 1 页 <", new Box(10, 20, 300, 100), List.of(new Box(15, 25, 40, 10)));
        assertEquals("<div class=\"page-image\" style=\"aspect-ratio: 300.0 / 100.0\"><img alt=\"第 1 页 &lt;\" "
                + "src=\"/x.png\"><svg class=\"outlines\" viewBox=\"10.0 20.0 300.0 100.0\" preserveAspectRatio=\"none\">"
                + "<rect class=\"outline\" x=\"15.0\" y=\"25.0\" width=\"40.0\" height=\"10.0\"/></svg></div>", html);
        assertTrue(PageFigure.stylesheet().contains(".page-image .outline"));
        assertFalse(PageFigure.stylesheet().isBlank());
    }
}
