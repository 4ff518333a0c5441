package org.jixiao.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.jixiao.extract.model.DocumentRecord;

/**
 * Where records are kept and searched. A document is identified by the SHA-256 of its file: storing
 * a record replaces everything stored for that hash in one step, so a reader sees the old records or
 * the new ones, never a mix.
 *
 * <p>Changes become durable at {@link #commit()}; closing without committing discards them, as a
 * crash would. Implementations are safe for concurrent use.
 */
public interface RecordStore extends Closeable {

    /** Hashes of the documents stored and committed, or added since the last commit by this store. */
    Set<String> storedHashes() throws IOException;

    /** Of the stored documents, those read with OCR turned off (see {@link Provenance#withoutOcr()}). */
    Set<String> hashesReadWithoutOcr() throws IOException;

    /**
     * Adds a document's records, replacing any stored under the same hash. A document that says what
     * another stored one says ({@link CopyKey}: a scan and its export) is kept as its copy: searchable
     * by its hash, but not counted again by searches, comparisons and finding lists.
     */
    void put(DocumentRecord record, Provenance provenance) throws IOException;

    /** Adds a document's records known by their file name only. */
    default void put(DocumentRecord record) throws IOException {
        put(record, Provenance.of(record));
    }

    /** The file a document was read from ({@link Provenance#absolutePath()}), where the store knows it. */
    Optional<Path> sourceFile(String sha256) throws IOException;

    /** Removes every record of a document; nothing happens if it is not stored. */
    void delete(String sha256) throws IOException;

    /** Makes every change so far durable. */
    void commit() throws IOException;

    /** The record stored for a document, as it was put. */
    Optional<DocumentRecord> document(String sha256) throws IOException;

    IndicatorResults search(IndicatorQuery query) throws IOException;

    java.util.List<StoredFinding> findings(FindingQuery query) throws IOException;

    /** The targets of the indicators named like {@code indicator} (or a synonym), across the archive. */
    TargetComparison compare(String indicator, Filters filters) throws IOException;
}
