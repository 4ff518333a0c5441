package org.jixiao.extract.variation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jixiao.extract.Extraction;
import org.jixiao.extract.Pipelines;
import org.jixiao.extract.check.RuleEngine;
import org.jixiao.extract.eval.CorpusEvaluation;
import org.jixiao.extract.eval.CorpusEvaluator;
import org.jixiao.extract.eval.DocumentEvaluation;
import org.jixiao.extract.eval.EvaluationReport;
import org.jixiao.extract.eval.FieldScore;
import org.jixiao.extract.eval.MetadataField;
import org.jixiao.extract.eval.RecordScorer;
import org.jixiao.extract.eval.ScoredField;
import org.jixiao.extract.layout.LayoutAnalyzer;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Finding;
import org.jixiao.ingest.AutoDetectLoader;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.SourceDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The standard pipeline on the committed subset of the generated variation corpus
 * ({@code corpus-samples/variations/}, seed 8, 66 documents, each as PDF and as xlsx or docx, every
 * fifth also printed and scanned back), held to issue 8's acceptance thresholds: PDFs and Office files
 * F1 ≥ 0.98 on indicators, funding, kinds and rates, findings precision ≥ 0.98 and recall ≥ 0.95,
 * metadata exact on ≥ 98% of documents, no finding on ≥ 98% of the consistent ones; scans
 * {@link #SCAN_INDICATORS}. Scores are printed by family; {@code scripts/variations.sh} scores the
 * full generated set.
 */
class VariationCorpusTest {

    private static final double F1 = 0.98;
    private static final double FINDINGS_PRECISION = 0.98;
    private static final double FINDINGS_RECALL = 0.95;
    private static final double EXACT = 0.98;
    private static final double CLEAN = 0.98;
    /**
     * Indicator F1 of the scans: a floor below what they score (0.971), short of the 0.95 on the
     * whole generated set (0.931 there).
     */
    private static final double SCAN_INDICATORS = 0.96;

    private static CorpusEvaluation evaluation;
    private static Path directory;

    @BeforeAll
    static void evaluate() throws IOException {
        String corpus = System.getProperty("jixiao.corpus");
        assertNotNull(corpus, "system property jixiao.corpus is not set (the build sets it to corpus-samples/)");
        directory = Path.of(corpus, "variations");
        assertTrue(Files.isDirectory(directory), "no directory " + directory);
        evaluation = new CorpusEvaluator(Pipelines.standard(), LoadOptions.DEFAULT, new RecordScorer())
                .evaluate(directory);
        System.out.println(EvaluationReport.table(evaluation, false));
        System.out.println(VariationReport.table(evaluation));
    }

    @Test
    void everyDocumentIsScored() {
        assertEquals(List.of(), evaluation.failures());
        assertTrue(evaluation.documents().size() >= 132, "documents: " + evaluation.documents().size());
    }

    @Test
    void printedAndOfficeFilesMeetTheThresholds() {
        Predicate<DocumentEvaluation> filed = d -> !d.scanned();
        Map<ScoredField, FieldScore> overall = evaluation.overall(filed);
        List<Executable> checks = new ArrayList<>();
        for (ScoredField field : List.of(ScoredField.INDICATORS, ScoredField.INDICATOR_SCORES, ScoredField.FUNDING,
                ScoredField.FUNDING_KINDS, ScoredField.RATES)) {
            checks.add(() -> assertTrue(overall.get(field).f1() >= F1,
                    () -> field.code() + " F1 " + String.format("%.3f", overall.get(field).f1()) + " < " + F1));
        }
        FieldScore findings = overall.get(ScoredField.FINDINGS);
        checks.add(() -> assertTrue(findings.precision() >= FINDINGS_PRECISION, "findings precision " + findings.precision()));
        checks.add(() -> assertTrue(findings.recall() >= FINDINGS_RECALL, "findings recall " + findings.recall()));
        long documents = evaluation.documents().stream().filter(filed).count();
        for (MetadataField field : MetadataField.values()) {
            checks.add(() -> {
                double share = (double) evaluation.exactCount(field, filed) / documents;
                assertTrue(share >= EXACT, () -> field.code() + " exact on " + share + " < " + EXACT);
            });
        }
        assertAll(checks);
    }

    @Test
    void scansMeetTheirThreshold() {
        FieldScore indicators = evaluation.overall(DocumentEvaluation::scanned).get(ScoredField.INDICATORS);
        assertTrue(indicators.support() > 0, "no scans among the samples");
        assertTrue(indicators.f1() >= SCAN_INDICATORS, "scans: indicators F1 " + indicators.f1() + " < " + SCAN_INDICATORS);
    }

    /**
     * The generator's promise that a consistent document holds nothing warning-worthy (scores by the
     * national rule, actual under 120% of target, every class, cost as upper bound): the rules, run on
     * the true record of each consistent document, warn of nothing.
     */
    @Test
    void consistentTruthsDrawNoWarning() throws Exception {
        List<String> warnings = new ArrayList<>();
        for (CorpusEvaluator.Sample sample : CorpusEvaluator.samples(directory)) {
            DocumentRecord truth = CorpusEvaluator.readTruth(sample.truth());
            // a scan shows its PDF's pages: the PDF's truth is checked once, on the PDF
            if (!truth.findings().isEmpty() || !truth.source().ocrPages().isEmpty()) {
                continue;
            }
            SourceDocument document = new AutoDetectLoader().load(sample.document(), LoadOptions.DEFAULT);
            Extraction extraction = new Extraction(truth, new LayoutAnalyzer().analyze(document.pages()));
            RuleEngine.standard().check(extraction).stream()
                    .filter(finding -> finding.severity() == Finding.Severity.WARNING)
                    .forEach(finding -> warnings.add(sample.document().getFileName() + ": " + finding.message()));
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void consistentDocumentsDrawNoFalseAlarms() {
        List<DocumentEvaluation> consistent = evaluation.documents().stream()
                .filter(d -> !d.scanned() && d.score(ScoredField.FINDINGS).support() == 0).toList();
        long clean = consistent.stream().filter(d -> d.score(ScoredField.FINDINGS).falsePositives() == 0).count();
        double share = (double) clean / consistent.size();
        assertTrue(share >= CLEAN, () -> "no finding on " + clean + " of " + consistent.size()
                + " consistent documents (" + share + ") < " + CLEAN);
    }
}
