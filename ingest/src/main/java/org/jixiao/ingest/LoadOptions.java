package org.jixiao.ingest;

import java.nio.file.Path;

/**
 * How to load a file.
 *
 * @param password   the password of an encrypted PDF, or null
 * @param ocr        when to recognise text from page images
 * @param limits     bounds that keep a hostile file from exhausting time or memory
 * @param progress   told of every page read by OCR, the slow part of loading a scan
 */
public record LoadOptions(String password, OcrMode ocr, Limits limits, OcrProgress progress) {

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

    /** Listens to OCR as it goes; called from the OCR worker threads, so implementations must be thread-safe. */
    @FunctionalInterface
    public interface OcrProgress {
        OcrProgress NONE = (file, page, pagesRead, pageCount) -> { };

        /**
         * @param page       the 1-based page just read
         * @param pagesRead  how many pages of the file OCR has read so far
         * @param pageCount  the file's page count (not all of them may need OCR)
         */
        void pageRead(Path file, int page, int pagesRead, int pageCount);
    }

    public static final LoadOptions DEFAULT = new LoadOptions(null, OcrMode.AUTO, Limits.DEFAULT, OcrProgress.NONE);

    public LoadOptions {
        progress = progress == null ? OcrProgress.NONE : progress;
    }

    public LoadOptions(String password, OcrMode ocr, Limits limits) {
        this(password, ocr, limits, OcrProgress.NONE);
    }

    public LoadOptions withPassword(String newPassword) {
        return new LoadOptions(newPassword, ocr, limits, progress);
    }

    public LoadOptions withOcr(OcrMode mode) {
        return new LoadOptions(password, mode, limits, progress);
    }

    public LoadOptions withProgress(OcrProgress listener) {
        return new LoadOptions(password, ocr, limits, listener);
    }

    public LoadOptions withLimits(Limits newLimits) {
        return new LoadOptions(password, ocr, newLimits, progress);
    }
}
