package org.jixiao.cli;

import java.nio.file.Path;
import org.jixiao.extract.Pipeline;
import org.jixiao.extract.Pipelines;
import org.jixiao.extract.form.LabelClassifier;
import org.jixiao.extract.form.LabelConfig;
import org.jixiao.ingest.LoadOptions;
import picocli.CommandLine.Option;

/** How documents are read, shared by the commands that read them. */
final class DocumentOptions {

    @Option(names = "--password", description = "Password of encrypted PDFs and Office files.")
    String password;

    @Option(names = "--ocr", defaultValue = "AUTO", description = "When to OCR pages: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    LoadOptions.OcrMode ocr;

    @Option(names = "--labels", paramLabel = "FILE",
            description = "Label variants to recognise, in the format of the built-in labels.tsv (a province's own forms).")
    Path labels;

    LoadOptions loadOptions() {
        return LoadOptions.DEFAULT.withPassword(password).withOcr(ocr).withProgress(DocumentOptions::reportOcrProgress);
    }

    /** OCR takes seconds a page: say which page of which file is done, on stderr (called from OCR workers). */
    private static void reportOcrProgress(Path file, int page, int pagesRead, int pageCount) {
        synchronized (System.err) {
            System.err.printf("jixiao: OCR %s: %d of %d pages%n", file.getFileName(), pagesRead, pageCount);
        }
    }

    Pipeline pipeline() {
        return labels == null ? Pipelines.standard() : Pipelines.withLabels(LabelConfig.load(labels));
    }

    /** The vocabulary documents are read with: the built-in labels, or those of {@code --labels}. */
    LabelClassifier labelClassifier() {
        return labels == null ? LabelClassifier.standard() : Pipelines.classifier(LabelConfig.load(labels));
    }
}
