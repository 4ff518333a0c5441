package org.jixiao.ingest.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Draws synthetic page images for the tests: what a scanner would see, drawn with Java2D. */
final class Canvas {

    private final BufferedImage image;
    private final Graphics2D g;

    Canvas(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
    }

    Canvas line(double x1, double y1, double x2, double y2, float thickness) {
        g.setStroke(new BasicStroke(thickness));
        g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
        return this;
    }

    /** A table grid: rows and columns at the given positions, all lines spanning the whole table. */
    Canvas grid(int[] xs, int[] ys, float thickness) {
        for (int y : ys) {
            line(xs[0], y, xs[xs.length - 1], y, thickness);
        }
        for (int x : xs) {
            line(x, ys[0], x, ys[ys.length - 1], thickness);
        }
        return this;
    }

    /**
     * Strokes in a square the size of a character, what text looks like to line finding; text set at
     * an advance of 1.2 × size leaves the gaps between characters that printed text has.
     */
    Canvas glyph(int x, int y, int size) {
        g.setStroke(new BasicStroke(Math.max(1f, size / 10f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.drawLine(x, y + size / 4, x + size, y + size / 4);
        g.drawLine(x, y + size * 3 / 4, x + size, y + size * 3 / 4);
        g.drawLine(x + size / 2, y, x + size / 2, y + size);
        return this;
    }

    Canvas fill(int x, int y, int w, int h) {
        g.fillRect(x, y, w, h);
        return this;
    }

    GrayImage image() {
        return GrayImage.of(image);
    }
}
