package org.jixiao.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.Glyph;
import org.jixiao.ingest.TextElement;

/**
 * Reads the columns of an OCR table whose values come from a {@link ClosedSet} against that set: a
 * lone sign is what OCR reads worst (≥ as V, = as 三 on every row of a declaration with a separate
 * sign column), and a column of them is recognised by its cells together. A column is taken for a
 * set when most of its text cells are near a member (the member explains at least
 * {@link #MIN_SCORE} of the recogniser's probability) and at least {@link #MIN_CELLS} are; each such
 * cell then becomes the member that explains its reading best. A column under a header that names the
 * set (计算符号) holds it whatever most cells were read as: each cell below the header is read against
 * the set, with the look-alikes only such a header makes sure of (≥ read as 2). Cells far from every
 * member (the header, a group cell) stay as read. Text without the recogniser's candidates (a text
 * layer) is never changed. Thread-safe.
 */
public final class ClosedSetRepair {

    /**
     * A cell is near a member that explains this much of the recogniser's probability. Measured: lone
     * signs misread on generated sign columns (V, N, 三) left 0.46–0.72 to the right member and its
     * look-alikes; no one- or two-character text of the five corpus scans gives any member other than
     * its own text more than 0.01.
     */
    static final float MIN_SCORE = 0.25f;
    /** A column is a closed set when more than this share of its text cells are near a member. */
    static final double MIN_SHARE = 0.5;
    /** … and at least this many: two cells are no column. */
    static final int MIN_CELLS = 3;

    private final List<ClosedSet> sets;

    ClosedSetRepair(List<ClosedSet> sets) {
        this.sets = List.copyOf(sets);
    }

    public static ClosedSetRepair standard() {
        return new ClosedSetRepair(ClosedSet.STANDARD);
    }

    /**
     * The text of each cell after repair, in the order given.
     *
     * @param cellText the text elements of each cell
     * @param columns  each cell's column, or -1 for a cell spanning several columns (never repaired)
     */
    public List<List<TextElement>> repair(List<List<TextElement>> cellText, int[] columns) {
        if (cellText.stream().flatMap(List::stream).allMatch(e -> e.glyphs().isEmpty())) {
            return cellText;
        }
        List<List<TextElement>> repaired = new ArrayList<>(cellText);
        for (List<Integer> cells : TableCells.byColumn(cellText, columns)) {
            repairColumn(cells, cellText, repaired);
        }
        return repaired;
    }

    private void repairColumn(List<Integer> cells, List<List<TextElement>> cellText, List<List<TextElement>> repaired) {
        for (ClosedSet set : sets) {
            int header = namingHeader(set, cells, cellText);
            if (header >= 0) {
                for (int cell : cells.subList(header + 1, cells.size())) {
                    repairCell(set, cell, true, cellText, repaired);
                }
                return;
            }
            int near = 0;
            for (int cell : cells) {
                if (isNear(set, cellText.get(cell))) {
                    near++;
                }
            }
            if (near < MIN_CELLS || near <= MIN_SHARE * cells.size()) {
                continue;
            }
            for (int cell : cells) {
                repairCell(set, cell, false, cellText, repaired);
            }
            return;
        }
    }

    /** The cell as the member that explains its reading best, when one is near it. */
    private static void repairCell(ClosedSet set, int cell, boolean named, List<List<TextElement>> cellText,
                                   List<List<TextElement>> repaired) {
        List<TextElement> elements = cellText.get(cell);
        List<Glyph> reading = reading(elements);
        ClosedSet.Choice choice = reading.isEmpty() ? null : set.best(reading, named);
        if (choice != null && choice.score() >= MIN_SCORE && !choice.member().equals(TableCells.text(elements))) {
            repaired.set(cell, List.of(member(choice, elements)));
        }
    }

    /**
     * Where a cell of the column names the set (计算符号 over a sign column), its position among the
     * column's cells: the cells below it hold the set's values, whatever most of them were read as.
     */
    private static int namingHeader(ClosedSet set, List<Integer> cells, List<List<TextElement>> cellText) {
        for (int i = 0; i < cells.size(); i++) {
            if (set.header().test(TableCells.text(cellText.get(cells.get(i))))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNear(ClosedSet set, List<TextElement> elements) {
        if (set.members().contains(TableCells.text(elements))) {
            return true;
        }
        List<Glyph> reading = reading(elements);
        return !reading.isEmpty() && set.best(reading).score() >= MIN_SCORE;
    }

    /** The glyphs of a cell's elements in reading order; empty when one of them has none. */
    private static List<Glyph> reading(List<TextElement> elements) {
        List<Glyph> glyphs = new ArrayList<>();
        for (TextElement element : TableCells.inReadingOrder(elements)) {
            if (element.glyphs().isEmpty()) {
                return List.of();
            }
            element.glyphs().stream().filter(g -> !g.text().isBlank()).forEach(glyphs::add);
        }
        return glyphs;
    }

    /**
     * The cell's text as the member: one element over the cell's text, as sure as the share of the
     * recogniser's probability the member explains, and never surer than that.
     */
    private static TextElement member(ClosedSet.Choice choice, List<TextElement> elements) {
        return new TextElement(choice.member(), TableCells.box(elements), elements.get(0).fontSize(),
                Math.min(1f, choice.score()));
    }
}
