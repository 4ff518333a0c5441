package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.extract.Extraction;
import org.jixiao.extract.Pipeline;
import org.jixiao.extract.check.CheckConfig;
import org.jixiao.extract.check.GradeBands;
import org.jixiao.extract.check.RuleEngine;
import org.jixiao.extract.model.Finding.Severity;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.LoadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao check FILE...}: the figures that do not add up, document by document. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the arithmetic of performance documents (勾稽关系): execution rates, sums, scores, "
                + "grades, balances, figures stated twice; and warn of suspicious targets and scores.")
final class CheckCommand implements Callable<Integer> {

    /** Exit code when findings reach the --fail-on severity. */
    static final int FINDINGS_EXIT_CODE = ExitCode.FINDINGS;

    enum Format { table, json, csv, xlsx, html }

    /** The least severe finding that fails the run. */
    enum FailOn {
        error, warning, never;

        boolean failsOn(Severity severity) {
            return switch (this) {
                case error -> severity == Severity.ERROR;
                case warning -> true;
                case never -> false;
            };
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(descriptionKey = "check-files", arity = "1..*", paramLabel = "FILE", description = "PDF or Office files to check, or folders (walked recursively).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "table",
            description = "table (grouped by document), json (one object per document and line), csv (UTF-8 with BOM, for Excel), xlsx or html (a self-contained report: a summary, a table that sorts and filters, each finding with its page region and figures outlined). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Mixin
    ExportOptions export;

    @Option(names = "--fail-on", defaultValue = "never",
            description = "Exit with " + FINDINGS_EXIT_CODE + " when a finding of this severity or worse is found: error, warning, never. Default: ${DEFAULT-VALUE}.")
    FailOn failOn;

    @Option(names = "--grade-bands", paramLabel = "BANDS",
            description = "Grading bands where documents state none, each grade with its lowest score: 优=90,良=80,中=60,差=0 (the national default); e.g. 优=85,良=75,中=60,差=0.")
    String gradeBands;

    @Mixin
    DocumentOptions documents;

    @Override
    public Integer call() throws IOException {
        LoadOptions options = documents.loadOptions();
        Pipeline pipeline = documents.pipeline().withChecker(RuleEngine.standard(config(), documents.labelClassifier()));
        List<CheckedDocument> checked = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        for (Inputs.Input input : Inputs.of(files)) {
            Path file = input.file();
            try {
                Extraction extraction = pipeline.run(file, options);
                Inputs.sayIfUnrecognised(err, file, extraction);
                checked.add(CheckedDocument.checked(file.toString(), extraction.record().findings()));
            } catch (IngestException e) {
                if (input.skippable(e)) {
                    err.println("jixiao: 跳过，不是文档 (skipped, not a document): " + file);
                } else {
                    checked.add(CheckedDocument.failed(file.toString(), e.getMessage()));
                    err.println("jixiao: " + e.getMessage());
                }
            }
        }
        err.flush();
        switch (format) {
            case table -> export.writeText(FindingsReport.table(checked), spec.commandLine());
            case json -> export.writeText(FindingsReport.jsonLines(checked), spec.commandLine());
            case csv -> export.write(OutputFormat.csv, FindingsReport.exportTable(checked), "勾稽检查", spec.commandLine());
            case xlsx -> export.write(OutputFormat.xlsx, FindingsReport.exportTable(checked), "勾稽检查", spec.commandLine());
            case html -> export.writeText(FindingsReport.html(checked, FindingsReport.thumbnails(checked, err)), spec.commandLine());
        }
        return exitCode(checked, failOn);
    }

    private CheckConfig config() {
        if (gradeBands == null) {
            return CheckConfig.NATIONAL;
        }
        try {
            return CheckConfig.NATIONAL.withGradeBands(GradeBands.parse(gradeBands));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--grade-bands: " + e.getMessage());
        }
    }

    static int exitCode(List<CheckedDocument> documents, FailOn failOn) {
        if (documents.stream().anyMatch(d -> d.failure() != null)) {
            return 1;
        }
        boolean failing = documents.stream().flatMap(d -> d.findings().stream()).anyMatch(f -> failOn.failsOn(f.severity()));
        return failing ? FINDINGS_EXIT_CODE : 0;
    }
}
