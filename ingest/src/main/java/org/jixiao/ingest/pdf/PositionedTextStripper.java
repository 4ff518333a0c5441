package org.jixiao.ingest.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.TextElement;
import org.jixiao.ingest.TextNormalizer;

/**
 * Collects every glyph of a page with its box, through the one hook PDFBox offers for it
 * ({@link #writeString(String, List)}), after PDFBox has dropped the overlapping duplicates that
 * fake-bold fonts draw.
 */
final class PositionedTextStripper extends PDFTextStripper {

    private final TextNormalizer normalizer;
    private List<TextElement> current = new ArrayList<>();

    PositionedTextStripper(TextNormalizer normalizer) {
        this.normalizer = normalizer;
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The glyphs of one page (1-based), coordinates top-left origin with the page's rotation applied. */
    List<TextElement> glyphs(PDDocument document, int pageNumber) throws IOException {
        current = new ArrayList<>();
        setStartPage(pageNumber);
        setEndPage(pageNumber);
        writeText(document, Writer.nullWriter());
        return current;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition position : positions) {
            String unicode = position.getUnicode();
            if (unicode == null || unicode.isBlank()) {
                continue;
            }
            float height = glyphHeight(position);
            float top = position.getYDirAdj() - height;
            Box box = new Box(position.getXDirAdj(), top, Math.max(position.getWidthDirAdj(), 0.1f), height);
            current.add(TextElement.exact(normalizer.normalize(unicode), box, position.getFontSizeInPt()));
        }
    }

    /**
     * PDFBox's glyph height is often far below the printed size for CJK fonts; the font size is a
     * steadier estimate of the line a glyph occupies above its baseline.
     */
    private static float glyphHeight(TextPosition position) {
        float fromFont = position.getFontSizeInPt() * 0.88f;
        float measured = position.getHeightDir();
        return Math.max(Math.max(fromFont, measured), 1f);
    }

    @Override
    protected void startPage(PDPage page) {
        // no page header text: positions are all we keep
    }
}
