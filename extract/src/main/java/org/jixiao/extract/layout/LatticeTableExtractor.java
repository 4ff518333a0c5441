package org.jixiao.extract.layout;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.ocr.CellSpecks;
import org.jixiao.extract.ocr.ClosedSetRepair;
import org.jixiao.extract.ocr.ColumnZeros;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.Ruling;
import org.jixiao.ingest.TextElement;

/**
 * Rebuilds ruled tables: the ruling lines that cross each other frame a grid; a missing border
 * between two grid slots merges them into one cell; text goes to the cell that holds its centre.
 * <p>
 * Centre assignment matters for Chinese forms: CJK glyph boxes are taller than the text and
 * overhang tight cell borders, so demanding full containment (as tabula-java does) loses cells.
 */
public final class LatticeTableExtractor implements TableExtractor {

    /** Lines closer than this (points) are the same line; gaps this small are no gap. */
    private static final float TOLERANCE = 2f;
    /** A border counts as drawn along a slot edge when it covers this share of it. */
    private static final float BORDER_COVERAGE = 0.6f;

    private final ClosedSetRepair closedSets = ClosedSetRepair.standard();

    @Override
    public List<Table> extract(Page page) {
        List<Ruling> horizontals = RulingGrid.merge(page.rulings(), true, TOLERANCE);
        List<Ruling> verticals = RulingGrid.merge(page.rulings(), false, TOLERANCE);
        List<Table> tables = new ArrayList<>();
        List<List<Ruling>> sets = RulingGrid.connectedSets(horizontals, verticals, TOLERANCE);
        for (List<Ruling> set : RulingGrid.attachOpenColumns(sets)) {
            Table table = buildTable(page, set);
            if (table != null) {
                tables.add(table);
            }
        }
        tables.sort((a, b) -> Float.compare(a.box().minY(), b.box().minY()));
        return tables;
    }

