package org.jixiao.ingest.ocr;

/** The OCR engine failed on an image (not: found no text). */
public class OcrException extends Exception {

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
