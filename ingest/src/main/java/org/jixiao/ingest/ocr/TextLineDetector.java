package org.jixiao.ingest.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds text lines with a DB (differentiable binarisation) detection model: the model marks a
 * shrunk core of every text line in a probability map; the connected regions of that map, grown
 * back by the shrink distance, are the lines. Pages reach it deskewed, so boxes are axis-aligned.
 * Thread-safe: ONNX Runtime sessions may be run from many threads at once.
 */
final class TextLineDetector {

    /** ImageNet normalisation the PP-OCR detection models were trained with (R, G, B). */
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    /** Pixels at least this light are paper: JPEG noise and the gray of a scan's white stay above it. */
    private static final int PAPER = 192;
    /**
     * Paper kept around the ink (pixels of the detector's input): the model sees a line's surroundings as
     * it would on the whole page, and the boxes it grows back stay inside.
     */
    private static final int PAPER_AROUND_INK = 32;
    /** The model's input sides are multiples of this. */
    private static final int BLOCK = 32;

    private final OrtSession session;
    private final OcrSettings.Detection settings;

    TextLineDetector(OrtSession session, OcrSettings.Detection settings) {
        this.session = session;
        this.settings = settings;
    }

    /**
     * The line boxes of an image of the given resolution, in its pixels. The model is given only the part
     * of the scaled page with ink and a margin of paper around it, sampled exactly as the whole page
     * would be: its time grows with the pixels, and a page's margins hold none of its text.
     */
    List<PixelBox> detect(GrayImage image, double dpi) throws OrtException {
        double scale = Math.min(1.0, settings.dpi() / dpi);
        int width = nearestBlocks(image.width() * scale);
        int height = nearestBlocks(image.height() * scale);
        double scaleX = (double) image.width() / width;
        double scaleY = (double) image.height() / height;
        PixelBox ink = image.inkBounds(PAPER); // faint print included
        if (ink == null) {
            return List.of();
        }
        // the part of the scaled page to read, in whole 32-pixel blocks as the model's strides want
        PixelBox part = PixelBox.spanning(
                blockBelow(ink.x() / scaleX - PAPER_AROUND_INK),
                blockBelow(ink.y() / scaleY - PAPER_AROUND_INK),
                Math.min(width, blockAbove(ink.maxX() / scaleX + PAPER_AROUND_INK)),
                Math.min(height, blockAbove(ink.maxY() / scaleY + PAPER_AROUND_INK)));
        float[] probabilities = run(image.resizedPart(width, height, part));
        List<PixelBox> boxes = new ArrayList<>();
        for (PixelBox region : regions(probabilities, part.width(), part.height())) {
            PixelBox onPage = new PixelBox(region.x() + part.x(), region.y() + part.y(), region.width(), region.height());
            boxes.add(toImage(grow(onPage), scaleX, scaleY, image));
        }
        return boxes;
    }

    private static int blockBelow(double position) {
        return Math.max(0, (int) Math.floor(position / BLOCK) * BLOCK);
    }

    private static int blockAbove(double position) {
        return (int) Math.ceil(position / BLOCK) * BLOCK;
    }

    private float[] run(GrayImage input) throws OrtException {
        int w = input.width();
        int h = input.height();
        int plane = w * h;
        FloatBuffer buffer = FloatBuffer.allocate(3 * plane);
        float[] data = buffer.array();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = input.get(x, y) / 255f;
                int i = y * w + x;
                for (int c = 0; c < 3; c++) {
                    data[c * plane + i] = (v - MEAN[c]) / STD[c];
                }
            }
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, buffer, new long[] {1, 3, h, w});
             OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), tensor))) {
            FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] probabilities = new float[plane];
            out.get(probabilities);
            return probabilities;
        }
    }

    /** Connected regions (4-neighbours) of above-threshold pixels whose mean probability is high enough. */
    private List<PixelBox> regions(float[] map, int w, int h) {
        boolean[] seen = new boolean[map.length];
        int[] stack = new int[map.length];
        List<PixelBox> regions = new ArrayList<>();
        for (int start = 0; start < map.length; start++) {
            if (seen[start] || map[start] <= settings.pixelThreshold()) {
                continue;
            }
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            int minX = w;
            int minY = h;
            int maxX = -1;
            int maxY = -1;
            double sum = 0;
            int count = 0;
            while (top > 0) {
                int i = stack[--top];
                int x = i % w;
                int y = i / w;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                sum += map[i];
                count++;
                if (x > 0) {
                    top = push(map, seen, stack, top, i - 1);
                }
                if (x < w - 1) {
                    top = push(map, seen, stack, top, i + 1);
                }
                if (y > 0) {
                    top = push(map, seen, stack, top, i - w);
                }
                if (y < h - 1) {
                    top = push(map, seen, stack, top, i + w);
                }
            }
            PixelBox region = PixelBox.spanning(minX, minY, maxX + 1, maxY + 1);
            if (Math.min(region.width(), region.height()) >= settings.minSide()
                    && sum / count >= settings.boxThreshold()) {
                regions.add(region);
            }
        }
        return regions;
    }

    private int push(float[] map, boolean[] seen, int[] stack, int top, int i) {
        if (!seen[i] && map[i] > settings.pixelThreshold()) {
            seen[i] = true;
            stack[top++] = i;
        }
        return top;
    }

    /** Undoes the shrink the model was trained to predict (the DB paper's unclip, for a rectangle). */
    private PixelBox grow(PixelBox region) {
        double area = (double) region.width() * region.height();
        double perimeter = 2.0 * (region.width() + region.height());
        int d = (int) Math.round(area * settings.unclipRatio() / perimeter);
        return PixelBox.spanning(region.x() - d, region.y() - d, region.maxX() + d, region.maxY() + d);
    }

    private static PixelBox toImage(PixelBox box, double scaleX, double scaleY, GrayImage image) {
        int minX = clamp((int) Math.floor(box.x() * scaleX), image.width());
        int minY = clamp((int) Math.floor(box.y() * scaleY), image.height());
        int maxX = clamp((int) Math.ceil(box.maxX() * scaleX), image.width());
        int maxY = clamp((int) Math.ceil(box.maxY() * scaleY), image.height());
        return PixelBox.spanning(minX, minY, maxX, maxY);
    }

    private static int clamp(int value, int limit) {
        return Math.max(0, Math.min(limit, value));
    }

    private static int nearestBlocks(double side) {
        return Math.max(BLOCK, (int) Math.round(side / BLOCK) * BLOCK);
    }
}
