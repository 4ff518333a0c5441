package org.jixiao.extract.eval;

import static org.jixiao.extract.eval.Records.document;
import static org.jixiao.extract.eval.Records.funding;
import static org.jixiao.extract.eval.Records.indicator;
import static org.jixiao.extract.eval.Records.project;
import static org.jixiao.extract.eval.Records.scored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.RecordJson;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {

    private static final DocumentRecord TRUTH = document(List.of(project("智慧医保", "苏州市医疗保障局",
            List.of(funding(FundingKind.BUDGET, "4240000.00"), funding(FundingKind.SPENT, "1316006.97")), List.of(),
            List.of(), List.of(indicator("产出指标", "数量指标", "国家编码落地数量", "=15套"),
                    indicator("产出指标", "数量指标", "统筹区覆盖量", "=7个"),
                    scored("系统正常运行率", "≥95%", "5", "5")))), List.of());

    private static final DocumentRecord EXTRACTED = document(List.of(project("智慧医保", "苏州市医疗保障局",
            List.of(funding(FundingKind.TOTAL, "4240000.00")), List.of(),
            List.of(), List.of(indicator("产出指标", "数量指标", "国家编码落地数量", "=15 套"),
                    indicator("产出指标", "数量指标", "统筹区覆盖量", "=7"),
                    scored("系统正常运行率", "≥95%", "5", "4")))), List.of());

    private static CorpusEvaluation evaluation() {
        return new CorpusEvaluation("corpus", List.of(new RecordScorer().score("suzhou.pdf", TRUTH, EXTRACTED)), List.of(
                new EvaluationFailure("broken.pdf", "broken.pdf: not a PDF")));
    }

    @Test
    void theTableHasOneLinePerDocumentAndTheOverallScores() {
        String table = EvaluationReport.table(evaluation(), false);
        assertTrue(table.contains("1 sample (1 born-digital, 0 scanned), 1 failed"), table);
        assertTrue(table.lines().anyMatch(line -> line.startsWith("suzhou.pdf") && line.contains("0.667")), table);
        assertTrue(table.contains("overall, born-digital (1 document)"), table);
        assertTrue(table.lines().anyMatch(line -> line.trim().startsWith("indicators") && line.contains("0.667")), table);
        assertFalse(table.contains("overall, scanned"), table);
        assertTrue(table.contains("broken.pdf: not a PDF"), table);
        assertFalse(table.contains("mismatches"), table);
    }

    @Test
    void theDiffPairsANearMissWithWhatItMissed() {
        String diff = EvaluationReport.table(evaluation(), true);
        List<String> lines = diff.lines().map(String::trim).toList();
        int missing = lines.indexOf("- 产出指标 › 数量指标 › 统筹区覆盖量  target =7个  p.3");
        assertTrue(missing >= 0, diff);
        assertEquals("+ 产出指标 › 数量指标 › 统筹区覆盖量  target =7  p.3", lines.get(missing + 1), diff);
        assertTrue(lines.contains("- 1316006.97  spent  spent  p.1"), diff);
    }

    @Test
    void theDiffShowsADifferingScoreOrKindOnlyWhereTheCoarserKeyMatched() {
        String diff = EvaluationReport.table(evaluation(), true);
        assertTrue(diff.contains("indicator_scores: 1 missing, 1 spurious"), diff);
        assertTrue(diff.contains("- 产出指标 › 系统正常运行率  target ≥95%  weight 5  score 5  p.3"), diff);
        assertTrue(diff.contains("+ 产出指标 › 系统正常运行率  target ≥95%  weight 5  score 4  p.3"), diff);
        assertFalse(diff.contains("统筹区覆盖量  target =7个  weight"), diff);
        assertTrue(diff.contains("funding_kinds: 1 missing, 1 spurious"), diff);
        assertTrue(diff.contains("- 4240000.00  budget"), diff);
        assertTrue(diff.contains("+ 4240000.00  total"), diff);
    }

    @Test
    void theJsonCarriesScoresMetadataMismatchesAndFailures() throws Exception {
        JsonNode json = RecordJson.mapper().readTree(EvaluationJson.render(evaluation()));
        JsonNode document = json.get("documents").get(0);
        assertEquals("suzhou.pdf", document.get("document").asText());
        assertEquals(1, document.get("scores").get("indicators").get("fn").asInt());
        assertTrue(document.get("metadata").get("doc_type").get("exact").asBoolean());
        assertTrue(document.get("mismatches").size() > 0);
        assertEquals(2.0 / 3, json.get("overall").get("all").get("scores").get("indicators").get("f1").asDouble(), 1e-9);
        assertEquals(0, json.get("overall").get("scanned").get("documents").asInt());
        assertEquals("broken.pdf", json.get("failures").get(0).get("file").asText());
    }
}
