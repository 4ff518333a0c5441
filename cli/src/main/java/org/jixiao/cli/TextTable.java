package org.jixiao.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table aligned for a terminal, where Chinese characters take two columns. Cells wider
 * than their column's limit are cut with an ellipsis.
 */
final class TextTable {

    private final List<String> headers;
    private final int[] maxWidths;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param maxWidths per column, the widest a cell may print */
    TextTable(List<String> headers, int... maxWidths) {
        if (maxWidths.length != headers.size()) {
            throw new IllegalArgumentException("one width per column");
        }
        this.headers = List.copyOf(headers);
        this.maxWidths = maxWidths.clone();
    }

    void add(List<String> cells) {
        rows.add(cells.stream().map(c -> c == null ? "-" : c).toList());
    }

    String render() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(headers.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], Math.min(width(row.get(i)), maxWidths[i]));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(out, rule, widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cut(cells.get(i), widths[i]);
            line.append(cell).append(" ".repeat(widths[i] - width(cell)));
            if (i < cells.size() - 1) {
                line.append("  ");
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String cut(String cell, int width) {
        if (width(cell) <= width) {
            return cell;
        }
        StringBuilder cutCell = new StringBuilder();
        int used = 0;
        for (int cp : cell.codePoints().toArray()) {
            if (used + columns(cp) > width - 1) {
                break;
            }
            cutCell.appendCodePoint(cp);
            used += columns(cp);
        }
        return cutCell.append('…').toString();
    }

    static int width(String text) {
        return text.codePoints().map(TextTable::columns).sum();
    }

    /** East Asian wide and full-width characters take two terminal columns. */
    private static int columns(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        boolean wide = script == Character.UnicodeScript.HAN
                || (codePoint >= 0x3000 && codePoint <= 0x303F) // CJK punctuation
                || (codePoint >= 0xFF01 && codePoint <= 0xFF60) // full-width forms
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6);
        return wide ? 2 : 1;
    }
}
