package org.jixiao.ingest;

import java.util.List;

/**
 * One page as the extract stage sees it, whatever route it came by: its size, its positioned text
 * and its ruling lines. Rotation is already applied, so text runs left to right, top to bottom.
 *
 * @param number 1-based page number within the document
 */
public record Page(int number, float width, float height, int rotation, TextSource source,
                   List<TextElement> text, List<Ruling> rulings) {

    /** Where a page's text came from. */
    public enum TextSource {
        /** The PDF's own text layer. */
        TEXT_LAYER,
        /** Optical character recognition of the rendered page or image. */
        OCR,
        /** The structure of an Office file (cells and paragraphs), laid out on a virtual page. */
        OFFICE
    }

    public Page {
        text = List.copyOf(text);
        rulings = List.copyOf(rulings);
    }

    public boolean isOcr() {
        return source == TextSource.OCR;
    }
}
