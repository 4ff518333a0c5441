package org.jixiao.index;

import org.jixiao.extract.model.DocumentRecord;

/**
 * Where a stored document was read from, so that two files of one name in different folders
 * ({@code 忻州市/2023/绩效目标申报表.pdf}, {@code 苏州市/2022/绩效目标申报表.pdf}) stay apart.
 *
 * @param path         relative to the folder given to the ingest, with {@code /} between names; the file's
 *                     name when the file itself was given
 * @param absolutePath the absolute path it was read from, or null where unknown
 * @param withoutOcr   read with OCR turned off: its scanned pages gave no text, so an ingest that may
 *                     OCR reads it again instead of skipping it as already stored
 */
public record Provenance(String path, String absolutePath, boolean withoutOcr) {

    /** What a record alone tells: its file name. */
    public static Provenance of(DocumentRecord record) {
        return new Provenance(record.source().path(), null, false);
    }
}
