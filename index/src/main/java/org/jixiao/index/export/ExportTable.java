package org.jixiao.index.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of typed values under named columns: what {@code search}, {@code findings}, {@code compare} and
 * {@code check} export, written as CSV, JSON Lines or a spreadsheet by the writers of this package.
 */
public final class ExportTable {

    private final List<Column> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    public ExportTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Adds a row: one value per column, in column order; null for an empty cell. */
    public ExportTable add(List<?> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + columns.size() + " columns");
        }
        rows.add(Collections.unmodifiableList(new ArrayList<>(values)));
        return this;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return Collections.unmodifiableList(rows);
    }

    public List<String> keys() {
        return columns.stream().map(Column::key).toList();
    }

    /** A row as key → value, for JSON. */
    public Map<String, Object> asMap(List<Object> row) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            map.put(columns.get(i).key(), row.get(i));
        }
        return map;
    }
}
