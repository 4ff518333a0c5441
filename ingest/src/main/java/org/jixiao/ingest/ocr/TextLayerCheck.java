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
import org.jixiao.ingest.Box;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.Ruling;
import org.jixiao.ingest.TextElement;
import org.jixiao.ingest.pdf.PdfLoader;

/**
 * Decides per page whether a PDF's text layer can be trusted or the page must be read by OCR. A text
 * layer fails when it is garbled (private-use or replacement characters: fonts without a usable
 * ToUnicode map) or when it explains too little of the page's ink: a scan, text turned into outlines,
 * a page pasted in as a picture. The ink not explained by the text layer is measured on a quick
 * low-resolution rendering without text, outside the glyph boxes and the ruling lines; but first it is
 * bounded from what the page's one reading pass saw painted (images, shapes, strokes that are no
 * ruling, annotations): the pixels of those boxes outside the glyph boxes and rulings are all the
 * ink the rendering could find, and when that is too little to fail the page, it is not rendered.
 * Nor is a page without a glyph that could hold ink enough: it goes to OCR. A born-digital page is
 * decided so, and so are a scan and text drawn as shapes; a picture under some text is rendered.
 */
final class TextLayerCheck {

    /** Why a page goes to OCR, or that it does not. */
    public enum Verdict {
        USABLE, NO_TEXT, GARBLED, INK_WITHOUT_TEXT;

        public boolean needsOcr() {
            return this != USABLE;
        }
    }

    /**
     * The measurements behind a verdict, for tuning and for reports.
     *
     * @param inkBound        square points of the page that may hold ink the text layer does not explain
     * @param unexplainedInk  square points of such ink on the rendering; NaN when the page was not rendered
     */
    public record Assessment(Verdict verdict, int glyphs, float garbledShare, float glyphArea, float inkBound,
                             float unexplainedInk) {

        public boolean rendered() {
            return !Float.isNaN(unexplainedInk);
        }
    }

    private final OcrSettings.TextLayer settings;

    TextLayerCheck(OcrSettings.TextLayer settings) {
        this.settings = settings;
    }

    /**
     * Assesses one page of an open document, rendering it only when what the reading pass saw painted
     * leaves room for ink enough to fail it.
     */
    public Assessment assess(PDDocument document, PdfLoader.PdfPage pdfPage) throws IOException {
        Page textPage = pdfPage.page();
        int glyphs = 0;
        int garbled = 0;
        float glyphArea = 0;
        for (TextElement element : textPage.text()) {
            glyphs += element.text().codePointCount(0, element.text().length());
            garbled += (int) element.text().codePoints().filter(TextLayerCheck::isGarbled).count();
            glyphArea += element.box().width() * element.box().height();
        }
        float garbledShare = glyphs == 0 ? 0 : (float) garbled / glyphs;
        InkMap map = new InkMap(textPage);
        float bound = map.paintedOutsideText(pdfPage.paint());
        if (garbledShare > settings.maxGarbledShare()) {
            return new Assessment(Verdict.GARBLED, glyphs, garbledShare, glyphArea, bound, Float.NaN);
        }
        if (!tooMuchInk(bound, glyphArea)) {
            return new Assessment(Verdict.USABLE, glyphs, garbledShare, glyphArea, bound, Float.NaN);
        }
        if (glyphs == 0) {
            // a scan or text drawn as shapes: nothing for a rendering to weigh the ink against (OCR of a blank
            // scan finds nothing, cheaply: detection reads only the inked part of a page)
            return new Assessment(Verdict.NO_TEXT, glyphs, garbledShare, glyphArea, bound, Float.NaN);
        }
        float unexplained = map.darkOutsideText(document);
        Verdict verdict = !tooMuchInk(unexplained, glyphArea) ? Verdict.USABLE
                : glyphs == 0 ? Verdict.NO_TEXT : Verdict.INK_WITHOUT_TEXT;
        return new Assessment(verdict, glyphs, garbledShare, glyphArea, bound, unexplained);
    }

    private boolean tooMuchInk(float unexplained, float glyphArea) {
        return unexplained >= settings.minUnexplained() && unexplained > settings.maxUnexplained() * glyphArea;
    }

    /** Private-use, replacement and control characters: what a font without a Unicode map extracts as. */
    static boolean isGarbled(int codePoint) {
        int type = Character.getType(codePoint);
        return codePoint == 0xFFFD || type == Character.PRIVATE_USE || type == Character.CONTROL
                || type == Character.UNASSIGNED;
    }

    /** The page on the check's pixel grid, with the pixels the glyph boxes and ruling lines explain. */
    private final class InkMap {

        private final Page page;
        private final float scale = settings.renderDpi() / 72f;
        private final int width;
        private final int height;
        private final boolean[] explained;

        InkMap(Page page) {
            this.page = page;
            // the size PDFRenderer gives the rendering
            this.width = (int) Math.max(1, Math.floor(page.width() * scale));
            this.height = (int) Math.max(1, Math.floor(page.height() * scale));
            this.explained = new boolean[width * height];
            for (TextElement element : page.text()) {
                mark(explained, element.box().minX(), element.box().minY(), element.box().maxX(), element.box().maxY());
            }
            float half = 1.5f; // a ruling's stroke and its anti-aliasing
            for (Ruling ruling : page.rulings()) {
                if (ruling.isHorizontal()) {
                    mark(explained, ruling.start(), ruling.position() - half, ruling.end(), ruling.position() + half);
                } else {
                    mark(explained, ruling.position() - half, ruling.start(), ruling.position() + half, ruling.end());
                }
            }
        }

        /** Square points of the painted boxes' pixels outside the glyph boxes and rulings: the most ink a rendering can find. */
        float paintedOutsideText(java.util.List<Box> paint) {
            boolean[] painted = new boolean[explained.length];
            for (Box box : paint) {
                mark(painted, box.minX(), box.minY(), box.maxX(), box.maxY());
            }
            long count = 0;
            for (int i = 0; i < painted.length; i++) {
                if (painted[i] && !explained[i]) {
                    count++;
                }
            }
            return count / (scale * scale);
        }

        /** Square points of dark pixels outside the glyph boxes and rulings on a rendering without text. */
        float darkOutsideText(PDDocument document) throws IOException {
            GrayImage ink = GrayImage.of(new TextlessRenderer(document)
                    .renderImage(page.number() - 1, scale, ImageType.GRAY));
            int w = Math.min(width, ink.width());
            long dark = 0;
            for (int y = 0; y < Math.min(height, ink.height()); y++) {
                for (int x = 0; x < w; x++) {
                    if (!explained[y * width + x] && ink.get(x, y) < settings.darkThreshold()) {
                        dark++;
                    }
                }
            }
            return dark / (scale * scale);
        }

        private void mark(boolean[] mask, float minX, float minY, float maxX, float maxY) {
            int x0 = Math.max(0, (int) Math.floor(minX * scale));
            int y0 = Math.max(0, (int) Math.floor(minY * scale));
            int x1 = Math.min(width, (int) Math.ceil(maxX * scale));
            int y1 = Math.min(height, (int) Math.ceil(maxY * scale));
            for (int y = y0; y < y1; y++) {
                java.util.Arrays.fill(mask, y * width + x0, y * width + Math.max(x0, x1), true);
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