    private Table buildTable(Page page, List<Ruling> set) {
        List<Ruling> hs = set.stream().filter(Ruling::isHorizontal).toList();
        List<Ruling> vs = set.stream().filter(r -> !r.isHorizontal()).toList();
        if (hs.size() < 2 || vs.size() < 2) {
            return null;
        }
        List<Float> xs = gridLines(vs, hs);
        List<Float> ys = drawnAlongASlot(gridLines(hs, vs), hs, xs);
        xs = drawnAlongASlot(xs, vs, ys);
        int rows = ys.size() - 1;
        int columns = xs.size() - 1;
        if (rows < 1 || columns < 1 || rows * columns < 2) {
            return null;
        }
        int[] slotCell = mergeSlots(xs, ys, hs, vs);
        List<int[]> spans = cellSpans(slotCell, rows, columns);
        Box tableBox = Box.of(xs.get(0), ys.get(0), xs.get(columns), ys.get(rows));
        List<List<TextElement>> cellText = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            cellText.add(new ArrayList<>());
        }
        for (TextElement element : page.text()) {
            int row = slotIndex(ys, element.box().centerY());
            int column = slotIndex(xs, element.box().centerX());
            if (row >= 0 && column >= 0) {
                cellText.get(slotCell[row * columns + column]).add(element);
            }
        }
        int[] cellColumns = spans.stream().mapToInt(s -> s[1] == s[3] ? s[1] : -1).toArray();
        cellText = ColumnZeros.repair(closedSets.repair(CellSpecks.strip(cellText), cellColumns), cellColumns);
        List<Cell> cells = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            Box box = Box.of(xs.get(span[1]), ys.get(span[0]), xs.get(span[3] + 1), ys.get(span[2] + 1));
            List<LineAssembler.Line> lines = LineAssembler.lines(cellText.get(i));
            String text = LineAssembler.joinWrapped(lines.stream().map(LineAssembler.Line::text).toList());
            float confidence = (float) lines.stream().mapToDouble(LineAssembler.Line::minConfidence).min().orElse(1);
            boolean openTop = span[0] == 0 && !hasBorder(hs, ys.get(0), box.minX(), box.maxX());
            boolean openBottom = span[2] == rows - 1 && !hasBorder(hs, ys.get(rows), box.minX(), box.maxX());
            cells.add(new Cell(span[0], span[1], span[2] - span[0] + 1, span[3] - span[1] + 1, page.number(), box, text,
                    openTop, openBottom, confidence));
        }
        cells.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.column(), b.column()));
        return new Table(page.number(), tableBox, rows, columns, cells);
    }

    /**
     * The grid lines across one axis: the positions of the rulings that run across it, plus the
     * outer ends of the rulings along it where a table has no outer border on that side.
     */
    private static List<Float> gridLines(List<Ruling> across, List<Ruling> along) {
        List<Float> positions = new ArrayList<>();
        for (Ruling ruling : across) {
            positions.add(ruling.position());
        }
        List<Float> lines = RulingGrid.clusterPositions(positions, TOLERANCE);
        float start = Float.MAX_VALUE;
        float end = -Float.MAX_VALUE;
        for (Ruling ruling : along) {
            start = Math.min(start, ruling.start());
            end = Math.max(end, ruling.end());
        }
        if (!lines.isEmpty() && start < lines.get(0) - 4 * TOLERANCE) {
            lines.add(0, start);
        }
        if (!lines.isEmpty() && end > lines.get(lines.size() - 1) + 4 * TOLERANCE) {
            lines.add(end);
        }
        return lines;
    }

    /**
     * The grid lines with a border drawn along at least one slot between the lines across them, and the
     * outer two. A fragment of a ruling (a scan's streak, an underline) that borders no slot would make
     * an empty row or column that every cell beside it spans.
     */
    private static List<Float> drawnAlongASlot(List<Float> lines, List<Ruling> rulings, List<Float> across) {
        List<Float> drawn = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0 || i == lines.size() - 1 || bordersASlot(rulings, lines.get(i), across)) {
                drawn.add(lines.get(i));
            }
        }
        return drawn;
    }

    private static boolean bordersASlot(List<Ruling> rulings, float line, List<Float> across) {
        for (int k = 0; k + 1 < across.size(); k++) {
            if (hasBorder(rulings, line, across.get(k), across.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** For each slot (row-major), the index of the cell it belongs to, after merging slots with no border between. */
    private static int[] mergeSlots(List<Float> xs, List<Float> ys, List<Ruling> hs, List<Ruling> vs) {
        int rows = ys.size() - 1;
        int columns = xs.size() - 1;
        UnionFind slots = new UnionFind(rows * columns);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (c + 1 < columns && !hasBorder(vs, xs.get(c + 1), ys.get(r), ys.get(r + 1))) {
                    slots.union(r * columns + c, r * columns + c + 1);
                }
                if (r + 1 < rows && !hasBorder(hs, ys.get(r + 1), xs.get(c), xs.get(c + 1))) {
                    slots.union(r * columns + c, (r + 1) * columns + c);
                }
            }
        }
        return slots.setIds();
    }

    /** Bounding slot ranges {firstRow, firstColumn, lastRow, lastColumn} of each cell. */
    private static List<int[]> cellSpans(int[] slotCell, int rows, int columns) {
        List<int[]> spans = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int id = slotCell[r * columns + c];
                while (spans.size() <= id) {
                    spans.add(null);
                }
                int[] span = spans.get(id);
                if (span == null) {
                    spans.set(id, new int[] {r, c, r, c});
                } else {
                    span[0] = Math.min(span[0], r);
                    span[1] = Math.min(span[1], c);
                    span[2] = Math.max(span[2], r);
                    span[3] = Math.max(span[3], c);
                }
            }
        }
        return spans;
    }

    private static boolean hasBorder(List<Ruling> rulings, float position, float from, float to) {
        float covered = 0;
        for (Ruling ruling : rulings) {
            if (Math.abs(ruling.position() - position) <= TOLERANCE) {
                covered += Math.max(0, Math.min(to, ruling.end()) - Math.max(from, ruling.start()));
            }
        }
        return covered >= BORDER_COVERAGE * (to - from);
    }

    /** The slot between two consecutive grid lines that holds a coordinate, or -1 outside the grid. */
    private static int slotIndex(List<Float> lines, float value) {
        if (value < lines.get(0) || value > lines.get(lines.size() - 1)) {
            return -1;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (value <= lines.get(i)) {
                return i - 1;
            }
        }
        return lines.size() - 2;
    }
}
