package org.jixiao.ingest.ocr;

import ai.onnxruntime.OrtException;
import java.util.List;

/** {@link OcrEngine} on the PP-OCRv4 models of {@link PaddleOcrModels}, which load on first use. */
final class PaddleOcrEngine implements OcrEngine {

    private final OcrSettings.Detection detection;
    private final int minLineWidth;
    private final int inkThreshold;

    PaddleOcrEngine(OcrSettings.Detection detection, int minLineWidth, int inkThreshold) {
        this.detection = detection;
        this.minLineWidth = minLineWidth;
        this.inkThreshold = inkThreshold;
    }

    @Override
    public List<PixelBox> findLines(GrayImage page, double dpi) throws OcrException {
        PaddleOcrModels models = PaddleOcrModels.get();
        try {
            return new TextLineDetector(models.detection, detection).detect(page, dpi);
        } catch (OrtException e) {
            throw new OcrException("text detection failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Recognition> read(List<GrayImage> lines) throws OcrException {
        PaddleOcrModels models = PaddleOcrModels.get();
        try {
            return new LineRecognizer(models.recognition, models.alphabet, PaddleOcrModels.LINE_HEIGHT, minLineWidth, inkThreshold)
                    .recognize(lines);
        } catch (OrtException e) {
            throw new OcrException("text recognition failed: " + e.getMessage(), e);
        }
    }
}
