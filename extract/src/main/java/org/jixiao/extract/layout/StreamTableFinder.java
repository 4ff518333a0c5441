package org.jixiao.extract.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.TextElement;

/**
 * Finds tables drawn without ruling lines from the alignment of their text (the "stream" method):
 * consecutive lines that each break into pieces at wide gaps, whose pieces leave common empty
 * columns between them. The gaps shared by every line are the column borders; each line is a
 * row; a line whose first column is empty continues the row above (a wrapped cell).
 */
final class StreamTableFinder {

    /** A gap wider than this many font sizes separates two cells of a line. */
    private static final float CELL_GAP = 1.5f;
    /** Fewer aligned lines than this are not a table. */
    private static final int MIN_ROWS = 3;
    /** Lines further apart than this many line heights are not rows of one table. */
    private static final float MAX_ROW_GAP = 2.5f;
    /** A line closer to the one above than this share of the row pitch is a wrapped line of the same row. */
    private static final float WRAP_PITCH = 0.85f;

    /** A table found, and the lines that make it up. */
    record Found(Table table, List<LineAssembler.Line> lines) {
    }

    private record Piece(String text, Box box) {
    }

    List<Found> find(int page, List<LineAssembler.Line> lines) {
        List<Found> found = new ArrayList<>();
        List<LineAssembler.Line> run = new ArrayList<>();
        for (LineAssembler.Line line : lines) {
            boolean split = pieces(line).size() >= 2;
            boolean continues = !run.isEmpty() && isNear(run.get(run.size() - 1), line);
            if (split && (run.isEmpty() || continues)) {
                run.add(line);
                continue;
            }
            if (!run.isEmpty() && continues) {
                // perhaps the wrapped text of a cell: kept if a split line follows (see close)
                run.add(line);
                continue;
            }
            close(page, run, found);
            run = new ArrayList<>();
            if (split) {
                run.add(line);
            }
        }
        close(page, run, found);
        return found;
    }

    private void close(int page, List<LineAssembler.Line> run, List<Found> found) {
        while (!run.isEmpty() && pieces(run.get(run.size() - 1)).size() < 2) {
            run.remove(run.size() - 1);
        }
        if (run.size() < MIN_ROWS) {
            return;
        }
        Table table = build(page, run);
        if (table != null) {
            found.add(new Found(table, List.copyOf(run)));
        }
    }

    private static boolean isNear(LineAssembler.Line above, LineAssembler.Line below) {
        float height = Math.max(above.box().height(), 1f);
        return below.box().minY() - above.box().maxY() <= MAX_ROW_GAP * height;
    }

    private Table build(int page, List<LineAssembler.Line> rows) {
        List<float[]> columns = columns(rows);
        if (columns.size() < 2) {
            return null;
        }
        List<String[]> texts = new ArrayList<>();
        List<Box> rowBoxes = new ArrayList<>();
        float rowPitch = medianRowPitch(rows);
        LineAssembler.Line previousLine = null;
        for (LineAssembler.Line line : rows) {
            String[] cells = new String[columns.size()];
            java.util.Arrays.fill(cells, "");
            for (Piece piece : pieces(line)) {
                int column = columnOf(columns, piece.box().centerX());
                cells[column] = cells[column].isEmpty() ? piece.text() : cells[column] + " " + piece.text();
            }
            boolean singlePiece = pieces(line).size() == 1;
            boolean tight = previousLine != null && line.box().minY() - previousLine.box().minY() < WRAP_PITCH * rowPitch;
            boolean continuation = !texts.isEmpty() && singlePiece && (cells[0].isEmpty() || tight);
            previousLine = line;
            if (continuation) {
                String[] previous = texts.get(texts.size() - 1);
                for (int c = 0; c < cells.length; c++) {
                    previous[c] = LineAssembler.joinWrapped(List.of(previous[c], cells[c]));
                }
                rowBoxes.set(rowBoxes.size() - 1, rowBoxes.get(rowBoxes.size() - 1).union(line.box()));
            } else {
                texts.add(cells);
                rowBoxes.add(line.box());
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < texts.size(); r++) {
            Box rowBox = rowBoxes.get(r);
            for (int c = 0; c < columns.size(); c++) {
                Box box = Box.of(columns.get(c)[0], rowBox.minY(), columns.get(c)[1], rowBox.maxY());
                cells.add(new Cell(r, c, 1, 1, page, box, texts.get(r)[c]));
            }
        }
        Box tableBox = rowBoxes.get(0);
        for (Box box : rowBoxes) {
            tableBox = tableBox.union(box);
        }
        tableBox = tableBox.union(Box.of(columns.get(0)[0], tableBox.minY(), columns.get(columns.size() - 1)[1], tableBox.maxY()));
        return new Table(page, tableBox, texts.size(), columns.size(), cells);
    }

    /** The median distance between the tops of consecutive multi-cell lines: the pitch of the table's rows. */
    private static float medianRowPitch(List<LineAssembler.Line> rows) {
        List<Float> pitches = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            if (pieces(rows.get(i - 1)).size() >= 2 && pieces(rows.get(i)).size() >= 2) {
                pitches.add(rows.get(i).box().minY() - rows.get(i - 1).box().minY());
            }
        }
        if (pitches.isEmpty()) {
            return 0;
        }
        pitches.sort(Float::compare);
        return pitches.get(pitches.size() / 2);
    }

    /** The x-ranges covered by some piece of some row, merged: the gaps between them are the column borders. */
    private static List<float[]> columns(List<LineAssembler.Line> rows) {
        List<float[]> spans = new ArrayList<>();
        for (LineAssembler.Line line : rows) {
            for (Piece piece : pieces(line)) {
                spans.add(new float[] {piece.box().minX(), piece.box().maxX()});
            }
        }
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<float[]> merged = new ArrayList<>();
        for (float[] span : spans) {
            float[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(new float[] {span[0], span[1]});
            }
        }
        return merged;
    }

    private static int columnOf(List<float[]> columns, float x) {
        for (int i = 0; i < columns.size(); i++) {
            if (x <= columns.get(i)[1]) {
                return i;
            }
        }
        return columns.size() - 1;
    }

    /** The pieces of a line between wide gaps. */
    private static List<Piece> pieces(LineAssembler.Line line) {
        List<Piece> pieces = new ArrayList<>();
        List<TextElement> current = new ArrayList<>();
        TextElement previous = null;
        for (TextElement element : line.elements()) {
            if (previous != null) {
                float gap = element.box().minX() - previous.box().maxX();
                if (gap > CELL_GAP * Math.max(Math.min(previous.fontSize(), element.fontSize()), 1f)) {
                    pieces.add(piece(current));
                    current = new ArrayList<>();
                }
            }
            current.add(element);
            previous = element;
        }
        if (!current.isEmpty()) {
            pieces.add(piece(current));
        }
        return pieces;
    }

    private static Piece piece(List<TextElement> elements) {
        Box box = elements.get(0).box();
        for (TextElement element : elements) {
            box = box.union(element.box());
        }
        return new Piece(LineAssembler.joinWithGaps(elements), box);
    }
}
