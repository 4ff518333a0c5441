package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.extract.layout.Block;
import org.jixiao.extract.layout.Cell;
import org.jixiao.extract.layout.DocumentLayout;
import org.jixiao.extract.layout.LayoutAnalyzer;
import org.jixiao.extract.layout.Table;
import org.jixiao.ingest.AutoDetectLoader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao tables FILE}: the rebuilt tables and text lines, to check against the page by eye. */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = "Print the tables (cell by cell, with row/column spans) and text lines rebuilt from each page.")
final class TablesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--page", description = "Only this page (1-based).")
    Integer page;

    @Option(names = "--password", description = "Password of encrypted PDFs.")
    String password;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AutoDetectLoader loader = new AutoDetectLoader();
        LayoutAnalyzer analyzer = new LayoutAnalyzer();
        int failed = 0;
        for (Path file : files) {
            try {
                SourceDocument document = loader.load(file, LoadOptions.DEFAULT.withPassword(password));
                DocumentLayout layout = analyzer.analyze(document.pages());
                out.println("== " + file);
                for (Block block : layout.blocks()) {
                    if (page != null && block.page() != page) {
                        continue;
                    }
                    if (block instanceof Block.TableBlock table) {
                        printTable(out, table.table());
                    } else if (block instanceof Block.LineBlock line) {
                        out.println("p" + line.page() + "  | " + line.line().text());
                    }
                }
            } catch (IngestException e) {
                failed++;
                err.println("jixiao: " + e.getMessage());
            }
            out.flush();
        }
        return failed == 0 ? 0 : 1;
    }

    private static void printTable(PrintWriter out, Table table) {
        out.printf("p%d  +-- table %d x %d%n", table.page(), table.rowCount(), table.columnCount());
        for (int row = 0; row < table.rowCount(); row++) {
            StringBuilder line = new StringBuilder();
            for (Cell cell : table.row(row)) {
                line.append(" [").append(cell.column());
                if (cell.rowSpan() > 1 || cell.columnSpan() > 1) {
                    line.append(' ').append(cell.rowSpan()).append('x').append(cell.columnSpan());
                }
                line.append("] ").append(cell.text());
            }
            out.printf("p%d  |%3d%s%n", table.pageOfRow(row), row, line);
        }
        out.printf("p%d  +--%n", table.page());
    }
}
