package org.jixiao.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.index.export.CsvWriter;
import org.jixiao.index.export.ExportTable;
import org.jixiao.index.export.XlsxWriter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where and how the listing commands write their rows for other programs: JSON Lines, CSV or .xlsx. */
final class ExportOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to this file instead of the terminal, whatever the format (needed for xlsx at a terminal).")
    Path output;

    /** Writes the rows in {@code format}, which must not be {@link OutputFormat#table}. */
    void write(OutputFormat format, ExportTable table, String sheetName, CommandLine command) throws IOException {
        switch (format) {
            case json -> withWriter(command, out -> {
                for (var row : table.rows()) {
                    out.write(RecordJson.toLine(table.asMap(row)));
                    out.write('\n');
                }
            });
            case csv -> withWriter(command, out -> CsvWriter.write(table, out));
            case xlsx -> {
                if (output != null) {
                    try (OutputStream out = Files.newOutputStream(output)) {
                        XlsxWriter.write(table, sheetName, out);
                    }
                } else if (System.console() != null) {
                    throw CliError.usage("xlsx 是二进制文件，请用 --output 文件名.xlsx 保存 (xlsx needs --output FILE)");
                } else {
                    command.getOut().flush();
                    XlsxWriter.write(table, sheetName, System.out);
                }
            }
            case table -> throw new IllegalArgumentException("a table is printed by its command");
        }
    }

    /** Text as it is (a table, an HTML report), to the terminal or the file. */
    void writeText(String text, CommandLine command) throws IOException {
        withWriter(command, out -> out.write(text));
    }

    private interface WriterWork {
        void run(Writer out) throws IOException;
    }

    private void withWriter(CommandLine command, WriterWork work) throws IOException {
        if (output == null) {
            PrintWriter out = command.getOut();
            work.run(out);
            out.flush();
            return;
        }
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
            work.run(out);
        }
    }
}
