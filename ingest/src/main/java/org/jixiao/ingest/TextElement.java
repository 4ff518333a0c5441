package org.jixiao.ingest;

/**
 * Positioned text on a page: one glyph from a PDF text layer, one recognised line from OCR, or the
 * text of one cell or paragraph of an Office file laid out on a virtual page. The text is already
 * normalised by {@link TextNormalizer}.
 *
 * @param confidence recognition confidence in [0, 1]; 1 for text that came from a text layer
 */
public record TextElement(String text, Box box, float fontSize, float confidence) {

    public static TextElement exact(String text, Box box, float fontSize) {
        return new TextElement(text, box, fontSize, 1f);
    }
}
