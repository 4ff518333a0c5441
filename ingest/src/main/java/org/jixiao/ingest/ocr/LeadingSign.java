package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * A ≥ or ≤ opening a line of text, as in a joined target ({@code ≥92%}, {@code ≤85元}). The recogniser reads
 * such a sign as a digit or a letter ({@code 292%}, {@code 585元}, {@code $59万元}), merges it with a 2 that
 * follows ({@code ≥2960人} read {@code 2960人}) or drops it ({@code 34公里}), and gives no ≥ among its
 * candidates to tell. The strokes of the line's first glyph say what it is ({@link SignShape}): where they
 * show a ≥ or ≤, the rest of the line, with that glyph's ink taken out, is read again on its own.
 *
 * <p>The first glyph is the ink connected to the line's leftmost ink (neighbours across and along only,
 * so that a sign whose bar blur has brought up to the next digit stays apart from it), with the ink that
 * lies mostly within its columns: the bar under a chevron is a stroke of its own.
 */
final class LeadingSign {

    /** The signs looked for: a chevron over a bar. */
    private static final List<String> SIGNS = List.of("≥", "≤");
    /** Ink of at most this many pixels is a speck. */
    private static final int MAX_SPECK = 3;
    /** A stroke belongs to the first glyph when at least this share of its width lies in the glyph's columns. */
    private static final double WITHIN_GLYPH = 0.5;

    private LeadingSign() {
    }

    /** A sign found at a line's start, and the line with the sign's ink taken out. */
    record Found(String sign, GrayImage rest) {
    }

    /** The ≥ or ≤ the line opens with, if its first glyph shows one and more ink follows it. */
    static Optional<Found> of(GrayImage line, int inkThreshold) {
        Strokes strokes = Strokes.of(line, inkThreshold);
        List<int[]> real = strokes.extents().stream().filter(s -> s[2] > MAX_SPECK).toList();
        if (real.size() < 2) {
            return Optional.empty();
        }
        int[] leftmost = real.stream().min((a, b) -> Integer.compare(a[0], b[0])).orElseThrow();
        boolean[] inGlyph = new boolean[strokes.extents().size()];
        int left = leftmost[0];
        int right = leftmost[1];
        for (int[] stroke : real) {
            int overlap = Math.min(leftmost[1], stroke[1]) - Math.max(leftmost[0], stroke[0]) + 1;
            if (stroke == leftmost || overlap >= WITHIN_GLYPH * (stroke[1] - stroke[0] + 1)) {
                inGlyph[stroke[3]] = true;
                left = Math.min(left, stroke[0]);
                right = Math.max(right, stroke[1]);
            }
        }
        if (real.stream().allMatch(stroke -> inGlyph[stroke[3]])) {
            // nothing follows the glyph: a sign alone is read as such by PageImageReader
            return Optional.empty();
        }
        int from = Math.max(0, left - 1);
        int to = Math.min(line.width(), right + 2);
        GrayImage glyph = line.whitened(strokes.pixelsOf(id -> !inGlyph[id])).crop(from, 0, to - from, line.height());
        Optional<String> sign = SignShape.of(glyph, inkThreshold).filter(SIGNS::contains);
        // the sign's columns go white but for the other glyphs' strokes: its gray edges, below the ink
        // threshold, are read as a 3 where they are left
        boolean[] signColumns = strokes.columns(from, to, id -> !inGlyph[id]);
        return sign.map(s -> new Found(s, line.whitened(signColumns)));
    }

    /** The connected strokes of ink of an image {@code width} wide: each pixel's stroke (−1 for none), and each stroke's {minX, maxX, pixels, id}. */
    private record Strokes(int width, int[] labels, List<int[]> extents) {

        static Strokes of(GrayImage image, int inkThreshold) {
            int w = image.width();
            int h = image.height();
            int[] labels = new int[w * h];
            Arrays.fill(labels, -1);
            List<int[]> extents = new ArrayList<>();
            int[] stack = new int[256];
            for (int start = 0; start < labels.length; start++) {
                if (labels[start] >= 0 || image.get(start % w, start / w) >= inkThreshold) {
                    continue;
                }
                int id = extents.size();
                int[] extent = {start % w, start % w, 0, id};
                labels[start] = id;
                int top = 0;
                stack[top++] = start;
                while (top > 0) {
                    int i = stack[--top];
                    int x = i % w;
                    extent[0] = Math.min(extent[0], x);
                    extent[1] = Math.max(extent[1], x);
                    extent[2]++;
                    for (int n : new int[] {x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, i - w, i + w}) {
                        if (n >= 0 && n < labels.length && labels[n] < 0 && image.get(n % w, n / w) < inkThreshold) {
                            labels[n] = id;
                            if (top == stack.length) {
                                stack = Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[top++] = n;
                        }
                    }
                }
                extents.add(extent);
            }
            return new Strokes(w, labels, extents);
        }

        /** The pixels of columns {@code from}–{@code to} but those of the strokes {@code spared} names. */
        boolean[] columns(int from, int to, IntPredicate spared) {
            boolean[] pixels = new boolean[labels.length];
            for (int i = 0; i < labels.length; i++) {
                int x = i % width;
                pixels[i] = x >= from && x < to && !(labels[i] >= 0 && spared.test(labels[i]));
            }
            return pixels;
        }

        /** The pixels of the strokes {@code chosen} names. */
        boolean[] pixelsOf(IntPredicate chosen) {
            boolean[] pixels = new boolean[labels.length];
            for (int i = 0; i < labels.length; i++) {
                pixels[i] = labels[i] >= 0 && chosen.test(labels[i]);
            }
            return pixels;
        }
    }
}
