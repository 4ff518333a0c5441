package org.jixiao.extract.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The acceptance thresholds of the extractor on the shared samples (issues 2 and 3): micro-averaged
 * F1 over the born-digital samples and over the scanned ones, and metadata exact on every sample.
 * {@code jixiao eval corpus-samples --verbose} shows what is missing.
 */
class CorpusThresholdsTest {

    /**
     * @param rateF1 null where the threshold does not apply
     * @param exact  the metadata every sample of the kind must have exactly right
     */
    private record Thresholds(double indicatorF1, double fundingF1, Double rateF1, Set<MetadataField> exact) {
    }

    private static final Thresholds BORN_DIGITAL = new Thresholds(0.98, 0.98, 0.98, EnumSet.allOf(MetadataField.class));
    private static final Thresholds SCANNED = new Thresholds(0.93, 0.97, null,
            EnumSet.of(MetadataField.DOC_TYPE, MetadataField.PROVINCE, MetadataField.CITY, MetadataField.FISCAL_YEAR));

    @Test
    void everySampleIsScored() {
        CorpusEvaluation evaluation = CorpusRun.evaluation();
        assertEquals(List.of(), evaluation.failures());
        assertFalse(evaluation.documents().isEmpty());
    }

    @Test
    void bornDigitalSamplesMeetTheirThresholds() {
        assertThresholds(d -> !d.scanned(), BORN_DIGITAL);
    }

    @Test
    void scannedSamplesMeetTheirThresholds() {
        assertThresholds(DocumentEvaluation::scanned, SCANNED);
    }

    private static void assertThresholds(Predicate<DocumentEvaluation> kind, Thresholds thresholds) {
        CorpusEvaluation evaluation = CorpusRun.evaluation();
        assertTrue(evaluation.documents().stream().anyMatch(kind), "no such samples in " + evaluation.directory());
        Map<ScoredField, FieldScore> overall = evaluation.overall(kind);
        List<Executable> checks = new ArrayList<>();
        checks.add(atLeast(overall, ScoredField.INDICATORS, thresholds.indicatorF1()));
        checks.add(atLeast(overall, ScoredField.FUNDING, thresholds.fundingF1()));
        if (thresholds.rateF1() != null) {
            checks.add(atLeast(overall, ScoredField.RATES, thresholds.rateF1()));
        }
        evaluation.documents().stream().filter(kind).forEach(document -> thresholds.exact().forEach(field ->
                checks.add(() -> assertTrue(document.exact(field), () -> document.document() + " " + field.code()
                        + ": expected " + document.metadata().get(field).expected()
                        + ", found " + document.metadata().get(field).found()))));
        assertAll(checks);
    }

    private static Executable atLeast(Map<ScoredField, FieldScore> overall, ScoredField field, double threshold) {
        FieldScore score = overall.get(field);
        return () -> assertTrue(score.f1() >= threshold, () -> field.code() + " F1 " + EvaluationReport.ratio(score.f1())
                + " < " + threshold + " (" + score + ")");
    }
}
