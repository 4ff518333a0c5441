package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GrayImageTest {

    @Test
    void resizingMatchesBilinearSamplingPixelForPixel() {
        GrayImage image = noise(173, 61, 1);
        for (int[] size : new int[][] {{48, 48}, {400, 48}, {90, 20}, {173, 61}, {500, 200}, {7, 3}}) {
            GrayImage resized = image.resized(size[0], size[1]);
            double sx = (double) image.width() / size[0];
            double sy = (double) image.height() / size[1];
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) {
                    double fx = Math.max(0, (x + 0.5) * sx - 0.5);
                    double fy = Math.max(0, (y + 0.5) * sy - 0.5);
                    assertEquals(Math.round(bilinear(image, fx, fy)), resized.get(x, y), "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void rotationMatchesBilinearSamplingOfTheInverseMapping() {
        GrayImage image = noise(120, 90, 2);
        for (double degrees : new double[] {0.37, -1.5, 4.99, -0.02}) {
            GrayImage turned = image.rotated(degrees);
            double radians = Math.toRadians(degrees);
            double cx = (image.width() - 1) / 2.0;
            double cy = (image.height() - 1) / 2.0;
            for (int y = 0; y < image.height(); y++) {
                for (int x = 0; x < image.width(); x++) {
                    double dx = x - cx;
                    double dy = y - cy;
                    double srcX = Math.cos(radians) * dx + Math.sin(radians) * dy + cx;
                    double srcY = -Math.sin(radians) * dx + Math.cos(radians) * dy + cy;
                    assertEquals(Math.round(bilinear(image, srcX, srcY)), turned.get(x, y), "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void transposingTurnsColumnsIntoRows() {
        GrayImage image = noise(130, 70, 3);
        GrayImage transposed = image.transposed();
        assertEquals(70, transposed.width());
        assertEquals(130, transposed.height());
        byte[] row = new byte[70];
        for (int x = 0; x < 130; x++) {
            transposed.copyRow(x, row);
            for (int y = 0; y < 70; y++) {
                assertEquals(image.get(x, y), row[y] & 0xFF);
            }
        }
    }

    /** The textbook bilinear sample, white outside the image. */
    private static double bilinear(GrayImage image, double fx, double fy) {
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        double ax = fx - x0;
        double ay = fy - y0;
        double top = image.get(x0, y0) * (1 - ax) + image.get(x0 + 1, y0) * ax;
        double bottom = image.get(x0, y0 + 1) * (1 - ax) + image.get(x0 + 1, y0 + 1) * ax;
        return top * (1 - ay) + bottom * ay;
    }

    private static GrayImage noise(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, random.nextInt(256));
            }
        }
        return GrayImage.of(image);
    }
}
