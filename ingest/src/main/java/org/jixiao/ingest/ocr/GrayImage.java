package org.jixiao.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * An 8-bit grayscale raster, 0 black to 255 white: the one image type the OCR route works on.
 * Instances never change after construction; operations return new images.
 */
public final class GrayImage {

    private final int width;
    private final int height;
    private final byte[] pixels;

    private GrayImage(int width, int height, byte[] pixels) {
        if (width <= 0 || height <= 0 || pixels.length != width * height) {
            throw new IllegalArgumentException("bad raster " + width + "x" + height + " with " + pixels.length + " pixels");
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /** A copy of any image as gray; colour is mixed the way Java2D converts to TYPE_BYTE_GRAY. */
    public static GrayImage of(BufferedImage image) {
        BufferedImage gray = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            var g = gray.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int w = gray.getWidth();
        int h = gray.getHeight();
        int stride = gray.getRaster().getSampleModel() instanceof java.awt.image.ComponentSampleModel sm
                ? sm.getScanlineStride() : w;
        byte[] copy = new byte[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(data, y * stride, copy, y * w, w);
        }
        return new GrayImage(w, h, copy);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Gray level 0–255 of a pixel; outside the image is white. */
    public int get(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return 255;
        }
        return pixels[y * width + x] & 0xFF;
    }

    /** Copies row {@code y} into {@code into} (at least {@link #width()} long). */
    void copyRow(int y, byte[] into) {
        System.arraycopy(pixels, y * width, into, 0, width);
    }

    /** This image mirrored about its diagonal: column x becomes row x. */
    GrayImage transposed() {
        byte[] out = new byte[pixels.length];
        int block = 64; // square tiles keep both the rows read and the rows written in cache
        for (int y0 = 0; y0 < height; y0 += block) {
            for (int x0 = 0; x0 < width; x0 += block) {
                for (int y = y0; y < Math.min(height, y0 + block); y++) {
                    for (int x = x0; x < Math.min(width, x0 + block); x++) {
                        out[x * height + y] = pixels[y * width + x];
                    }
                }
            }
        }
        return new GrayImage(height, width, out);
    }

    /** The smallest box holding every pixel darker than {@code threshold}; null when none is. */
    PixelBox inkBounds(int threshold) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            int first = -1;
            int last = -1;
            for (int x = 0, i = y * width; x < width; x++, i++) {
                if ((pixels[i] & 0xFF) < threshold) {
                    if (first < 0) {
                        first = x;
                    }
                    last = x;
                }
            }
            if (first >= 0) {
                minX = Math.min(minX, first);
                maxX = Math.max(maxX, last);
                minY = Math.min(minY, y);
                maxY = y;
            }
        }
        return maxY < 0 ? null : PixelBox.spanning(minX, minY, maxX + 1, maxY + 1);
    }

    /** The part of this image inside the rectangle, clipped to the image; white where it lies outside. */
    public GrayImage crop(int x, int y, int w, int h) {
        byte[] out = new byte[w * h];
        Arrays.fill(out, (byte) 255);
        int fromX = Math.max(0, x);
        int toX = Math.min(width, x + w);
        for (int row = 0; row < h; row++) {
            int sy = y + row;
            if (sy < 0 || sy >= height || toX <= fromX) {
                continue;
            }
            System.arraycopy(pixels, sy * width + fromX, out, row * w + (fromX - x), toX - fromX);
        }
        return new GrayImage(w, h, out);
    }

