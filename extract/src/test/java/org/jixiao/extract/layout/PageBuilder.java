package org.jixiao.extract.layout;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.Ruling;
import org.jixiao.ingest.TextElement;

/** Draws synthetic pages for layout tests: grid lines and text, in points, y growing down. */
public final class PageBuilder {

    private static final float FONT = 10f;

    private final int number;
    private final List<TextElement> text = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();

    public PageBuilder(int number) {
        this.number = number;
    }

    /** Horizontal lines at each y, from x0 to x1. */
    public PageBuilder horizontals(float x0, float x1, float... ys) {
        for (float y : ys) {
            rulings.add(Ruling.horizontal(y, x0, x1));
        }
        return this;
    }

    /** Vertical lines at each x, from y0 to y1. */
    public PageBuilder verticals(float y0, float y1, float... xs) {
        for (float x : xs) {
            rulings.add(Ruling.vertical(x, y0, y1));
        }
        return this;
    }

    public PageBuilder hline(float y, float x0, float x1) {
        rulings.add(Ruling.horizontal(y, x0, x1));
        return this;
    }

    public PageBuilder vline(float x, float y0, float y1) {
        rulings.add(Ruling.vertical(x, y0, y1));
        return this;
    }

    /**
     * Text as glyphs of one em each, starting at (x, baseline − em). Glyph boxes are 1.3 em tall like
     * CJK fonts', so they overhang a tight cell.
     */
    public PageBuilder text(float x, float top, String content) {
        return text(x, top, content, 1f);
    }

    /** Text as OCR reads it, with the recogniser's confidence. */
    public PageBuilder text(float x, float top, String content, float confidence) {
        float cursor = x;
        for (int i = 0; i < content.length(); i++) {
            String glyph = content.substring(i, i + 1);
            if (!glyph.isBlank()) {
                text.add(new TextElement(glyph, new Box(cursor, top - 0.15f * FONT, FONT, 1.3f * FONT), FONT, confidence));
            }
            cursor += FONT;
        }
        return this;
    }

    public Page build() {
        return new Page(number, 600, 800, 0, Page.TextSource.TEXT_LAYER, text, rulings);
    }
}
