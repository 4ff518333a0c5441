package org.jixiao.extract.variation;

import java.util.List;
import java.util.Set;

/** One layout family of the genre: builds a document of its layout from drawn form data. */
interface Family {

    /** The family's id, which starts the names of its files: {@code f03-twoperiod}. */
    String id();

    /** Whether the document is a table form kept as a workbook too. */
    boolean workbook();

    /** The rules whose errors the family can plant (each alone, with nothing else changed). */
    List<String> plantable();

    /** Builds a document; {@code plant} names the rules to plant errors of (empty: consistent). */
    Generated build(FormData.Drafts drafts, Set<String> plant);
}
