package org.jixiao.index.solr;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Set;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.jixiao.index.FieldSpec;
import org.jixiao.index.RecordEntries;

/**
 * How each {@link org.jixiao.index.FieldType} is written to and read from a Solr document; the schema
 * ({@link SolrConfigset}) declares the same fields.
 */
final class SolrFields {

    /** Every entry's unique key: the document's hash, and for the entries below it their row. */
    static final String ID = "id";
    /** Solr's own: optimistic concurrency and the update log need it. */
    static final String VERSION = "_version_";
    /** Solr's own: the document entry every entry of its block belongs to, so a block is replaced whole. */
    static final String ROOT = "_root_";

    /** Field names Solr gives a meaning of its own: {@code score} in a field list or a sort is relevance. */
    private static final Set<String> RESERVED = Set.of("score");

    private SolrFields() {
    }

    /** The field's name in the collection: its own, unless Solr reserves it ({@code score} → {@code score_value}). */
    static String name(FieldSpec spec) {
        return RESERVED.contains(spec.name()) ? spec.name() + "_value" : spec.name();
    }

    /** A field list naming these fields. */
    static String[] names(Collection<FieldSpec> fields) {
        return fields.stream().map(SolrFields::name).toArray(String[]::new);
    }

    /**
     * The numeric twin of a {@link org.jixiao.index.FieldType#DECIMAL}: the value is kept as printed
     * ({@code 3.10}), the twin makes it range-filterable. A prefix, not a suffix, so a family's twins
     * ({@code number_amount_*}) form a family of their own.
     */
    static String numberName(String decimalField) {
        return "number_" + decimalField;
    }

    static SolrInputDocument document(String id, RecordEntries.Entry entry) {
        SolrInputDocument document = new SolrInputDocument();
        document.setField(ID, id);
        for (RecordEntries.Value value : entry.values()) {
            add(document, value.field(), value.value());
        }
        return document;
    }

    private static void add(SolrInputDocument document, FieldSpec spec, Object value) {
        String name = name(spec);
        switch (spec.type()) {
            case KEYWORD, TEXT, STORED -> document.addField(name, value.toString());
            case INT -> document.addField(name, ((Number) value).intValue());
            case DECIMAL -> {
                String printed = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
                document.addField(name, printed);
                BigDecimal number = decimal(printed);
                if (number != null) {
                    document.addField(numberName(name), number.doubleValue());
                }
            }
        }
    }

    static String string(SolrDocument document, FieldSpec spec) {
        Object value = document.getFirstValue(name(spec));
        return value == null ? null : value.toString();
    }

    static Integer integer(SolrDocument document, FieldSpec spec) {
        Object value = document.getFirstValue(name(spec));
        return value == null ? null : ((Number) value).intValue();
    }

    private static BigDecimal decimal(String printed) {
        try {
            return new BigDecimal(printed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
