package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jixiao.extract.Pipelines;
import org.jixiao.extract.eval.CorpusEvaluation;
import org.jixiao.extract.eval.CorpusEvaluator;
import org.jixiao.extract.eval.EvaluationJson;
import org.jixiao.extract.eval.EvaluationReport;
import org.jixiao.extract.eval.RecordScorer;
import org.jixiao.ingest.LoadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao eval DIR}: extracts every sample of a directory and scores it against its truth. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score extraction against ground truth: every X.pdf (or other document) with X.truth.json beside it,",
                "or a truth whose source.path points at its document elsewhere (../shared/…; skipped where absent).",
                "Prints precision, recall and F1 per field and exact-match of the metadata, per document and overall.",
                "Exit code 0 unless a sample fails to load."})
final class EvalCommand implements Callable<Integer> {

    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Parameters(descriptionKey = "eval-dir", paramLabel = "DIR", description = "Directory of samples and their truth files.")
    Path directory;

    @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"--verbose", "--diff"}, description = "After the table, list every key missing from or spurious in each document.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(directory)) {
            throw CliError.usage("不是文件夹 (not a directory): " + directory);
        }
        CorpusEvaluator.Listing listing = CorpusEvaluator.list(directory);
        if (listing.samples().isEmpty() && listing.skipped().isEmpty()) {
            throw CliError.usage("没有可评分的样本 (no samples): " + directory
                    + " 里没有文档与其 X" + CorpusEvaluator.TRUTH_SUFFIX + " 真值文件成对");
        }
        PrintWriter progress = spec.commandLine().getErr();
        CorpusEvaluation evaluation = new CorpusEvaluator(Pipelines.standard(), LoadOptions.DEFAULT, new RecordScorer())
                .evaluate(directory, (index, count, sample) -> {
                    // scans take seconds a page: say which sample is being read, on stderr
                    progress.printf("jixiao eval: %d/%d %s%n", index + 1, count, sample.document().getFileName());
                    progress.flush();
                });
        PrintWriter err = spec.commandLine().getErr();
        if (format == Format.json) {
            // a truth whose document is absent here (../shared on another machine) is said, never silent; the table lists it
            evaluation.skipped().forEach(skip -> err.println("jixiao: " + skip.message()));
            err.flush();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? EvaluationJson.render(evaluation) + "\n" : EvaluationReport.table(evaluation, verbose));
        out.flush();
        if (evaluation.hasFailures()) {
            evaluation.failures().forEach(failure -> err.println("jixiao: " + failure.message()));
            err.flush();
            return 1;
        }
        return 0;
    }
}
