package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jixiao.extract.Pipeline;
import org.jixiao.index.RecordStore;
import org.jixiao.index.bulk.BulkIngester;
import org.jixiao.index.bulk.FailedFile;
import org.jixiao.index.bulk.FileOutcome;
import org.jixiao.index.bulk.IngestSettings;
import org.jixiao.index.bulk.IngestSummary;
import org.jixiao.index.bulk.InputFile;
import org.jixiao.ingest.LoadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao ingest PATH...}: extracts files in parallel and stores their records in the index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract every file under the paths, on all cores, into the index.",
                "Files already stored (same content) are skipped, so an interrupted ingest resumes where it stopped.",
                "Files that cannot be read are listed at the end; the batch goes on."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(descriptionKey = "ingest-paths", arity = "1..*", paramLabel = "PATH", description = "Files and folders (walked recursively).")
    List<Path> paths;

    @Mixin
    DataOptions data;

    @Option(names = "--threads", description = "Files read at once. Default: the number of cores.")
    Integer threads;

    @Option(names = "--batch", defaultValue = "100",
            description = "Documents between two commits (and a commit at least every 5 seconds, so searches see progress). Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--replace", description = "Extract and store again files already stored (after an extractor upgrade).")
    boolean replace;

    @Mixin
    DocumentOptions documents;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadOptions options = documents.loadOptions();
        IngestSettings settings = IngestSettings.defaults().withBatchSize(batch).withReplaceStored(replace)
                .withoutOcr(options.ocr() == LoadOptions.OcrMode.NEVER);
        if (threads != null) {
            settings = settings.withThreads(threads);
        }
        Pipeline pipeline = documents.pipeline();
        List<InputFile> files = Inputs.toIngest(paths);
        IngestSummary summary;
        try (RecordStore store = data.openForWriting()) {
            Thread commitOnInterrupt = commitOnInterrupt(store);
            Runtime.getRuntime().addShutdownHook(commitOnInterrupt);
            try {
                summary = new BulkIngester(store, file -> pipeline.run(file, options).record(), settings,
                        new ProgressPrinter(err, System.console() != null)).runInputs(files);
            } finally {
                Runtime.getRuntime().removeShutdownHook(commitOnInterrupt);
            }
        }
        print(out, summary);
        if (!summary.failed().isEmpty()) {
            return ExitCode.FILES_FAILED;
        }
        if (summary.count(FileOutcome.NOT_A_DOCUMENT) == summary.files()) {
            throw CliError.usage("没有可导入的文档 (nothing to ingest): " + summary.files() + " 个文件都不是 jixiao 能读的文档");
        }
        return ExitCode.OK;
    }

    /** On Ctrl-C, keeps what was stored so far: a rerun then has less to redo. */
    private static Thread commitOnInterrupt(RecordStore store) {
        AtomicBoolean done = new AtomicBoolean();
        return new Thread(() -> {
            if (done.compareAndSet(false, true)) {
                try {
                    store.commit();
                } catch (IOException | RuntimeException e) {
                    // the last batch commit stands; the rerun reads the rest again
                }
            }
        }, "jixiao-ingest-interrupted");
    }

    private void print(PrintWriter out, IngestSummary summary) {
        double seconds = Math.max(1e-3, summary.elapsed().toNanos() / 1e9);
        out.printf(Locale.ROOT, "%d 个文件，用时 %s：导入 %d 个（%d 页），未变 %d 个，重复 %d 个，非文档 %d 个，失败 %d 个%n",
                summary.files(), ProgressPrinter.format(summary.elapsed()), summary.count(FileOutcome.STORED),
                summary.pages(), summary.count(FileOutcome.UNCHANGED), summary.count(FileOutcome.DUPLICATE),
                summary.count(FileOutcome.NOT_A_DOCUMENT), summary.count(FileOutcome.FAILED));
        out.printf(Locale.ROOT, "每秒 %.1f 个文件、%.1f 页；索引在 %s%n", summary.count(FileOutcome.STORED) / seconds,
                summary.pages() / seconds, data.describe());
        if (!summary.skipped().isEmpty()) {
            out.println("跳过，不是文档 (skipped, not documents):");
            summary.skipped().forEach(file -> out.println("  " + file));
        }
        if (!summary.unrecognised().isEmpty()) {
            out.println("已导入，但未识别到绩效表单 (no performance form recognised):");
            summary.unrecognised().forEach(file -> out.println("  " + file));
        }
        if (!summary.failed().isEmpty()) {
            out.println("未能读取，未入库 (quarantined):");
            for (FailedFile failed : summary.failed()) {
                out.println("  " + failed.reason().lines().findFirst().orElse(failed.file().toString()));
            }
        }
        out.flush();
    }
}
