package org.jixiao.ingest;

/**
 * An axis-aligned rectangle in page space: points, origin at the top-left corner, y growing down
 * (the way a reader scans a page, and the way PDFBox's {@code TextPosition.getYDirAdj()} reports text).
 */
public record Box(float x, float y, float width, float height) {

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size: " + width + "x" + height);
        }
    }

    public static Box of(float minX, float minY, float maxX, float maxY) {
        return new Box(Math.min(minX, maxX), Math.min(minY, maxY), Math.abs(maxX - minX), Math.abs(maxY - minY));
    }

    public float minX() {
        return x;
    }

    public float minY() {
        return y;
    }

    public float maxX() {
        return x + width;
    }

    public float maxY() {
        return y + height;
    }

    public float centerX() {
        return x + width / 2;
    }

    public float centerY() {
        return y + height / 2;
    }

    public boolean contains(float px, float py) {
        return px >= minX() && px <= maxX() && py >= minY() && py <= maxY();
    }

    public Box union(Box other) {
        return of(Math.min(minX(), other.minX()), Math.min(minY(), other.minY()),
                Math.max(maxX(), other.maxX()), Math.max(maxY(), other.maxY()));
    }

    /** Length of the overlap of the two vertical extents, 0 when they do not overlap. */
    public float verticalOverlap(Box other) {
        return Math.max(0, Math.min(maxY(), other.maxY()) - Math.max(minY(), other.minY()));
    }

    /** Length of the overlap of the two horizontal extents, 0 when they do not overlap. */
    public float horizontalOverlap(Box other) {
        return Math.max(0, Math.min(maxX(), other.maxX()) - Math.max(minX(), other.minX()));
    }
}
