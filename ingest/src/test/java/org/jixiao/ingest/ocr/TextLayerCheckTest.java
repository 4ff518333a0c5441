package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.TextElement;
import org.jixiao.ingest.TextNormalizer;
import org.jixiao.ingest.pdf.PdfLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextLayerCheckTest {

    private final TextLayerCheck check = new TextLayerCheck(OcrSettings.TextLayer.DEFAULT);
    private final PdfLoader loader = new PdfLoader(TextNormalizer.standard());

    private List<TextLayerCheck.Verdict> verdicts(String sample) throws IOException, IngestException {
        return assessments(Corpus.file(sample)).stream().map(TextLayerCheck.Assessment::verdict).toList();
    }

    private List<TextLayerCheck.Assessment> assessments(Path file) throws IOException, IngestException {
        try (PDDocument document = loader.open(file, LoadOptions.DEFAULT)) {
            List<TextLayerCheck.Assessment> assessments = new java.util.ArrayList<>();
            for (PdfLoader.PdfPage page : loader.readPages(file, document, LoadOptions.DEFAULT)) {
                assessments.add(check.assess(document, page));
            }
            return assessments;
        }
    }

    /** Every PDF of the samples (variations included) and of the real-world folders beside the repository. */
    static java.util.stream.Stream<Path> allPdfs() throws IOException {
        Path corpus = Corpus.file("shanghai-2021-targets.pdf").getParent();
        Path shared = corpus.getParent().resolveSibling("shared");
        List<Path> dirs = List.of(corpus, corpus.resolve("variations"), shared.resolve("realworld"),
                shared.resolve("realworld-forms"));
        List<Path> pdfs = new java.util.ArrayList<>();
        for (Path dir : dirs) {
            try (var files = java.nio.file.Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
            }
        }
        return pdfs.stream();
    }

    /**
     * The decisions on every sample and real-world PDF, as rendering every page made them before the bound
     * (compared page by page while both existed): scans and outlined text need OCR, the rest keep their text
     * layer; and of all pages only the born-digital one with a logo (603 pt² of ink against 60 000 pt² of
     * glyph boxes) leaves room enough to be rendered: a page without glyphs goes to OCR unrendered.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("allPdfs")
    void decisionsOnTheSamplesAndRealWorldPdfs(Path file) throws Exception {
        String name = file.getFileName().toString();
        boolean textless = name.contains(".scan.") || name.contains(".outlines.");
        List<TextLayerCheck.Assessment> assessments = assessments(file);
        for (int i = 0; i < assessments.size(); i++) {
            TextLayerCheck.Assessment assessment = assessments.get(i);
            String where = name + " page " + (i + 1) + ": " + assessment;
            assertEquals(textless ? TextLayerCheck.Verdict.NO_TEXT : TextLayerCheck.Verdict.USABLE, assessment.verdict(), where);
            boolean logoPage = name.equals("shanghai-2018-yibao-evaluation.pdf") && i + 1 == 13;
            assertEquals(logoPage, assessment.rendered(), where);
            if (assessment.rendered()) {
                assertTrue(assessment.unexplainedInk() <= assessment.inkBound(), where);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"shanghai-2021-targets.pdf", "xinzhou-2023-targets.pdf", "suzhou-2021-zhihuiyibao-target.pdf",
            "selfeval-2021-yibao-info.pdf"})
    void bornDigitalPagesKeepTheirTextLayer(String sample) throws Exception {
        verdicts(sample).forEach(v -> assertEquals(TextLayerCheck.Verdict.USABLE, v, sample));
    }

    @ParameterizedTest
    @ValueSource(strings = {"shanghai-2021-targets.scan.pdf", "selfeval-2021-yibao-info.scan.pdf",
            "suzhou-2021-zhihuiyibao-target.outlines.pdf"})
    void scansAndOutlinedTextHaveNone(String sample) throws Exception {
        verdicts(sample).forEach(v -> assertEquals(TextLayerCheck.Verdict.NO_TEXT, v, sample));
    }

    @Test
    void aPictureOfAPageUnderAFewWordsOfTextFailsTheTextLayer() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage pdPage = new PDPage(PDRectangle.A4);
            document.addPage(pdPage);
            PDImageXObject scan = PDImageXObject.createFromByteArray(document,
                    java.nio.file.Files.readAllBytes(scanPageImage()), "scan");
            try (PDPageContentStream content = new PDPageContentStream(document, pdPage)) {
                content.drawImage(scan, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight() - 60);
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, PDRectangle.A4.getHeight() - 40);
                content.showText("Attachment 3");
                content.endText();
            }
            PdfLoader.PdfPage page = textPage(document);
            assertFalse(page.page().text().isEmpty());
            TextLayerCheck.Assessment assessment = check.assess(document, page);
            assertEquals(TextLayerCheck.Verdict.INK_WITHOUT_TEXT, assessment.verdict(), assessment.toString());
        }
    }

    @Test
    void aPageOfPrivateUseCharactersIsGarbled() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            List<TextElement> glyphs = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String text = i % 5 == 0 ? "项" : Character.toString(0xE000 + i);
                glyphs.add(TextElement.exact(text, new Box(72 + 10 * i, 100, 10, 10), 10));
            }
            Page page = new Page(1, 595, 842, 0, Page.TextSource.TEXT_LAYER, glyphs, List.of());
            assertEquals(TextLayerCheck.Verdict.GARBLED, check.assess(document, new PdfLoader.PdfPage(page, List.of())).verdict());
        }
    }

    @Test
    void aScanWithoutTextIsSentToOcrUnrendered() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage pdPage = new PDPage(PDRectangle.A4);
            document.addPage(pdPage);
            PDImageXObject scan = PDImageXObject.createFromByteArray(document,
                    java.nio.file.Files.readAllBytes(scanPageImage()), "scan");
            try (PDPageContentStream content = new PDPageContentStream(document, pdPage)) {
                content.drawImage(scan, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            TextLayerCheck.Assessment assessment = check.assess(document, textPage(document));
            assertEquals(TextLayerCheck.Verdict.NO_TEXT, assessment.verdict(), assessment.toString());
            assertFalse(assessment.rendered(), assessment.toString());
        }
    }

    @Test
    void aBlankPageNeedsNoOcr() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            Page page = new Page(1, 595, 842, 0, Page.TextSource.TEXT_LAYER, List.of(), List.of());
            assertEquals(TextLayerCheck.Verdict.USABLE, check.assess(document, new PdfLoader.PdfPage(page, List.of())).verdict());
        }
    }

    @Test
    void garbledCharacters() {
        assertTrue(TextLayerCheck.isGarbled(0xE123));
        assertTrue(TextLayerCheck.isGarbled(0xFFFD));
        assertTrue(TextLayerCheck.isGarbled(0x0001));
        assertFalse(TextLayerCheck.isGarbled('项'));
        assertFalse(TextLayerCheck.isGarbled('≥'));
        assertFalse(TextLayerCheck.isGarbled('%'));
    }

    private PdfLoader.PdfPage textPage(PDDocument document) throws IngestException {
        return loader.readPages(Path.of("in-memory.pdf"), document, LoadOptions.DEFAULT).get(0);
    }

    /** The first page image of a corpus scan, as a JPEG file. */
    private static Path scanPageImage() throws IOException {
        Path jpeg = java.nio.file.Files.createTempFile("scan", ".jpg");
        jpeg.toFile().deleteOnExit();
        try (PDDocument scan = org.apache.pdfbox.Loader.loadPDF(Corpus.file("shanghai-2021-targets.scan.pdf").toFile())) {
            for (var name : scan.getPage(0).getResources().getXObjectNames()) {
                if (scan.getPage(0).getResources().getXObject(name) instanceof PDImageXObject image) {
                    try (var in = image.getCOSObject().createRawInputStream()) {
                        java.nio.file.Files.write(jpeg, in.readAllBytes());
                    }
                }
            }
        }
        return jpeg;
    }
}
