package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.extract.Extraction;
import org.jixiao.extract.Pipeline;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.LoadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jixiao extract FILE...}: records of each file, JSON Lines or a readable summary. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the structured records of performance documents (JSON Lines per the record contract).")
final class ExtractCommand implements Callable<Integer> {

    enum Format { json, table }

    @Spec
    CommandSpec spec;

    @Parameters(descriptionKey = "extract-files", arity = "1..*", paramLabel = "FILE", description = "PDF or Office files to read, or folders (walked recursively).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "json", description = "json (one object per line) or table. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Mixin
    DocumentOptions documents;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadOptions options = documents.loadOptions();
        Pipeline pipeline = documents.pipeline();
        int failed = 0;
        for (Inputs.Input input : Inputs.of(files)) {
            try {
                Extraction extraction = pipeline.run(input.file(), options);
                Inputs.sayIfUnrecognised(err, input.file(), extraction);
                if (format == Format.json) {
                    out.println(RecordJson.toLine(extraction.record()));
                } else {
                    out.print(RecordTable.render(extraction.record()));
                }
                out.flush();
            } catch (IngestException e) {
                if (input.skippable(e)) {
                    err.println("jixiao: 跳过，不是文档 (skipped, not a document): " + input.file());
                } else {
                    failed++;
                    err.println("jixiao: " + e.getMessage());
                }
                err.flush();
            }
        }
        return failed == 0 ? ExitCode.OK : ExitCode.FILES_FAILED;
    }
}
