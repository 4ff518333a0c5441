package org.jixiao.index.lucene;

import java.math.BigDecimal;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.jixiao.index.FieldSpec;

/** How each {@link org.jixiao.index.FieldType} becomes Lucene fields, and how stored values read back. */
final class LuceneFields {

    private LuceneFields() {
    }

    /** Adds a value; a null adds nothing. */
    static void add(Document document, FieldSpec spec, Object value) {
        if (value == null) {
            return;
        }
        String name = spec.name();
        switch (spec.type()) {
            case KEYWORD -> {
                String text = value.toString();
                document.add(new StringField(name, text, Field.Store.YES));
                document.add(new SortedSetDocValuesField(name, new BytesRef(text)));
                if (spec.matchable()) {
                    document.add(new TextField(spec.textName(), text, Field.Store.NO));
                }
            }
            case TEXT -> document.add(new TextField(name, value.toString(), spec.stored() ? Field.Store.YES : Field.Store.NO));
            case INT -> {
                int number = ((Number) value).intValue();
                document.add(new IntPoint(name, number));
                document.add(new StoredField(name, number));
                document.add(new NumericDocValuesField(name, number));
            }
            case DECIMAL -> {
                // kept as printed ("3.10"); searchable as a number when it is one
                String printed = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
                document.add(new StoredField(name, printed));
                BigDecimal number = decimal(printed);
                if (number != null) {
                    document.add(new DoublePoint(name, number.doubleValue()));
                }
            }
            case STORED -> document.add(new StoredField(name, value.toString()));
        }
    }

    static String string(Document document, FieldSpec spec) {
        return document.get(spec.name());
    }

    static Integer integer(Document document, FieldSpec spec) {
        IndexableField field = document.getField(spec.name());
        return field == null ? null : field.numericValue().intValue();
    }

    private static BigDecimal decimal(String printed) {
        try {
            return new BigDecimal(printed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
