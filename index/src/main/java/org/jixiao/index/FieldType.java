package org.jixiao.index;

/** How a field is indexed; each store maps these onto its own field classes (Lucene fields, Solr field types). */
public enum FieldType {
    /** An exact term: filterable, facetable, sortable, stored. */
    KEYWORD,
    /** Chinese text analysed with the HanLP analyzer (index mode when written, search mode when queried). */
    TEXT,
    /** A whole number: range-filterable, facetable, sortable, stored. */
    INT,
    /** A decimal as printed: stored as its string, range-filterable as a double. */
    DECIMAL,
    /** Kept for display only. */
    STORED
}
