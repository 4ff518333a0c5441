package org.jixiao.extract.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.ingest.Glyph;
import org.jixiao.ingest.TextElement;

/**
 * Removes the specks a scan leaves at the edges of a table cell's text and that OCR reads as marks
 * (临时救助人次. ·防洪能力 河湖水质达标率“ ≥67个·). A cell of a form opens with no middle dot, closing
 * quote or comma and ends with no dot, opening quote or comma, so such a mark at the start of the
 * cell's first line or at the end of its last one is dirt, not text; a dot before a digit opening a
 * cell (.5) is left, it may be a figure's. A colon after a figure (7:), a degree sign after a money
 * figure (0.00°), a closing quote that closes nothing (有所提升", 当年财政拨款”) and a full stop the
 * recogniser doubted end no cell either; a dot between two ideographs (年租赁费.用) stands inside no
 * word. Only OCR text is touched (text with the recogniser's glyphs); a text layer is as printed.
 * Thread-safe.
 */
public final class CellSpecks {

    private static final String NEVER_OPENS = "·.,'`”’:;、";
    private static final String NEVER_CLOSES = "·.,'`“‘、";
    /** A label ends with a colon; a figure (a weight of 7) never does. */
    private static final String NEVER_AFTER_A_FIGURE = ":：;；";
    /** A quote ends a cell only where it closes one opened there. */
    private static final String QUOTES = "\"“”";
    private static final String CLOSING_QUOTES = "\"”";
    /** A mark read with less probability than this is more likely dirt than print. */
    private static final float DOUBTFUL_MARK = 0.5f;
    /** A money figure (two decimals) ends with no degree sign: 0.00° is a speck after 0.00. */
    private static final Pattern MONEY_THEN_DEGREE = Pattern.compile(".*\\d\\.\\d{2}°");

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
        withoutDotsInWords(ordered);
        // a quote may open on one line of a cell and close on the next
        long quotes = ordered.stream().mapToLong(e -> e.text().chars().filter(c -> QUOTES.indexOf(c) >= 0).count()).sum();
        ordered.set(0, trimmed(ordered.get(0), true, false, quotes));
        int last = ordered.size() - 1;
        ordered.set(last, trimmed(ordered.get(last), false, true, quotes));
        return ordered.stream().filter(e -> !e.text().isEmpty()).toList();
    }

    private static TextElement trimmed(TextElement element, boolean start, boolean end, long cellQuotes) {
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
        while (end && to > from && (isSpeck(glyphs.get(to - 1), NEVER_CLOSES) || isDoubtfulFullStop(glyphs.get(to - 1))
                || isSpeck(glyphs.get(to - 1), NEVER_AFTER_A_FIGURE) && to - 2 >= from && isDigit(glyphs.get(to - 2))
                || isSpeck(glyphs.get(to - 1), CLOSING_QUOTES) && cellQuotes == 1
                || isSpeck(glyphs.get(to - 1), "°") && MONEY_THEN_DEGREE.matcher(textOf(glyphs.subList(from, to))).matches())) {
            to--;
        }
        if (from == 0 && to == glyphs.size()) {
            return element;
        }
        List<Glyph> kept = glyphs.subList(from, to);
        return new TextElement(textOf(kept), element.box(), element.fontSize(), element.confidence(), kept);
    }

    /** Drops each dot between two ideographs, also where a cell's text wraps after the dot (年租赁费. | 用). */
    private static void withoutDotsInWords(List<TextElement> ordered) {
        List<Glyph> all = new ArrayList<>();
        ordered.forEach(e -> all.addAll(e.glyphs()));
        int offset = 0;
        for (int k = 0; k < ordered.size(); k++) {
            TextElement element = ordered.get(k);
            List<Glyph> glyphs = element.glyphs();
            List<Glyph> kept = new ArrayList<>(glyphs.size());
            for (int i = 0; i < glyphs.size(); i++) {
                int at = offset + i;
                boolean inWord = at > 0 && at + 1 < all.size() && isIdeograph(all.get(at - 1)) && isIdeograph(all.get(at + 1));
                if (!(inWord && isSpeck(glyphs.get(i), "."))) {
                    kept.add(glyphs.get(i));
                }
            }
            offset += glyphs.size();
            if (kept.size() != glyphs.size()) {
                ordered.set(k, new TextElement(textOf(kept), element.box(), element.fontSize(), element.confidence(), kept));
            }
        }
    }

    /** A full stop the recogniser hardly believed in (0.26, the rest of it on ．，. and nothing): a sentence's own is sure. */
    private static boolean isDoubtfulFullStop(Glyph glyph) {
        return glyph.text().equals("。") && glyph.probabilityOf("。") < DOUBTFUL_MARK;
    }

    private static String textOf(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.text()));
        return text.toString();
    }

    private static boolean isIdeograph(Glyph glyph) {
        String text = glyph.text();
        return text.codePointCount(0, text.length()) == 1
                && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private static boolean isSpeck(Glyph glyph, String marks) {
        return glyph.text().length() == 1 && marks.indexOf(glyph.text().charAt(0)) >= 0;
    }

    private static boolean isDigit(Glyph glyph) {
        return !glyph.text().isEmpty() && Character.isDigit(glyph.text().charAt(0));
    }
}
