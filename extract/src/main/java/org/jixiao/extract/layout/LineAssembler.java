package org.jixiao.extract.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.TextElement;

/**
 * Groups positioned text into lines and lines into text, the way a reader reads them: top to
 * bottom, left to right, a space where the gap between two pieces is wider than a space would be.
 */
public final class LineAssembler {

    /** A gap wider than this share of the font size is a space. */
    private static final float SPACE_GAP = 0.3f;
    /** Two pieces share a line when their vertical extents overlap by this share of the smaller. */
    private static final float SAME_LINE_OVERLAP = 0.5f;

    private LineAssembler() {
    }

    /** One assembled line: its text, its bounds and its pieces. */
    public record Line(String text, Box box, List<TextElement> elements) {
        public float minConfidence() {
            float min = 1f;
            for (TextElement element : elements) {
                min = Math.min(min, element.confidence());
            }
            return min;
        }
    }

    public static List<Line> lines(List<TextElement> elements) {
        List<TextElement> sorted = new ArrayList<>(elements);
        sorted.sort(Comparator.comparingDouble((TextElement e) -> e.box().centerY()));
        List<List<TextElement>> groups = new ArrayList<>();
        List<Box> bounds = new ArrayList<>();
        for (TextElement element : sorted) {
            int target = -1;
            for (int i = groups.size() - 1; i >= 0 && i >= groups.size() - 3; i--) {
                Box line = bounds.get(i);
                float overlap = line.verticalOverlap(element.box());
                float smaller = Math.min(line.height(), element.box().height());
                if (smaller > 0 && overlap >= SAME_LINE_OVERLAP * smaller) {
                    target = i;
                    break;
                }
            }
            if (target < 0) {
                groups.add(new ArrayList<>(List.of(element)));
                bounds.add(element.box());
            } else {
                groups.get(target).add(element);
                bounds.set(target, bounds.get(target).union(element.box()));
            }
        }
        List<Line> lines = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            List<TextElement> group = groups.get(i);
            group.sort(Comparator.comparingDouble((TextElement e) -> e.box().minX()));
            lines.add(new Line(joinWithGaps(group), bounds.get(i), List.copyOf(group)));
        }
        lines.sort(Comparator.comparingDouble((Line l) -> l.box().minY()));
        return lines;
    }

    /** The text of elements in one line, with a space where the gap is wide. */
    static String joinWithGaps(List<TextElement> line) {
        StringBuilder text = new StringBuilder();
        TextElement previous = null;
        for (TextElement element : line) {
            if (previous != null) {
                float gap = element.box().minX() - previous.box().maxX();
                float size = Math.max(Math.min(previous.fontSize(), element.fontSize()), 1f);
                if (gap > SPACE_GAP * size && !endsWithSpace(text)) {
                    text.append(' ');
                }
            }
            text.append(element.text());
            previous = element;
        }
        return text.toString().strip();
    }

    private static boolean endsWithSpace(StringBuilder text) {
        return !text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1));
    }

    /**
     * Joins the lines of one wrapped paragraph or cell: ideographic text runs on without a space; two
     * Latin words or numbers broken at the line end get one back.
     */
    public static String joinWrapped(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            String next = line.strip();
            if (next.isEmpty()) {
                continue;
            }
            if (!text.isEmpty() && needsSpace(text.charAt(text.length() - 1), next.charAt(0))) {
                text.append(' ');
            }
            text.append(next);
        }
        return text.toString();
    }

    private static boolean needsSpace(char before, char after) {
        return isLatinWordChar(before) && isLatinWordChar(after);
    }

    private static boolean isLatinWordChar(char c) {
        return c < 0x2E80 && Character.isLetter(c);
    }
}
