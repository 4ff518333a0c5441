package org.jixiao.ingest;

/**
 * How to load a file.
 *
 * @param password   the password of an encrypted PDF, or null
 * @param ocr        when to recognise text from page images
 * @param limits     bounds that keep a hostile file from exhausting time or memory
 */
public record LoadOptions(String password, OcrMode ocr, Limits limits) {

    /** When page images are read by OCR. */
    public enum OcrMode {
        /** Never: pages without a usable text layer yield no text. */
        NEVER,
        /** Pages whose text layer is missing or unusable, and image files. */
        AUTO,
        /** Every page. */
        ALWAYS
    }

    /**
     * @param maxFileBytes    larger files are refused before parsing
     * @param maxPages        documents with more pages are refused
     * @param maxPageSide     a page side longer than this (points) is refused
     * @param maxImagePixels  an image with more pixels is refused before decoding
     */
    public record Limits(long maxFileBytes, int maxPages, float maxPageSide, long maxImagePixels) {
        public static final Limits DEFAULT = new Limits(512L << 20, 5_000, 14_400f, 100_000_000L);
    }

    public static final LoadOptions DEFAULT = new LoadOptions(null, OcrMode.AUTO, Limits.DEFAULT);

    public LoadOptions withPassword(String newPassword) {
        return new LoadOptions(newPassword, ocr, limits);
    }

    public LoadOptions withOcr(OcrMode mode) {
        return new LoadOptions(password, mode, limits);
    }
}
