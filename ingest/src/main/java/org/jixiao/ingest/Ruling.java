package org.jixiao.ingest;

/**
 * A horizontal or vertical line on a page: a stroked path, a thin filled rectangle, a border found
 * in a scanned image, or a cell border of an Office table. Coordinates as in {@link Box}.
 */
public record Ruling(float x1, float y1, float x2, float y2) {

    public enum Orientation { HORIZONTAL, VERTICAL }

    /** Builds a ruling with its ends in ascending order. */
    public static Ruling horizontal(float y, float fromX, float toX) {
        return new Ruling(Math.min(fromX, toX), y, Math.max(fromX, toX), y);
    }

    public static Ruling vertical(float x, float fromY, float toY) {
        return new Ruling(x, Math.min(fromY, toY), x, Math.max(fromY, toY));
    }

    public Orientation orientation() {
        return Math.abs(y2 - y1) <= Math.abs(x2 - x1) ? Orientation.HORIZONTAL : Orientation.VERTICAL;
    }

    public boolean isHorizontal() {
        return orientation() == Orientation.HORIZONTAL;
    }

    /** The coordinate that stays fixed: y of a horizontal line, x of a vertical one. */
    public float position() {
        return isHorizontal() ? (y1 + y2) / 2 : (x1 + x2) / 2;
    }

    public float start() {
        return isHorizontal() ? Math.min(x1, x2) : Math.min(y1, y2);
    }

    public float end() {
        return isHorizontal() ? Math.max(x1, x2) : Math.max(y1, y2);
    }

    public float length() {
        return end() - start();
    }
}
