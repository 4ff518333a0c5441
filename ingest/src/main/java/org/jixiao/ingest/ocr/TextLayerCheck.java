package org.jixiao.ingest.ocr;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.Ruling;
import org.jixiao.ingest.TextElement;

/**
 * Decides per page whether a PDF's text layer can be trusted or the page must be read by OCR. A text
 * layer fails when it is garbled (private-use or replacement characters: fonts without a usable
 * ToUnicode map) or when it explains too little of the page's ink: a scan, text turned into outlines,
 * a page pasted in as a picture. The ink not explained by the text layer is measured on a quick
 * low-resolution rendering without text, outside the glyph boxes and the ruling lines.
 */
final class TextLayerCheck {

    /** Why a page goes to OCR, or that it does not. */
    public enum Verdict {
        USABLE, NO_TEXT, GARBLED, INK_WITHOUT_TEXT;

        public boolean needsOcr() {
            return this != USABLE;
        }
    }

    /** The measurements behind a verdict, for tuning and for reports. */
    public record Assessment(Verdict verdict, int glyphs, float garbledShare, float glyphArea, float unexplainedInk) {
    }

    private final OcrSettings.TextLayer settings;

    TextLayerCheck(OcrSettings.TextLayer settings) {
        this.settings = settings;
    }

    /**
     * Assesses one page of an open document.
     *
     * @param textPage the page as the text-layer route read it (its glyphs and rulings)
     */
    public Assessment assess(PDDocument document, Page textPage) throws IOException {
        int glyphs = 0;
        int garbled = 0;
        float glyphArea = 0;
        for (TextElement element : textPage.text()) {
            glyphs += element.text().codePointCount(0, element.text().length());
            garbled += (int) element.text().codePoints().filter(TextLayerCheck::isGarbled).count();
            glyphArea += element.box().width() * element.box().height();
        }
        float garbledShare = glyphs == 0 ? 0 : (float) garbled / glyphs;
        float unexplained = unexplainedInk(document, textPage);
        Verdict verdict;
        if (garbledShare > settings.maxGarbledShare()) {
            verdict = Verdict.GARBLED;
        } else if (unexplained >= settings.minUnexplained() && unexplained > settings.maxUnexplained() * glyphArea) {
            verdict = glyphs == 0 ? Verdict.NO_TEXT : Verdict.INK_WITHOUT_TEXT;
        } else {
            verdict = Verdict.USABLE;
        }
        return new Assessment(verdict, glyphs, garbledShare, glyphArea, unexplained);
    }

    /** Private-use, replacement and control characters: what a font without a Unicode map extracts as. */
    static boolean isGarbled(int codePoint) {
        int type = Character.getType(codePoint);
        return codePoint == 0xFFFD || type == Character.PRIVATE_USE || type == Character.CONTROL
                || type == Character.UNASSIGNED;
    }

    /** Square points of ink outside the glyph boxes and ruling lines, text not drawn. */
    private float unexplainedInk(PDDocument document, Page page) throws IOException {
        float scale = settings.renderDpi() / 72f;
        GrayImage ink = GrayImage.of(new TextlessRenderer(document)
                .renderImage(page.number() - 1, scale, ImageType.GRAY));
        boolean[] explained = new boolean[ink.width() * ink.height()];
        for (TextElement element : page.text()) {
            mark(explained, ink, element.box().minX(), element.box().minY(), element.box().maxX(), element.box().maxY(), scale);
        }
        float half = 1.5f; // a ruling's stroke and its anti-aliasing
        for (Ruling ruling : page.rulings()) {
            if (ruling.isHorizontal()) {
                mark(explained, ink, ruling.start(), ruling.position() - half, ruling.end(), ruling.position() + half, scale);
            } else {
                mark(explained, ink, ruling.position() - half, ruling.start(), ruling.position() + half, ruling.end(), scale);
            }
        }
        long dark = 0;
        for (int y = 0; y < ink.height(); y++) {
            for (int x = 0; x < ink.width(); x++) {
                if (!explained[y * ink.width() + x] && ink.get(x, y) < settings.darkThreshold()) {
                    dark++;
                }
            }
        }
        return dark / (scale * scale);
    }

    private static void mark(boolean[] mask, GrayImage image, float minX, float minY, float maxX, float maxY, float scale) {
        int x0 = Math.max(0, (int) Math.floor(minX * scale));
        int y0 = Math.max(0, (int) Math.floor(minY * scale));
        int x1 = Math.min(image.width(), (int) Math.ceil(maxX * scale));
        int y1 = Math.min(image.height(), (int) Math.ceil(maxY * scale));
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                mask[y * image.width() + x] = true;
            }
        }
    }

    /** Renders everything but text: glyph drawing is most of the cost of a rendering, and text is explained ink. */
    private static final class TextlessRenderer extends PDFRenderer {

        TextlessRenderer(PDDocument document) {
            super(document);
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
                    // text is what the text layer explains
                }
            };
        }
    }
}
