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
        Path file = Corpus.file(sample);
        try (PDDocument document = loader.open(file, LoadOptions.DEFAULT)) {
            List<Page> pages = loader.readPages(file, document, LoadOptions.DEFAULT);
            List<TextLayerCheck.Verdict> verdicts = new java.util.ArrayList<>();
            for (Page page : pages) {
                verdicts.add(check.assess(document, page).verdict());
            }
            return verdicts;
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
            Page page = textPage(document);
            assertFalse(page.text().isEmpty());
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
            assertEquals(TextLayerCheck.Verdict.GARBLED, check.assess(document, page).verdict());
        }
    }

    @Test
    void aBlankPageNeedsNoOcr() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            Page page = new Page(1, 595, 842, 0, Page.TextSource.TEXT_LAYER, List.of(), List.of());
            assertEquals(TextLayerCheck.Verdict.USABLE, check.assess(document, page).verdict());
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

    private Page textPage(PDDocument document) throws IngestException {
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
