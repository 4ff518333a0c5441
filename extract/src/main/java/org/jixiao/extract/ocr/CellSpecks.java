package org.jixiao.extract.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.ingest.Glyph;
import org.jixiao.ingest.TextElement;

/**
 * Removes the specks a scan leaves at the edges of a table cell's text and that OCR reads as marks
 * (临时救助人次. ·防洪能力 河湖水质达标率“ ≥67个·). A cell of a form opens with no middle dot, closing
 * quote or comma and ends with no dot, opening quote or comma, so such a mark at the start of the
 * cell's first line or at the end of its last one is dirt, not text; a dot before a digit opening a
 * cell (.5) is left, it may be a figure's. A colon after a figure (7:) and a straight quote that closes
 * nothing (有所提升") end no cell either. Only OCR text is touched (text with the recogniser's
 * glyphs); a text layer is as printed. Thread-safe.
 */
public final class CellSpecks {

    private static final String NEVER_OPENS = "·.,'`”’:;、";
    private static final String NEVER_CLOSES = "·.,'`“‘、";
    /** A label ends with a colon; a figure (a weight of 7) never does. */
    private static final String NEVER_AFTER_A_FIGURE = ":：;；";
    /** A straight quote ends a cell only where it closes one opened there. */
    private static final String QUOTES = "\"“”";

    private CellSpecks() {
    }

    /** Each cell's text elements, the specks at its edges removed (an element of nothing but specks dropped). */
    public static List<List<TextElement>> strip(List<List<TextElement>> cellText) {
        List<List<TextElement>> stripped = new ArrayList<>(cellText.size());
        for (List<TextElement> cell : cellText) {
            stripped.add(stripCell(cell));
        }
        return stripped;
    }

    private static List<TextElement> stripCell(List<TextElement> cell) {
        if (cell.isEmpty() || cell.stream().allMatch(e -> e.glyphs().isEmpty())) {
            return cell;
        }
        List<TextElement> ordered = new ArrayList<>(cell.stream().sorted(Comparator.comparingDouble((TextElement e) -> e.box().minY())
                .thenComparingDouble(e -> e.box().minX())).toList());
        ordered.set(0, trimmed(ordered.get(0), true, false));
        int last = ordered.size() - 1;
        ordered.set(last, trimmed(ordered.get(last), false, true));
        return ordered.stream().filter(e -> !e.text().isEmpty()).toList();
    }

    private static TextElement trimmed(TextElement element, boolean start, boolean end) {
        List<Glyph> glyphs = element.glyphs();
        if (glyphs.isEmpty()) {
            return element;
        }
        int from = 0;
        int to = glyphs.size();
        while (start && from < to && isSpeck(glyphs.get(from), NEVER_OPENS)
                && !(glyphs.get(from).text().equals(".") && from + 1 < to && isDigit(glyphs.get(from + 1)))) {
            from++;
        }
        while (end && to > from && (isSpeck(glyphs.get(to - 1), NEVER_CLOSES)
                || isSpeck(glyphs.get(to - 1), NEVER_AFTER_A_FIGURE) && to - 2 >= from && isDigit(glyphs.get(to - 2))
                || isSpeck(glyphs.get(to - 1), "\"") && element.text().chars().filter(c -> QUOTES.indexOf(c) >= 0).count() == 1)) {
            to--;
        }
        if (from == 0 && to == glyphs.size()) {
            return element;
        }
        List<Glyph> kept = glyphs.subList(from, to);
        StringBuilder text = new StringBuilder();
        kept.forEach(g -> text.append(g.text()));
        return new TextElement(text.toString(), element.box(), element.fontSize(), element.confidence(), kept);
    }

    private static boolean isSpeck(Glyph glyph, String marks) {
        return glyph.text().length() == 1 && marks.indexOf(glyph.text().charAt(0)) >= 0;
    }

    private static boolean isDigit(Glyph glyph) {
        return !glyph.text().isEmpty() && Character.isDigit(glyph.text().charAt(0));
    }
}
