package org.jixiao.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.extract.Extraction;
import org.jixiao.extract.Pipeline;
import org.jixiao.extract.layout.DocumentLayout;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.extract.model.Region;
import org.jixiao.extract.model.Source;
import org.jixiao.ingest.DocumentLoader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.SourceDocument;
import org.jixiao.extract.RecordExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusEvaluatorTest {

    private static final DocumentRecord TRUTH = Records.document(List.of(Records.projectWithIndicators("项目",
            Records.indicator("产出指标", "数量指标", "培训次数", "≥2次"))), List.of());

    /** Loads a file whose text is "unreadable" as a failure, anything else as an empty document. */
    private static final DocumentLoader LOADER = (file, options) -> {
        try {
            if (Files.readString(file).equals("unreadable")) {
                throw new IngestException(file, IngestException.Reason.CORRUPT, "not a PDF");
            }
        } catch (IOException e) {
            throw new IngestException(file, IngestException.Reason.IO, e.getMessage());
        }
        return new SourceDocument(file, "0", "application/pdf", List.of());
    };

    /** Extracts the truth itself: the evaluator's wiring is under test, not an extractor. */
    private static final RecordExtractor ECHO = document -> new Extraction(TRUTH, new DocumentLayout(List.of()));

    private final CorpusEvaluator evaluator = new CorpusEvaluator(
            new Pipeline(LOADER, ECHO, extraction -> extraction.record().findings()), LoadOptions.DEFAULT, new RecordScorer());

    @TempDir
    Path directory;

    private void write(String name, String content) throws IOException {
        Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void writeTruth(String stem, DocumentRecord truth) throws IOException {
        write(stem + CorpusEvaluator.TRUTH_SUFFIX, RecordJson.toLine(truth));
    }

    @Test
    void aSampleIsAnyDocumentWithItsTruthBesideIt() throws IOException {
        write("a.pdf", "pdf");
        writeTruth("a", TRUTH);
        write("a.scan.pdf", "pdf");
        writeTruth("a.scan", TRUTH);
        write("b.xlsx", "xlsx");
        writeTruth("b", TRUTH);
        write("no-truth.pdf", "pdf");
        List<String> documents = CorpusEvaluator.samples(directory).stream()
                .map(sample -> sample.document().getFileName() + " ~ " + sample.truth().getFileName()).toList();
        assertEquals(List.of("a.pdf ~ a.truth.json", "a.scan.pdf ~ a.scan.truth.json", "b.xlsx ~ b.truth.json"), documents);
    }

    @Test
    void everySampleIsScored() throws IOException {
        write("a.pdf", "pdf");
        writeTruth("a", TRUTH);
        write("b.pdf", "pdf");
        writeTruth("b", Records.document(DocType.SELF_EVALUATION, Region.UNKNOWN, null, List.of(), List.of()));
        CorpusEvaluation evaluation = evaluator.evaluate(directory);
        assertEquals(List.of(), evaluation.failures());
        assertEquals(List.of("a.pdf", "b.pdf"), evaluation.documents().stream().map(DocumentEvaluation::document).toList());
        assertEquals(1.0, evaluation.documents().get(0).score(ScoredField.INDICATORS).f1());
        assertEquals(new FieldScore(0, 1, 0), evaluation.documents().get(1).score(ScoredField.INDICATORS));
        assertEquals(new FieldScore(1, 1, 0), evaluation.overall(d -> true).get(ScoredField.INDICATORS));
        assertEquals(1, evaluation.exactCount(MetadataField.DOC_TYPE, d -> true));
    }

    @Test
    void aSampleThatFailsIsReportedAndTheOthersGoOn() throws IOException {
        write("bad.pdf", "unreadable");
        writeTruth("bad", TRUTH);
        write("broken.pdf", "pdf");
        write("broken.truth.json", "{\"doc_type\": ");
        write("good.pdf", "pdf");
        writeTruth("good", TRUTH);
        writeTruth("orphan", TRUTH);
        CorpusEvaluation evaluation = evaluator.evaluate(directory);
        assertEquals(List.of("good.pdf"), evaluation.documents().stream().map(DocumentEvaluation::document).toList());
        assertTrue(evaluation.hasFailures());
        List<String> messages = evaluation.failures().stream().map(EvaluationFailure::message).toList();
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("bad.pdf") && messages.get(0).contains("not a PDF"), messages.get(0));
        assertTrue(messages.get(1).contains("broken.truth.json"), messages.get(1));
        assertTrue(messages.get(2).contains("orphan.truth.json") && messages.get(2).contains("no document"), messages.get(2));
    }

    @Test
    void aTruthPointsAtItsDocumentFromItsFolderOrAParent() throws IOException {
        Path elsewhere = Files.createDirectories(directory.resolve("shared/forms"));
        Files.writeString(elsewhere.resolve("form.xlsx"), "xlsx");
        Path truths = Files.createDirectories(directory.resolve("project/samples/truths"));
        Files.writeString(truths.resolve("form.truth.json"), RecordJson.toLine(withSource(TRUTH, "../shared/forms/form.xlsx",
                "a0c1ba0a2ed7c4fb6e05f1b9e3a6f7ec7da6e8fd2e4ef1dd2e8f8e1d5c3a3c4f")), StandardCharsets.UTF_8);
        Files.writeString(truths.resolve("absent.truth.json"), RecordJson.toLine(withSource(TRUTH, "../shared/forms/absent.pdf", null)),
                StandardCharsets.UTF_8);

        CorpusEvaluator.Listing listing = CorpusEvaluator.list(truths);
        assertEquals(List.of(), listing.samples(), "a document that is not the one the truth was written for is no sample");
        assertEquals(1, listing.failures().size());
        assertTrue(listing.failures().get(0).message().contains("sha256"), listing.failures().get(0).message());
        assertEquals(1, listing.skipped().size());
        assertTrue(listing.skipped().get(0).message().contains("skipped")
                && listing.skipped().get(0).message().contains("../shared/forms/absent.pdf"), listing.skipped().get(0).message());

        Files.writeString(truths.resolve("form.truth.json"), RecordJson.toLine(withSource(TRUTH, "../shared/forms/form.xlsx", null)),
                StandardCharsets.UTF_8);
        CorpusEvaluation evaluation = evaluator.evaluate(truths);
        assertEquals(List.of(), evaluation.failures());
        assertEquals(List.of("form.xlsx"), evaluation.documents().stream().map(DocumentEvaluation::document).toList());
        assertEquals(1.0, evaluation.documents().get(0).score(ScoredField.INDICATORS).f1());
        assertEquals(1, evaluation.skipped().size());
        assertTrue(EvaluationReport.table(evaluation, false).contains("1 skipped"));
    }

    private static DocumentRecord withSource(DocumentRecord record, String path, String sha256) {
        return new DocumentRecord(new Source(path, sha256, 1, List.of()), record.docType(), record.region(), record.fiscalYear(),
                record.projects(), record.findings());
    }
}
