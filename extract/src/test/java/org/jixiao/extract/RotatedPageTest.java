package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jixiao.extract.layout.LatticeTableExtractor;
import org.jixiao.extract.layout.Table;
import org.jixiao.ingest.AutoDetectLoader;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.SourceDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page stored with a /Rotate entry (a landscape form saved on portrait paper) reads as its reader
 * sees it: text and ruling lines turned together, so the table comes out the same at every angle.
 */
class RotatedPageTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 90, 180, 270})
    void aTableReadsTheSameAtEveryRotation(int rotation) throws Exception {
        Path file = dir.resolve("rotated-" + rotation + ".pdf");
        writeTable(file, rotation);
        SourceDocument document = new AutoDetectLoader().load(file, LoadOptions.DEFAULT.withOcr(LoadOptions.OcrMode.NEVER));
        List<Table> tables = new LatticeTableExtractor().extract(document.pages().get(0));
        assertEquals(1, tables.size());
        Table table = tables.get(0);
        assertEquals(List.of("A1", "B1"), table.rowTexts(0));
        assertEquals(List.of("A2", "B2"), table.rowTexts(1));
    }

    /**
     * Draws a 2 x 2 table as it should appear to the reader, in the content stream of a page that
     * the viewer turns by {@code rotation} degrees clockwise: the content is drawn turned back.
     */
    private static void writeTable(Path file, int rotation) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(rotation);
            document.addPage(page);
            float width = PDRectangle.A4.getWidth();
            float height = PDRectangle.A4.getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                // map the reader's view (x right, y up, of the turned page) into the unturned page
                switch (rotation) {
                    case 90 -> content.transform(new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, width, 0));
                    case 180 -> content.transform(new org.apache.pdfbox.util.Matrix(-1, 0, 0, -1, width, height));
                    case 270 -> content.transform(new org.apache.pdfbox.util.Matrix(0, -1, 1, 0, 0, height));
                    default -> { }
                }
                float left = 100;
                float top = 400;
                for (int i = 0; i <= 2; i++) {
                    content.moveTo(left, top - 30 * i);
                    content.lineTo(left + 200, top - 30 * i);
                    content.moveTo(left + 100 * i, top);
                    content.lineTo(left + 100 * i, top - 60);
                }
                content.stroke();
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                String[][] texts = {{"A1", "B1"}, {"A2", "B2"}};
                for (int row = 0; row < 2; row++) {
                    for (int column = 0; column < 2; column++) {
                        content.beginText();
                        content.setFont(font, 12);
                        content.newLineAtOffset(left + 10 + 100 * column, top - 20 - 30 * row);
                        content.showText(texts[row][column]);
                        content.endText();
                    }
                }
            }
            document.save(file.toFile());
        }
    }
}
