package org.jixiao.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.model.Finding;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.TextElement;

/**
 * Where a finding's evidence is printed on its page: the figure found and the labels involved, located
 * among the page's glyphs. The record names the figures, not their boxes, so they are found again by
 * their text: on a text-layer page this is exact. A figure in 万元 is found by the amount the message
 * gives with its unit (300.00万元), since {@code found} is in 元.
 */
final class EvidenceLocator {

    private static final Pattern QUOTED = Pattern.compile("“([^”]{2,30})”");
    /**
     * An amount of the message in 万元, as the rules print it where the page does (300.00万元): the one
     * form of a figure {@code found} (in 元) does not give. Zero says nothing of where a figure is.
     */
    private static final Pattern AMOUNT = Pattern.compile("(?<![0-9.,])([0-9][0-9,]*(?:\\.[0-9]+)?)(?=万元)");
    private static final Pattern ZERO = Pattern.compile("0+(\\.0+)?");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,]*(\\.[0-9]+)?%?");
    private static final Pattern WHOLE_WITH_ZERO_DECIMALS = Pattern.compile("[0-9]+\\.0+");
    private static final int MAX_MATCHES_PER_TEXT = 4;
    private static final float PADDING = 1.5f;

    private EvidenceLocator() {
    }

    /** The texts to look for: the figure found, the labels, and the quoted words of the message. */
    static List<String> needles(Finding finding) {
        Set<String> needles = new LinkedHashSet<>();
        if (finding.found() != null) {
            needles.add(finding.found());
        }
        needles.addAll(finding.labels());
        if (finding.message() != null) {
            Matcher quoted = QUOTED.matcher(finding.message());
            while (quoted.find()) {
                // a label with its column in brackets, 资金结余(合计): the row label is what is printed
                needles.add(quoted.group(1).replaceAll("[（(][^）)]*[）)]$", ""));
            }
            Matcher amount = AMOUNT.matcher(finding.message());
            while (amount.find()) {
                if (!ZERO.matcher(amount.group(1)).matches()) {
                    needles.add(amount.group(1)); // a page in 万元 prints 300.00 where found says 3,000,000.00
                }
            }
        }
        List<String> kept = new ArrayList<>();
        for (String needle : needles) {
            String normal = normalise(needle);
            if (WHOLE_WITH_ZERO_DECIMALS.matcher(normal).matches() && !ZERO.matcher(normal).matches()) {
                kept.add(normal.substring(0, normal.indexOf('.'))); // 10,000.00 printed as 10000
            }
            if (normal.length() >= 2 || NUMBER.matcher(normal).matches() && normal.length() >= 1 && !normal.equals("0")) {
                kept.add(normal);
            }
        }
        return kept;
    }

    /** Boxes around each place the needles are printed on the page, in page points. */
    static List<Box> locate(Page page, List<String> needles) {
        List<Line> lines = lines(page.text());
        List<Box> boxes = new ArrayList<>();
        for (String needle : needles) {
            boolean numeric = NUMBER.matcher(needle).matches();
            int found = 0;
            for (Line line : lines) {
                int from = 0;
                while (found < MAX_MATCHES_PER_TEXT) {
                    int at = line.text.indexOf(needle, from);
                    if (at < 0) {
                        break;
                    }
                    from = at + 1;
                    int end = at + needle.length();
                    if (numeric && (continuesNumber(line.text, at - 1) || continuesNumber(line.text, end))) {
                        continue;
                    }
                    Box box = null;
                    for (int i = at; i < end; i++) {
                        Box glyph = line.glyphs.get(i);
                        box = glyph == null ? box : box == null ? glyph : box.union(glyph);
                    }
                    if (box != null) {
                        boxes.add(new Box(box.x() - PADDING, box.y() - PADDING, box.width() + 2 * PADDING,
                                box.height() + 2 * PADDING));
                        found++;
                    }
                }
            }
        }
        return boxes;
    }

    private static boolean continuesNumber(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return Character.isDigit(c) || c == '.';
    }

    /** Whitespace and thousands commas dropped: how both sides are compared. */
    private static String normalise(String text) {
        return text.replaceAll("[\\s,，]", "");
    }

    /** A line of text with the box of each character; null boxes stand for gaps between cells. */
    private record Line(String text, List<Box> glyphs) {
    }

    private static List<Line> lines(List<TextElement> text) {
        List<TextElement> glyphs = new ArrayList<>(text);
        glyphs.sort(Comparator.comparingDouble(g -> g.box().centerY()));
        List<List<TextElement>> rows = new ArrayList<>();
        List<TextElement> row = null;
        float rowY = 0;
        for (TextElement glyph : glyphs) {
            if (row == null || Math.abs(glyph.box().centerY() - rowY) > glyph.box().height() / 2) {
                row = new ArrayList<>();
                rows.add(row);
                rowY = glyph.box().centerY();
            }
            row.add(glyph);
        }
        List<Line> lines = new ArrayList<>();
        for (List<TextElement> cells : rows) {
            cells.sort(Comparator.comparingDouble(g -> g.box().x()));
            StringBuilder line = new StringBuilder();
            List<Box> boxes = new ArrayList<>();
            TextElement previous = null;
            for (TextElement glyph : cells) {
                if (previous != null && glyph.box().x() - previous.box().maxX() > glyph.box().height()) {
                    line.append('|');
                    boxes.add(null);
                }
                for (char c : normalise(glyph.text()).toCharArray()) {
                    line.append(c);
                    boxes.add(glyph.box());
                }
                previous = glyph;
            }
            lines.add(new Line(line.toString(), boxes));
        }
        return lines;
    }
}
