package org.jixiao.ingest.ocr;

/** An axis-aligned rectangle in image pixels, y growing down. */
public record PixelBox(int x, int y, int width, int height) {

    public PixelBox {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size: " + width + "x" + height);
        }
    }

    public static PixelBox spanning(int minX, int minY, int maxX, int maxY) {
        return new PixelBox(minX, minY, maxX - minX, maxY - minY);
    }

    public int maxX() {
        return x + width;
    }

    public int maxY() {
        return y + height;
    }

    /** The box with {@code left} and {@code right} as its horizontal extent. */
    public PixelBox withHorizontalExtent(int left, int right) {
        return spanning(left, y, right, maxY());
    }
}
