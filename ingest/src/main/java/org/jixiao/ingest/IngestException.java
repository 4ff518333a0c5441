package org.jixiao.ingest;

import java.nio.file.Path;

/**
 * A file that could not be loaded. The message names the file, the page where one is at fault,
 * and the reason in one line, so a batch can report it and go on.
 */
public class IngestException extends Exception {

    /** Why a file was refused: lets a batch report group its failures. */
    public enum Reason { NOT_FOUND, EMPTY, UNSUPPORTED_TYPE, CORRUPT, ENCRYPTED, TOO_LARGE, OCR_FAILED, IO }

    private final Path file;
    private final Reason reason;
    private final Integer page;

    public IngestException(Path file, Reason reason, Integer page, String detail, Throwable cause) {
        super(describe(file, page, detail), cause);
        this.file = file;
        this.reason = reason;
        this.page = page;
    }

    public IngestException(Path file, Reason reason, String detail) {
        this(file, reason, null, detail, null);
    }

    private static String describe(Path file, Integer page, String detail) {
        return file + (page == null ? "" : " (page " + page + ")") + ": " + detail;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    /** 1-based page at fault, or null when the file as a whole is. */
    public Integer page() {
        return page;
    }
}
