package org.jixiao.ingest.ocr;

/**
 * Typed configuration of the OCR route.
 *
 * @param renderDpi  resolution at which PDF pages are rendered for OCR, and to which finer image
 *                   files are subsampled
 * @param textLayer  when a PDF page's own text is not used
 * @param skew       deskewing
 * @param rulings    ruling-line recovery
 * @param detection  text-line detection
 * @param minLineWidth narrower line images are padded to this width before recognition (pixels at the
 *                   recogniser's input height of 48): two characters' worth of decoding steps
 * @param repair     domain repairs of what OCR misreads
 */
public record OcrSettings(float renderDpi, TextLayer textLayer, Skew skew, Rulings rulings, Detection detection,
                          int minLineWidth, Repair repair) {

    public static final OcrSettings DEFAULT = new OcrSettings(200f, TextLayer.DEFAULT, Skew.DEFAULT, Rulings.DEFAULT,
            Detection.DEFAULT, 96, Repair.DEFAULT);

    /**
     * @param renderDpi        resolution of the ink rendering
     * @param darkThreshold    gray level below which a rendered pixel is ink
     * @param maxGarbledShare  a larger share of garbled characters fails the text layer
     * @param minUnexplained   less unexplained ink than this (square points) never fails a page: specks, logos
     * @param maxUnexplained   unexplained ink above this multiple of the glyph boxes' area fails the text layer;
     *                         glyphs ink about a tenth of their boxes, so 0.1 means "more ink unexplained than
     *                         the text layer's own"
     */
    public record TextLayer(float renderDpi, int darkThreshold, float maxGarbledShare, float minUnexplained,
                            float maxUnexplained) {
        public static final TextLayer DEFAULT = new TextLayer(24f, 160, 0.3f, 300f, 0.1f);
    }

    /**
     * @param maxDegrees     the largest skew searched for, either way
     * @param coarseStep     step of the first sweep (degrees)
     * @param fineStep       step of the second sweep around the best coarse angle (degrees)
     * @param darkThreshold  gray level below which a pixel is ink
     * @param sampleSide     the image is subsampled so its longer side has about this many pixels
     */
    public record Skew(double maxDegrees, double coarseStep, double fineStep, int darkThreshold, int sampleSide) {
        public static final Skew DEFAULT = new Skew(5.0, 0.25, 0.02, 140, 1200);
    }

    /**
     * Settings in PDF points, so that they hold at any resolution.
     *
     * @param darkThreshold     gray level below which a pixel is ink
     * @param maxGap            a break in a run up to this long is bridged (scanner dropout, dotted rules)
     * @param maxThickness      a stack of runs thicker than this is a filled area, not a line
     * @param minLength         a line at least this long is a ruling on its own
     * @param minAttachedLength a shorter line counts when both its ends meet rulings of the other orientation
     * @param joinTolerance     pieces this close in position and extent are one line; an end this close to a
     *                          perpendicular line meets it
     */
    public record Rulings(int darkThreshold, float maxGap, float maxThickness, float minLength,
                          float minAttachedLength, float joinTolerance) {
        public static final Rulings DEFAULT = new Rulings(160, 0.75f, 4f, 30f, 10f, 3f);
    }

    /**
     * @param dpi              resolution at which lines are detected: finer images are scaled down first (the
     *                         detector needs 10-pixel text, not finer; time grows with the pixels)
     * @param pixelThreshold   map probability above which a pixel is text
     * @param boxThreshold     mean probability a region needs to count as a line
     * @param unclipRatio      how far a region is grown back: area × ratio ÷ perimeter
     * @param minSide          regions with a shorter side (pixels of the scaled map) are noise
     */
    public record Detection(float dpi, float pixelThreshold, float boxThreshold, float unclipRatio, int minSide) {
        public static final Detection DEFAULT = new Detection(110f, 0.3f, 0.6f, 1.6f, 3);
    }

    /**
     * @param minAlternativeShare  a sign the forms use (≤) is taken for its look-alike (&lt;) when the recogniser's
     *                             runner-up, the sign or another look-alike, has at least this share of the
     *                             probability of what it read
     * @param repairedConfidence   the confidence, at most, of a value repaired from its neighbours rather than
     *                             from the recogniser's own evidence: low enough to be marked
     * @param minMoneyDigits       only figures with this many digits are compared with their neighbours
     */
    public record Repair(float minAlternativeShare, float repairedConfidence, int minMoneyDigits) {
        public static final Repair DEFAULT = new Repair(0.2f, 0.5f, 5);
    }
}
