package org.jixiao.ingest.ocr;

import java.util.List;

/**
 * The recognition model behind the OCR route: finds the text lines of a deskewed page image and
 * reads line images. Implementations are thread-safe; pages are read in parallel.
 */
public interface OcrEngine {

    /** The boxes of the text lines of an image scanned or rendered at {@code dpi}, in no particular order. */
    List<PixelBox> findLines(GrayImage page, double dpi) throws OcrException;

    /** The text of each single-line image, in the order given. */
    List<Recognition> read(List<GrayImage> lines) throws OcrException;

    /** The PP-OCRv4 Chinese models, loaded once per process on first use. */
    static OcrEngine paddle(OcrSettings settings) {
        return new PaddleOcrEngine(settings.detection(), settings.minLineWidth(), settings.rulings().darkThreshold());
    }
}
