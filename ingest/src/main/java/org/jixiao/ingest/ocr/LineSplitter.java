package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts text-line boxes where a vertical ruling crosses them. The table builder assigns text to
 * cells by its centre, so a detected line that runs across a cell border (two cells' text set close
 * to the border) must become one piece per cell before it is read.
 */
final class LineSplitter {

    /** A piece narrower than this share of the line's height holds no character. */
    private static final double MIN_PIECE_SHARE = 0.25;
    /** A piece with this share of its area inside another line box belongs to that line. */
    private static final double MOSTLY_INSIDE = 0.5;

    private LineSplitter() {
    }

    /**
     * The pieces of a line box between the vertical lines that cross it: a vertical line crosses a
     * box when it lies inside the box horizontally and spans at least half of the box's height.
     */
    static List<PixelBox> split(PixelBox box, List<RulingDetector.Line> verticals) {
        return split(box, verticals, List.of(box));
    }

    /**
     * As {@link #split(PixelBox, List)}, dropping the pieces that lie mostly inside another of the
     * page's line boxes: a box that reaches a few pixels across a border into the next cell leaves a
     * sliver there that is part of the next cell's own line, and would be read twice.
     */
    static List<PixelBox> split(PixelBox box, List<RulingDetector.Line> verticals, List<PixelBox> pageLines) {
        List<RulingDetector.Line> crossing = new ArrayList<>();
        for (RulingDetector.Line line : verticals) {
            double overlap = Math.min(line.end(), box.maxY()) - Math.max(line.start(), box.y());
            if (!line.horizontal() && line.position() > box.x() && line.position() < box.maxX()
                    && overlap >= box.height() / 2.0) {
                crossing.add(line);
            }
        }
        if (crossing.isEmpty()) {
            return List.of(box);
        }
        crossing.sort(Comparator.comparingDouble(RulingDetector.Line::position));
        List<PixelBox> pieces = new ArrayList<>();
        int left = box.x();
        for (RulingDetector.Line line : crossing) {
            int halfWidth = line.thickness() / 2 + 1;
            addPiece(box, left, (int) Math.floor(line.position()) - halfWidth, pieces);
            left = (int) Math.ceil(line.position()) + halfWidth;
        }
        addPiece(box, left, box.maxX(), pieces);
        pieces.removeIf(piece -> pageLines.stream().anyMatch(other -> other != box && mostlyInside(piece, other)));
        return pieces;
    }

    private static boolean mostlyInside(PixelBox piece, PixelBox other) {
        long overlapWidth = Math.min(piece.maxX(), other.maxX()) - Math.max(piece.x(), other.x());
        long overlapHeight = Math.min(piece.maxY(), other.maxY()) - Math.max(piece.y(), other.y());
        return overlapWidth > 0 && overlapHeight > 0
                && overlapWidth * overlapHeight >= MOSTLY_INSIDE * piece.width() * piece.height();
    }

    private static void addPiece(PixelBox box, int left, int right, List<PixelBox> pieces) {
        if (right - left >= Math.max(1, box.height() * MIN_PIECE_SHARE)) {
            pieces.add(box.withHorizontalExtent(left, right));
        }
    }
}
