package org.jixiao.extract;

import org.jixiao.extract.layout.DocumentLayout;
import org.jixiao.extract.model.DocumentRecord;

/**
 * What the extract stage makes of a document: the records, and the layout they were read from
 * (checks look back at the running text for figures stated twice).
 */
public record Extraction(DocumentRecord record, DocumentLayout layout) {
}
