package org.jixiao.index.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV that Excel opens right on a Chinese Windows: a UTF-8 byte-order mark first (without it
 * Excel reads the bytes as GBK), the keys as header, values as machines read them.
 */
public final class CsvWriter {

    /** Written first; the writer it goes to must encode UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvWriter() {
    }

    public static void write(ExportTable table, Writer out) throws IOException {
        out.write(BYTE_ORDER_MARK);
        out.write(line(table.keys()));
        out.write('\n');
        for (List<Object> row : table.rows()) {
            out.write(line(row));
            out.write('\n');
        }
        out.flush();
    }

    /** One line without its end: cells joined by commas, quoted where they must be. */
    public static String line(List<?> cells) {
        return cells.stream().map(CsvWriter::cell).collect(Collectors.joining(","));
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? '"' + text.replace("\"", "\"\"") + '"'
                : text;
    }
}
