package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao tables FILE}: the rebuilt tables and text lines, to check against the page by eye. */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = "Print the tables (cell by cell, with row/column spans) and text lines rebuilt from each page.")
final class TablesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(descriptionKey = "tables-files", arity = "1..*", paramLabel = "FILE", description = "Files, or folders (walked recursively).")
    List<Path> files;

    @Option(names = "--page", description = "Only this page (1-based).")
    Integer page;

    @Option(names = "--password", description = "Password of encrypted PDFs.")
    String password;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AutoDetectLoader loader = new AutoDetectLoader();
        LayoutAnalyzer analyzer = new LayoutAnalyzer();
        int failed = 0;
        if (page != null && page < 1) {
            throw new ParameterException(spec.commandLine(), "--page 从 1 开始 (pages count from 1)，不能是 " + page);
        }
        int pageMissing = 0;
        for (Path file : Inputs.files(files)) {
            try {
                SourceDocument document = loader.load(file, LoadOptions.DEFAULT.withPassword(password));
                if (page != null && page > document.pageCount()) {
                    pageMissing++;
                    err.printf("jixiao tables: 没有第 %d 页 (no such page): %s 共 %d 页，可选 1–%d%n", page, file,
                            document.pageCount(), document.pageCount());
                    continue;
                }
                DocumentLayout layout = analyzer.analyze(document.pages());
                out.println("== " + file);
                for (Block block : layout.blocks()) {
                    if (block instanceof Block.TableBlock table) {
                        printTable(out, table.table(), page);
                    } else if (page != null && block.page() != page) {
                        continue;
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
        err.flush();
        if (failed > 0) {
            return ExitCode.FILES_FAILED;
        }
        return pageMissing > 0 ? ExitCode.USAGE : ExitCode.OK;
    }

    /** The table, or with a page only the rows printed on that page (a table may run over several pages). */
    private static void printTable(PrintWriter out, Table table, Integer page) {
        if (page != null && IntStream.range(0, table.rowCount()).noneMatch(row -> table.pageOfRow(row) == page)) {
            return;
        }
        out.printf("p%d  +-- table %d x %d%n", table.page(), table.rowCount(), table.columnCount());
        for (int row = 0; row < table.rowCount(); row++) {
            if (page != null && table.pageOfRow(row) != page) {
                continue;
            }
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
