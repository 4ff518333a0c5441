package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ink of a page that no detected text line covers, gathered into pieces the size of a few
 * characters. The detection model, run on a reduced page, misses what stands alone in a cell and is
 * small: a lone {@code =}, {@code ≥} or {@code 0} in a sign or value column. Every such piece goes to
 * the recogniser like a detected line, so that no cell with ink is left unread. Specks, the remains of
 * a ruling and what is larger than a line of text (a stamp, a signature, a logo) are not pieces.
 */
final class UnreadInk {

    /** Ink this close to a line box (share of a character's height) is part of that line's characters. */
    private static final double LINE_REACH = 0.25;
    /** Parts of one piece lie at most this far apart along a line, and across it (shares of a character's height). */
    private static final double JOIN_ALONG = 0.6;
    private static final double JOIN_ACROSS = 0.3;
    /** A piece holds at least a character's height of ink pixels: a speck holds a few. */
    private static final double MIN_PIXELS = 1.0;
    /** Characters ink at least this share of their box; specks strung along a row leave it nearly empty. */
    private static final double MIN_DENSITY = 0.1;
    /** A piece is at least this wide and this high (shares of a character's height): = is 0.55 wide and 0.35 high. */
    private static final double MIN_WIDTH = 0.3;
    private static final double MIN_HEIGHT = 0.2;
    /** A piece higher than this (share of a character's height) is no line of text. */
    private static final double MAX_HEIGHT = 1.8;

    /** White space left at either end of a piece (share of a character's height). */
    private static final double END_SLACK = 0.25;

    private final int inkThreshold;

    UnreadInk(int inkThreshold) {
        this.inkThreshold = inkThreshold;
    }

    /**
     * The pieces of ink outside {@code lines}, none crossing a vertical ruling.
     *
     * @param page        the deskewed page, its rulings erased
     * @param lines       the text pieces already found
     * @param verticals   the page's vertical rulings (cell borders a piece never spans)
     * @param typicalInk  the height of the ink of a line of characters, in pixels
     */
    List<PixelBox> find(GrayImage page, List<PixelBox> lines, List<RulingDetector.Line> verticals, int typicalInk) {
        if (typicalInk <= 0) {
            return List.of();
        }
        boolean[] read = covered(page, lines, (int) Math.ceil(LINE_REACH * typicalInk));
        List<Blob> blobs = blobs(page, read);
        List<Blob> pieces = joined(blobs, verticals, typicalInk);
        List<PixelBox> found = new ArrayList<>();
        for (Blob piece : pieces) {
            PixelBox box = piece.box();
            if (piece.pixels >= MIN_PIXELS * typicalInk && piece.pixels >= MIN_DENSITY * box.width() * box.height()
                    && box.width() >= MIN_WIDTH * typicalInk
                    && box.height() >= MIN_HEIGHT * typicalInk && box.height() <= MAX_HEIGHT * typicalInk) {
                // the slack the detector leaves at a line's ends: a sign read without it is read as nothing
                int slack = (int) Math.round(END_SLACK * typicalInk);
                found.add(PixelBox.spanning(Math.max(0, box.x() - slack), box.y(),
                        Math.min(page.width(), box.maxX() + slack), box.maxY()));
            }
        }
        return found;
    }

    /** The pixels inside the line boxes grown by {@code reach}. */
    private static boolean[] covered(GrayImage page, List<PixelBox> lines, int reach) {
        int w = page.width();
        int h = page.height();
        boolean[] covered = new boolean[w * h];
        for (PixelBox line : lines) {
            int x0 = Math.max(0, line.x() - reach);
            int x1 = Math.min(w, line.maxX() + reach);
            int y0 = Math.max(0, line.y() - reach);
            int y1 = Math.min(h, line.maxY() + reach);
            for (int y = y0; y < y1; y++) {
                Arrays.fill(covered, y * w + x0, y * w + Math.max(x0, x1), true);
            }
        }
        return covered;
    }

    /** The connected regions (8-neighbours) of ink outside the covered pixels. */
    private List<Blob> blobs(GrayImage page, boolean[] covered) {
        int w = page.width();
        int h = page.height();
        boolean[] seen = covered.clone();
        int[] stack = new int[1024];
        List<Blob> blobs = new ArrayList<>();
        for (int start = 0; start < seen.length; start++) {
            if (seen[start] || page.get(start % w, start / w) >= inkThreshold) {
                continue;
            }
            seen[start] = true;
            Blob blob = new Blob(start % w, start / w);
            int top = 0;
            stack[top++] = start;
            while (top > 0) {
                int i = stack[--top];
                int x = i % w;
                int y = i / w;
                blob.add(x, y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= w || ny >= h) {
                            continue;
                        }
                        int n = ny * w + nx;
                        if (!seen[n] && page.get(nx, ny) < inkThreshold) {
                            seen[n] = true;
                            if (top == stack.length) {
                                stack = Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[top++] = n;
                        }
                    }
                }
            }
            blobs.add(blob);
        }
        return blobs;
    }

    /** The blobs joined where they lie close along a line, and no vertical ruling runs between them. */
    private static List<Blob> joined(List<Blob> blobs, List<RulingDetector.Line> verticals, int typicalInk) {
        int along = (int) Math.ceil(JOIN_ALONG * typicalInk);
        int across = (int) Math.ceil(JOIN_ACROSS * typicalInk);
        List<Blob> pieces = new ArrayList<>(blobs);
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < pieces.size() && !merged; i++) {
                for (int j = i + 1; j < pieces.size(); j++) {
                    Blob a = pieces.get(i);
                    Blob b = pieces.get(j);
                    if (a.near(b, along, across) && !divided(a, b, verticals)) {
                        a.absorb(b);
                        pieces.remove(j);
                        merged = true;
                        break;
                    }
                }
            }
        }
        return pieces;
    }

    /** Whether a vertical ruling runs between two blobs, across the rows they share. */
    private static boolean divided(Blob a, Blob b, List<RulingDetector.Line> verticals) {
        int left = Math.min(a.maxX, b.maxX);
        int right = Math.max(a.minX, b.minX);
        int top = Math.max(a.minY, b.minY);
        int bottom = Math.min(a.maxY, b.maxY);
        for (RulingDetector.Line line : verticals) {
            if (line.position() >= left && line.position() <= right && line.start() <= bottom && line.end() >= top) {
                return true;
            }
        }
        return false;
    }

    /** A region of ink: its bounds (inclusive) and its number of pixels. */
    private static final class Blob {
        int minX;
        int minY;
        int maxX;
        int maxY;
        int pixels;

        Blob(int x, int y) {
            minX = maxX = x;
            minY = maxY = y;
        }

        void add(int x, int y) {
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            pixels++;
        }

        void absorb(Blob other) {
            minX = Math.min(minX, other.minX);
            maxX = Math.max(maxX, other.maxX);
            minY = Math.min(minY, other.minY);
            maxY = Math.max(maxY, other.maxY);
            pixels += other.pixels;
        }

        boolean near(Blob other, int along, int across) {
            return other.minX <= maxX + along && other.maxX >= minX - along
                    && other.minY <= maxY + across && other.maxY >= minY - across;
        }

        PixelBox box() {
            return PixelBox.spanning(minX, minY, maxX + 1, maxY + 1);
        }
    }
}
