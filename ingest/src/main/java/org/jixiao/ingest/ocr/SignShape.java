package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a lone comparison sign (=, ≥, ≤, &gt;, &lt;) or dash (—) from its strokes. A line recogniser, trained on lines
 * of text, reads such a sign standing alone in a cell as a letter or as nothing (= as B or 三, ≥ as M,
 * V or 2, ≤ as K) however it is cut out; the strokes say plainly what it is: two level bars of one
 * length one above the other; a chevron, with a level bar below it for ≥ and ≤; one level bar alone, a dash. Anything else (a digit,
 * a letter, a bracket, an ideograph) is no sign: a 2 has its diagonal joined to its foot, 二 a short
 * bar over a long one, 三 three bars, ( no point.
 */
final class SignShape {

    /** A bar is at least this many times as long as it is thick. */
    private static final double BAR_ASPECT = 2.5;
    /** Every row of a bar is inked over at least this share of the bar's length. */
    private static final double BAR_FILL = 0.8;
    /** A row of a bar reaches across at least this share of the glyph's width (an arm's end does not). */
    private static final double BAR_ROW_SPAN = 0.6;
    /** A bar's rows hold at least this share of the ink its box could. */
    private static final double BAR_HALF_FULL = 0.5;
    /** The bars of = differ in length by at most this share, and overlap by at least 1 − it. */
    private static final double EQUAL_BARS = 0.2;
    /** The bar under a chevron is at least this share of the chevron's width. */
    private static final double BAR_UNDER_CHEVRON = 0.6;
    /** A chevron is at least this share as wide as it is high, and at least this many rows high. */
    private static final double CHEVRON_WIDTH = 0.4;
    private static final int CHEVRON_MIN_ROWS = 4;
    /** How far from the chevron's side its ends and its point lie (share of its width). */
    private static final double CHEVRON_SIDE = 0.35;

    /** How far a chevron's inner edge may step back from one row to the next (a scan's ragged edge). */
    private static final int EDGE_STEP_BACK = 1;
    /** A band of at most this many pixels, or this share of the glyph's ink, is a speck. */
    private static final int MAX_SPECK = 3;
    private static final double SPECK_SHARE = 0.05;

    /** One level bar alone: the dash a form prints where a cell has nothing to state. */
    static final String DASH = "—";

    private SignShape() {
    }

    /**
     * The sign an image of one glyph shows, where its ink (pixels darker than {@code inkThreshold}) is
     * one. A chevron and the bar under it that blur has joined are told apart at the bar's top.
     */
    static Optional<String> of(GrayImage glyph, int inkThreshold) {
        List<Band> bands = new ArrayList<>(bands(glyph, inkThreshold));
        if (bands.size() == 1) {
            bands = bands.get(0).withBarApart();
        }
        if (bands.size() == 2 && bands.get(0).isBar() && bands.get(1).isBar() && equal(bands.get(0), bands.get(1))) {
            return Optional.of("=");
        }
        if (bands.size() == 2 && bands.get(1).isBar()) {
            Band chevron = bands.get(0);
            Band bar = bands.get(1);
            if (bar.width() < BAR_UNDER_CHEVRON * chevron.width()) {
                return Optional.empty();
            }
            return chevron.pointing().map(side -> side > 0 ? "≥" : "≤");
        }
        if (bands.size() == 1) {
            return bands.get(0).isBar() ? Optional.of(DASH) : bands.get(0).pointing().map(side -> side > 0 ? ">" : "<");
        }
        return Optional.empty();
    }

    private static boolean equal(Band a, Band b) {
        int longer = Math.max(a.width(), b.width());
        int overlap = Math.min(a.maxX(), b.maxX()) - Math.max(a.minX(), b.minX()) + 1;
        return Math.abs(a.width() - b.width()) <= EQUAL_BARS * longer && overlap >= (1 - EQUAL_BARS) * longer;
    }

    /** The runs of inked rows, top to bottom, split at rows without ink; a speck's few pixels are none. */
    private static List<Band> bands(GrayImage glyph, int inkThreshold) {
        List<Band> bands = allBands(glyph, inkThreshold);
        int ink = bands.stream().mapToInt(Band::inked).sum();
        return bands.stream().filter(band -> band.inked() > Math.max(MAX_SPECK, SPECK_SHARE * ink)).toList();
    }

    private static List<Band> allBands(GrayImage glyph, int inkThreshold) {
        List<Band> bands = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        for (int y = 0; y <= glyph.height(); y++) {
            int[] row = y < glyph.height() ? row(glyph, y, inkThreshold) : null;
            if (row != null) {
                rows.add(row);
            } else if (!rows.isEmpty()) {
                bands.add(new Band(List.copyOf(rows)));
                rows.clear();
            }
        }
        return bands;
    }

    /** The row's ink as {leftmost x, rightmost x, inked pixels}, or null where it has none. */
    private static int[] row(GrayImage glyph, int y, int inkThreshold) {
        int left = -1;
        int right = -1;
        int inked = 0;
        for (int x = 0; x < glyph.width(); x++) {
            if (glyph.get(x, y) < inkThreshold) {
                if (left < 0) {
                    left = x;
                }
                right = x;
                inked++;
            }
        }
        return left < 0 ? null : new int[] {left, right, inked};
    }

    /** Rows of ink with no blank row between them: {leftmost x, rightmost x, inked pixels} per row. */
    private record Band(List<int[]> rows) {

        int minX() {
            return rows.stream().mapToInt(r -> r[0]).min().orElse(0);
        }

        int maxX() {
            return rows.stream().mapToInt(r -> r[1]).max().orElse(0);
        }

        int width() {
            return maxX() - minX() + 1;
        }

        int inked() {
            return rows.stream().mapToInt(r -> r[2]).sum();
        }

        /**
         * Whether the band is a level bar: long for its thickness, one row of it inked nearly end to end
         * and the whole at least half full (a scan's bar has ragged ends and gray edge rows).
         */
        boolean isBar() {
            if (width() < BAR_ASPECT * rows.size()) {
                return false;
            }
            boolean solidRow = rows.stream().anyMatch(r -> r[2] >= BAR_FILL * width());
            return solidRow && inked() >= BAR_HALF_FULL * width() * rows.size();
        }

        /**
         * The band as a shape over a bar where its lowest rows are a bar (a ≥ whose gap blur has closed),
         * else as it is.
         */
        List<Band> withBarApart() {
            int barRows = 0;
            while (barRows < rows.size() && spans(rows.get(rows.size() - 1 - barRows), BAR_ROW_SPAN * width())) {
                barRows++;
            }
            if (barRows == 0 || rows.size() - barRows < CHEVRON_MIN_ROWS) {
                return List.of(this);
            }
            Band above = new Band(rows.subList(0, rows.size() - barRows));
            Band bar = new Band(rows.subList(rows.size() - barRows, rows.size()));
            return bar.isBar() ? List.of(above, bar) : List.of(this);
        }

        private static boolean spans(int[] row, double length) {
            return row[1] - row[0] + 1 >= length;
        }

        /**
         * +1 for a chevron pointing right (&gt;), −1 pointing left (&lt;), empty for any other shape: its
         * point, the row reaching furthest to one side, lies in its middle half, well over to that side,
         * while its two ends (its top and bottom rows) lie back on the other side.
         */
        Optional<Integer> pointing() {
            int height = rows.size();
            if (height < CHEVRON_MIN_ROWS || width() < CHEVRON_WIDTH * height || isBar()) {
                return Optional.empty();
            }
            double side = CHEVRON_SIDE * width();
            int[] top = rows.get(0);
            int[] bottom = rows.get(height - 1);
            int[] middle = rows.get(height / 2);
            int pointRight = rowReaching(true);
            int pointLeft = rowReaching(false);
            if (inMiddle(pointRight, height) && armsRunStraight(true) && middle[0] - minX() >= side
                    && maxX() - top[1] >= side && maxX() - bottom[1] >= side
                    && top[0] - minX() <= side && bottom[0] - minX() <= side) {
                return Optional.of(1);
            }
            if (inMiddle(pointLeft, height) && armsRunStraight(false) && maxX() - middle[1] >= side
                    && top[0] - minX() >= side && bottom[0] - minX() >= side
                    && maxX() - top[1] <= side && maxX() - bottom[1] <= side) {
                return Optional.of(-1);
            }
            return Optional.empty();
        }

        /**
         * Whether the arms run straight from the ends to the point: the inner edge of the rows (the left
         * edge where the chevron points right) moves toward the point row by row down to the row where it
         * is furthest in, and back after it, never the other way by more than a pixel of a scan's ragged
         * edge. The arc of a 2 turns back at its top, where its hook hangs down.
         */
        boolean armsRunStraight(boolean pointingRight) {
            int[] edges = rows.stream().mapToInt(row -> pointingRight ? row[0] : -row[1]).toArray();
            int innermost = 0;
            for (int i = 1; i < edges.length; i++) {
                if (edges[i] > edges[innermost]) {
                    innermost = i;
                }
            }
            for (int i = 1; i < edges.length; i++) {
                boolean backward = i <= innermost ? edges[i] < edges[i - 1] - EDGE_STEP_BACK : edges[i] > edges[i - 1] + EDGE_STEP_BACK;
                if (backward) {
                    return false;
                }
            }
            return true;
        }

        /** The middle one of the rows that reach furthest right (left). */
        private int rowReaching(boolean right) {
            int extreme = right ? maxX() : minX();
            List<Integer> reaching = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i)[right ? 1 : 0] == extreme) {
                    reaching.add(i);
                }
            }
            return reaching.get(reaching.size() / 2);
        }

        private static boolean inMiddle(int row, int height) {
            return row >= height / 4 && row <= height - 1 - height / 4;
        }
    }
}
