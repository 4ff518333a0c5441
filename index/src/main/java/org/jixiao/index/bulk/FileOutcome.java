package org.jixiao.index.bulk;

/** What became of one file of a batch. */
public enum FileOutcome {
    /** Read and stored. */
    STORED,
    /** Its content was already stored (by an earlier ingest): skipped. */
    UNCHANGED,
    /** Another file of the same batch has the same content: skipped. */
    DUPLICATE,
    /** Not a document jixiao reads (its type is not supported): skipped. */
    NOT_A_DOCUMENT,
    /** Could not be read: listed in the quarantine report. */
    FAILED
}
