package org.jixiao.ingest.ocr;

/**
 * Estimates how far a scanned page is turned, from the projection profile of its dark pixels: sheared
 * by the right angle, the rows of text and the table's horizontal rules collapse into sharp peaks, so
 * the angle that maximises the sum of squared row counts is the page's skew.
 */
final class SkewEstimator {

    private final OcrSettings.Skew settings;

    SkewEstimator(OcrSettings.Skew settings) {
        this.settings = settings;
    }

    /**
     * The page's skew in degrees: positive when the content is turned clockwise (the right end of a
     * horizontal rule lies lower than its left end). {@code image.rotated(-skew)} straightens it.
     */
    public double estimate(GrayImage image) {
        int step = Math.max(1, Math.max(image.width(), image.height()) / settings.sampleSide());
        int[] xs = new int[1024];
        int[] ys = new int[1024];
        int count = 0;
        for (int y = 0; y < image.height(); y += step) {
            for (int x = 0; x < image.width(); x += step) {
                if (image.get(x, y) < settings.darkThreshold()) {
                    if (count == xs.length) {
                        xs = java.util.Arrays.copyOf(xs, count * 2);
                        ys = java.util.Arrays.copyOf(ys, count * 2);
                    }
                    xs[count] = x / step;
                    ys[count] = y / step;
                    count++;
                }
            }
        }
        if (count == 0) {
            return 0;
        }
        int rows = image.height() / step + 1;
        int columns = image.width() / step + 1;
        double best = sweep(xs, ys, count, rows, columns, -settings.maxDegrees(), settings.maxDegrees(),
                settings.coarseStep());
        return sweep(xs, ys, count, rows, columns, best - settings.coarseStep(), best + settings.coarseStep(),
                settings.fineStep());
    }

    private static double sweep(int[] xs, int[] ys, int count, int rows, int columns, double from, double to,
                                double step) {
        double bestAngle = 0;
        double bestScore = -1;
        int margin = (int) Math.ceil(columns * Math.tan(Math.toRadians(Math.max(Math.abs(from), Math.abs(to))))) + 1;
        long[] histogram = new long[rows + 2 * margin];
        int[] shift = new int[columns];
        for (int i = 0; Math.round(from / step) + i <= Math.round(to / step); i++) {
            double angle = (Math.round(from / step) + i) * step;
            double slope = Math.tan(Math.toRadians(angle));
            // y - x·slope rounds to y + round(-x·slope) for a whole y: one rounding per column, not per dark pixel
            for (int x = 0; x < columns; x++) {
                shift[x] = (int) Math.round(-x * slope) + margin;
            }
            java.util.Arrays.fill(histogram, 0);
            for (int k = 0; k < count; k++) {
                histogram[ys[k] + shift[xs[k]]]++;
            }
            double score = 0;
            for (long h : histogram) {
                score += (double) h * h;
            }
            // ties (a blank page, a perfectly symmetric one) go to the angle nearest zero
            if (score > bestScore || (score == bestScore && Math.abs(angle) < Math.abs(bestAngle))) {
                bestScore = score;
                bestAngle = angle;
            }
        }
        return bestAngle;
    }
}
