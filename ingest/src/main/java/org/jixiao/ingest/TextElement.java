package org.jixiao.ingest;

import java.util.List;

/**
 * Positioned text on a page: one glyph from a PDF text layer, one recognised line from OCR, or the
 * text of one cell or paragraph of an Office file laid out on a virtual page. The text is already
 * normalised by {@link TextNormalizer}.
 *
 * @param confidence recognition confidence in [0, 1]; 1 for text that came from a text layer
 * @param glyphs     for OCR text, its characters with the recogniser's candidates, in order, their texts
 *                   making up the text; empty where there were no alternatives (text layers, Office files)
 *                   or the text no longer matches them (a repair that rewrote the whole figure)
 */
public record TextElement(String text, Box box, float fontSize, float confidence, List<Glyph> glyphs) {

    public TextElement {
        glyphs = List.copyOf(glyphs);
        if (!glyphs.isEmpty() && !text.equals(joined(glyphs))) {
            throw new IllegalArgumentException("glyphs " + joined(glyphs) + " do not make up the text " + text);
        }
    }

    /** Text without per-character alternatives. */
    public TextElement(String text, Box box, float fontSize, float confidence) {
        this(text, box, fontSize, confidence, List.of());
    }

    public static TextElement exact(String text, Box box, float fontSize) {
        return new TextElement(text, box, fontSize, 1f);
    }

    private static String joined(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.text()));
        return text.toString();
    }
}