    /**
     * This image with the pixels inside the rectangles ({x, y, width, height}, clipped to the image)
     * painted white where they are at least as light as {@code fromGray}: 0 whitens everything.
     */
    public GrayImage whitened(Iterable<int[]> rectangles, int fromGray) {
        byte[] out = pixels.clone();
        for (int[] r : rectangles) {
            int x0 = Math.max(0, r[0]);
            int y0 = Math.max(0, r[1]);
            int x1 = Math.min(width, r[0] + r[2]);
            int y1 = Math.min(height, r[1] + r[3]);
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    if ((out[y * width + x] & 0xFF) >= fromGray) {
                        out[y * width + x] = (byte) 255;
                    }
                }
            }
        }
        return new GrayImage(width, height, out);
    }

    /** This image with the pixels {@code erased} marks (row by row, {@code y * width + x}) painted white. */
    public GrayImage whitened(boolean[] erased) {
        byte[] out = pixels.clone();
        for (int i = 0; i < out.length; i++) {
            if (erased[i]) {
                out[i] = (byte) 255;
            }
        }
        return new GrayImage(width, height, out);
    }

    /**
     * This image {@code times} times side by side, {@code gap} pixels apart; the gaps take the gray of
     * the top-left pixel (a cut-out line's margin: its paper).
     */
    public GrayImage repeated(int times, int gap) {
        int newWidth = width * times + gap * (times - 1);
        byte[] out = new byte[newWidth * height];
        Arrays.fill(out, pixels[0]);
        for (int copy = 0; copy < times; copy++) {
            int left = copy * (width + gap);
            for (int y = 0; y < height; y++) {
                System.arraycopy(pixels, y * width, out, y * newWidth + left, width);
            }
        }
        return new GrayImage(newWidth, height, out);
    }

    /**
     * Resampled to the given size, bilinear. Each column's and each row's source position is worked out
     * once (the weights are the same for every pixel of a column or row), not per pixel.
     */
    public GrayImage resized(int newWidth, int newHeight) {
        return resizedPart(newWidth, newHeight, PixelBox.spanning(0, 0, newWidth, newHeight));
    }

    /**
     * The part {@code part} (in the pixels of the resampled image) of this image resampled to the given
     * size: the same pixels as that part of {@link #resized}, without computing the rest.
     */
    public GrayImage resizedPart(int newWidth, int newHeight, PixelBox part) {
        byte[] out = new byte[part.width() * part.height()];
        double sx = (double) width / newWidth;
        double sy = (double) height / newHeight;
        int[] x0 = new int[part.width()];
        double[] ax = new double[part.width()];
        for (int i = 0; i < part.width(); i++) {
            double fx = Math.max(0, (part.x() + i + 0.5) * sx - 0.5);
            x0[i] = (int) fx; // fx >= 0: the cast is the floor
            ax[i] = fx - x0[i];
        }
        for (int j = 0; j < part.height(); j++) {
            double fy = Math.max(0, (part.y() + j + 0.5) * sy - 0.5);
            int y0 = (int) fy;
            double ay = fy - y0;
            int row = j * part.width();
            for (int i = 0; i < part.width(); i++) {
                out[row + i] = (byte) Math.round(interpolate(x0[i], y0, ax[i], ay));
            }
        }
        return new GrayImage(part.width(), part.height(), out);
    }

    /**
     * Rotated about the centre by {@code degrees} (positive turns the content clockwise on screen,
     * y growing down), same size, white where no source pixel falls.
     */
    public GrayImage rotated(double degrees) {
        double radians = Math.toRadians(degrees);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        // the column terms of the inverse mapping, the same for every row
        double[] cosDx = new double[width];
        double[] minusSinDx = new double[width];
        for (int x = 0; x < width; x++) {
            double dx = x - cx;
            cosDx[x] = cos * dx;
            minusSinDx[x] = -sin * dx;
        }
        byte[] out = new byte[width * height];
        for (int y = 0; y < height; y++) {
            double dy = y - cy;
            double sinDy = sin * dy;
            double cosDy = cos * dy;
            int row = y * width;
            for (int x = 0; x < width; x++) {
                // inverse mapping: where does this output pixel come from
                double srcX = cosDx[x] + sinDy + cx;
                double srcY = minusSinDx[x] + cosDy + cy;
                if (srcX >= 0 && srcY >= 0) { // the cast is the floor: the common case, without a call
                    int x0 = (int) srcX;
                    int y0 = (int) srcY;
                    out[row + x] = (byte) Math.round(interpolate(x0, y0, srcX - x0, srcY - y0));
                } else {
                    out[row + x] = (byte) Math.round(sample(srcX, srcY));
                }
            }
        }
        return new GrayImage(width, height, out);
    }

    /** Bilinear sample; white outside. */
    private double sample(double fx, double fy) {
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        return interpolate(x0, y0, fx - x0, fy - y0);
    }

    /**
     * Bilinear interpolation between the pixel at (x0, y0) and its right, lower and lower-right
     * neighbours, white outside. Inside the image it reads the raster directly (the hot path).
     */
    private double interpolate(int x0, int y0, double ax, double ay) {
        int p00;
        int p01;
        int p10;
        int p11;
        if (x0 >= 0 && y0 >= 0 && x0 + 1 < width && y0 + 1 < height) {
            int i = y0 * width + x0;
            p00 = pixels[i] & 0xFF;
            p01 = pixels[i + 1] & 0xFF;
            p10 = pixels[i + width] & 0xFF;
            p11 = pixels[i + width + 1] & 0xFF;
        } else {
            p00 = get(x0, y0);
            p01 = get(x0 + 1, y0);
            p10 = get(x0, y0 + 1);
            p11 = get(x0 + 1, y0 + 1);
        }
        double top = p00 * (1 - ax) + p01 * ax;
        double bottom = p10 * (1 - ax) + p11 * ax;
        return top * (1 - ay) + bottom * ay;
    }
}
