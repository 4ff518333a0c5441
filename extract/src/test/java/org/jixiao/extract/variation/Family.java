package org.jixiao.extract.variation;

import java.util.List;
import java.util.Set;

/** One layout family of the genre: builds a document of its layout from drawn form data. */
interface Family {

    /** The family's id, which starts the names of its files: {@code f03-twoperiod}. */
    String id();

    /** The Office file the document is kept in besides its PDF: a table form's workbook, a report's Word file. */
    Office office();

    enum Office {
        XLSX, DOCX;

        String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The rules whose errors the family can plant (each alone, with nothing else changed). */
    List<String> plantable();

    /** Builds a document; {@code plant} names the rules to plant errors of (empty: consistent). */
    Generated build(FormData.Drafts drafts, Set<String> plant);
}
