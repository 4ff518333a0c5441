package org.jixiao.extract.eval;

import static org.jixiao.extract.eval.Records.document;
import static org.jixiao.extract.eval.Records.finding;
import static org.jixiao.extract.eval.Records.funding;
import static org.jixiao.extract.eval.Records.inPeriod;
import static org.jixiao.extract.eval.Records.indicator;
import static org.jixiao.extract.eval.Records.project;
import static org.jixiao.extract.eval.Records.projectWithIndicators;
import static org.jixiao.extract.eval.Records.rate;
import static org.jixiao.extract.eval.Records.scored;
import static org.jixiao.extract.eval.Records.subItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Finding.Severity;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.Indicator.Period;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Rate;
import org.jixiao.extract.model.Region;
import org.junit.jupiter.api.Test;

class RecordScorerTest {

    private final RecordScorer scorer = new RecordScorer();

    private static final ProjectRecord PROJECT = project("“智慧医保”信息平台建设", "苏州市医疗保障局",
            List.of(funding(FundingKind.TOTAL, "20323800.00"), funding(FundingKind.FISCAL, "0.00")),
            List.of(rate(Rate.Kind.EXECUTION_RATE, "99.81")),
            List.of(subItem("数据中心建设", "1400000.00")),
            List.of(indicator("产出指标", "数量指标", "国家编码落地数量", "=15套"),
                    indicator("产出指标", "质量指标", "整体验收合格率", "=100%"),
                    indicator("满意度指标", "服务对象满意度指标", "平台用户使用满意度", "≥90%")));

    private DocumentEvaluation score(DocumentRecord truth, DocumentRecord extracted) {
        return scorer.score("sample.pdf", truth, extracted);
    }

    private static DocumentRecord withProject(ProjectRecord project) {
        return document(List.of(project), List.of());
    }

    @Test
    void aRecordMatchesItselfPerfectly() {
        DocumentRecord record = document(List.of(PROJECT), List.of(finding("sum_mismatch", Severity.ERROR, 2)));
        DocumentEvaluation evaluation = score(record, record);
        for (ScoredField field : ScoredField.values()) {
            assertEquals(1.0, evaluation.score(field).f1(), field.code());
        }
        for (MetadataField field : MetadataField.values()) {
            assertTrue(evaluation.exact(field), field.code());
        }
        assertEquals(List.of(), evaluation.mismatches());
        assertEquals(new FieldScore(3, 0, 0), evaluation.score(ScoredField.INDICATORS));
    }

    @Test
    void aTargetPrintedWithALookAlikeSignMatchesTheSignAsRead() {
        DocumentRecord truth = withProject(projectWithIndicators("项目", indicator("产出", "成本", "活动举办成本", "≦20万元/场")));
        DocumentRecord extracted = withProject(projectWithIndicators("项目", indicator("产出", "成本", "活动举办成本", "≤20万元/场")));
        assertEquals(new FieldScore(1, 0, 0), score(truth, extracted).score(ScoredField.INDICATORS));
        DocumentRecord otherSign = withProject(projectWithIndicators("项目", indicator("产出", "成本", "活动举办成本", "≥20万元/场")));
        assertEquals(new FieldScore(0, 1, 1), score(truth, otherSign).score(ScoredField.INDICATORS));
    }

    @Test
    void aMissingRowCostsRecallAndIsListed() {
        ProjectRecord partial = projectWithIndicators(PROJECT.name(), PROJECT.indicators().get(0), PROJECT.indicators().get(2));
        DocumentEvaluation evaluation = score(withProject(projectWithIndicators(PROJECT.name(),
                PROJECT.indicators().toArray(Indicator[]::new))), withProject(partial));
        assertEquals(new FieldScore(2, 0, 1), evaluation.score(ScoredField.INDICATORS));
        Mismatch mismatch = evaluation.mismatches().stream()
                .filter(m -> m.field() == ScoredField.INDICATORS).findFirst().orElseThrow();
        assertEquals(Mismatch.Kind.MISSING, mismatch.kind());
        assertEquals(PROJECT.name(), mismatch.project());
        assertTrue(mismatch.item().contains("整体验收合格率") && mismatch.item().contains("=100%"), mismatch.item());
    }

    @Test
    void aWrongKindKeepsTheAmountButLosesTheKindScore() {
        ProjectRecord truth = project("项目", null, List.of(funding(FundingKind.BUDGET, "4240000.00")),
                List.of(), List.of(), List.of());
        ProjectRecord extracted = project("项目", null, List.of(funding(FundingKind.SPENT, "4240000.00")),
                List.of(), List.of(), List.of());
        DocumentEvaluation evaluation = score(withProject(truth), withProject(extracted));
        assertEquals(new FieldScore(1, 0, 0), evaluation.score(ScoredField.FUNDING));
        assertEquals(new FieldScore(0, 1, 1), evaluation.score(ScoredField.FUNDING_KINDS));
    }

    @Test
    void aFigureCountsOnceWhereverItIsFiled() {
        ProjectRecord truth = project("项目", null, List.of(funding(FundingKind.BUDGET, "1400000.00")),
                List.of(), List.of(subItem("数据中心建设", "1400000.00")), List.of());
        ProjectRecord extracted = project("项目", null, List.of(), List.of(),
                List.of(subItem("数据中心建设", "1400000")), List.of());
        assertEquals(new FieldScore(1, 0, 0), score(withProject(truth), withProject(extracted)).score(ScoredField.FUNDING));
    }

    @Test
    void amountsAndRatesCompareByValue() {
        ProjectRecord truth = project("项目", null, List.of(funding(FundingKind.OTHER, "0.00")),
                List.of(rate(Rate.Kind.ARRIVAL_RATE, "100")), List.of(), List.of());
        ProjectRecord extracted = project("项目", null, List.of(funding(FundingKind.OTHER, "0")),
                List.of(rate(Rate.Kind.ARRIVAL_RATE, "100.00")), List.of(), List.of());
        DocumentEvaluation evaluation = score(withProject(truth), withProject(extracted));
        assertEquals(new FieldScore(1, 0, 0), evaluation.score(ScoredField.FUNDING_KINDS));
        assertEquals(new FieldScore(1, 0, 0), evaluation.score(ScoredField.RATES));
    }

    @Test
    void aRateOfAnotherKindIsNotTheSameRate() {
        ProjectRecord truth = project("项目", null, List.of(), List.of(rate(Rate.Kind.EXECUTION_RATE, "31.04")),
                List.of(), List.of());
        ProjectRecord extracted = project("项目", null, List.of(), List.of(rate(Rate.Kind.SPEND_RATE, "31.04")),
                List.of(), List.of());
        assertEquals(new FieldScore(0, 1, 1), score(withProject(truth), withProject(extracted)).score(ScoredField.RATES));
    }

    @Test
    void aLeadingIndicatorCodeIsIgnored() {
        DocumentEvaluation evaluation = score(
                withProject(projectWithIndicators("项目", indicator("C项目绩效", "C1项目产出", "C11项目完成情况", null))),
                withProject(projectWithIndicators("项目", indicator("项目绩效", "项目产出", "项目完成情况", null))));
        assertEquals(new FieldScore(1, 0, 0), evaluation.score(ScoredField.INDICATORS));
    }

    @Test
    void theDeepestNamedLevelIsMatchedWhicheverLevelItSitsIn() {
        DocumentEvaluation evaluation = score(
                withProject(projectWithIndicators("项目", indicator("投入", null, "预算执行率", "100%"))),
                withProject(projectWithIndicators("项目", indicator("投入", "预算执行率", null, "100%"))));
        assertEquals(new FieldScore(1, 0, 0), evaluation.score(ScoredField.INDICATORS));
    }

    @Test
    void whitespaceAndCompatibilityFormsAreNormalisedAway() {
        DocumentEvaluation evaluation = score(
                withProject(projectWithIndicators("医保 服务点", indicator("产出目标", null, "智能审核 监控模块", "≥6 次"),
                        indicator("产出目标", null, "整体验收合格率", "=100%"))),
                withProject(projectWithIndicators("医保服务点", indicator("产出目标", null, "智能审核监控模块", "≥6次"),
                        indicator("产出目标", null, "整体验收合格率", "＝１００％"))));
        assertEquals(new FieldScore(2, 0, 0), evaluation.score(ScoredField.INDICATORS));
        assertTrue(evaluation.exact(MetadataField.PROJECT_NAMES));
    }

    @Test
    void targetsCompareAsTextNotAsMeaning() {
        DocumentEvaluation evaluation = score(
                withProject(projectWithIndicators("项目", indicator("产出指标", "数量指标", "招聘人员完成率", ">=90%"))),
                withProject(projectWithIndicators("项目", indicator("产出指标", "数量指标", "招聘人员完成率", "≥90%"))));
        assertEquals(new FieldScore(0, 1, 1), evaluation.score(ScoredField.INDICATORS));
    }

    @Test
    void thePeriodTellsTwinRowsApart() {
        DocumentEvaluation evaluation = score(
                withProject(projectWithIndicators("项目", inPeriod("奖励人数", "≥1人", Period.IMPLEMENTATION),
                        inPeriod("奖励人数", "≥1人", Period.ANNUAL))),
                withProject(projectWithIndicators("项目", inPeriod("奖励人数", "≥1人", Period.ANNUAL),
                        inPeriod("奖励人数", "≥1人", Period.ANNUAL))));
        assertEquals(new FieldScore(1, 1, 1), evaluation.score(ScoredField.INDICATORS));
    }

    @Test
    void identicalRowsCountTwice() {
        Indicator row = indicator("产出指标", "数量指标", "培训次数", "≥2次");
        DocumentEvaluation evaluation = score(withProject(projectWithIndicators("项目", row, row)),
                withProject(projectWithIndicators("项目", row)));
        assertEquals(new FieldScore(1, 0, 1), evaluation.score(ScoredField.INDICATORS));
    }

    @Test
    void weightAndScoreCountInTheSecondIndicatorScoreOnly() {
        DocumentEvaluation evaluation = score(
                withProject(projectWithIndicators("项目", scored("预算执行率", null, "10", "3.10"),
                        scored("系统正常运行率", "≥95%", "5", "5"))),
                withProject(projectWithIndicators("项目", scored("预算执行率", null, "10.0", "3.1"),
                        scored("系统正常运行率", "≥95%", "5", "4"))));
        assertEquals(new FieldScore(2, 0, 0), evaluation.score(ScoredField.INDICATORS));
        assertEquals(new FieldScore(1, 1, 1), evaluation.score(ScoredField.INDICATOR_SCORES));
    }

    @Test
    void aWrongProjectNameCostsItsKeysAndTheNameList() {
        ProjectRecord renamed = project("智慧医保", PROJECT.department(), PROJECT.funding(), PROJECT.rates(),
                PROJECT.subItems(), PROJECT.indicators());
        DocumentEvaluation evaluation = score(withProject(PROJECT), withProject(renamed));
        assertEquals(0.0, evaluation.score(ScoredField.INDICATORS).f1());
        assertEquals(0.0, evaluation.score(ScoredField.FUNDING).f1());
        assertEquals(0.0, evaluation.score(ScoredField.RATES).f1());
        assertFalse(evaluation.exact(MetadataField.PROJECT_NAMES));
        assertTrue(evaluation.exact(MetadataField.DEPARTMENTS));
        assertEquals(List.of(PROJECT.name()), evaluation.projectsNotExtracted());
        assertEquals(List.of("智慧医保"), evaluation.projectsNotInTruth());
    }

    @Test
    void projectOrderDoesNotMatter() {
        ProjectRecord other = projectWithIndicators("医保服务点日常经费补贴");
        DocumentEvaluation evaluation = score(document(List.of(PROJECT, other), List.of()),
                document(List.of(other, PROJECT), List.of()));
        assertTrue(evaluation.exact(MetadataField.PROJECT_NAMES));
        assertTrue(evaluation.exact(MetadataField.DEPARTMENTS));
    }

    @Test
    void onlyArithmeticFindingsAreScoredOnRuleAndPage() {
        DocumentRecord truth = document(List.of(), List.of(finding("score_sum", Severity.ERROR, 23),
                finding("score_sum", Severity.ERROR, 23)));
        DocumentRecord extracted = document(List.of(), List.of(finding("score_sum", Severity.ERROR, 23),
                finding("score_sum", Severity.ERROR, 24), finding("missing_field", Severity.WARNING, 1)));
        assertEquals(new FieldScore(1, 1, 1), score(truth, extracted).score(ScoredField.FINDINGS));
    }

    @Test
    void metadataIsExactOrNot() {
        DocumentRecord truth = document(DocType.TARGET_DECLARATION, new Region("上海市", "上海市", null), 2021,
                List.of(), List.of());
        DocumentRecord extracted = document(DocType.UNKNOWN, new Region("上海市", null, "普陀区"), 2021,
                List.of(), List.of());
        DocumentEvaluation evaluation = score(truth, extracted);
        assertFalse(evaluation.exact(MetadataField.DOC_TYPE));
        assertEquals(new MetadataCheck("target_declaration", "unknown", false), evaluation.metadata().get(MetadataField.DOC_TYPE));
        assertTrue(evaluation.exact(MetadataField.PROVINCE));
        assertFalse(evaluation.exact(MetadataField.CITY));
        assertTrue(evaluation.exact(MetadataField.FISCAL_YEAR));
    }

    @Test
    void aScanIsToldByItsTruthsOcrPages() {
        DocumentRecord scan = new DocumentRecord(new org.jixiao.extract.model.Source("x.scan.pdf", "0", 2, List.of(1, 2)),
                DocType.UNKNOWN, Region.UNKNOWN, null, List.of(), List.of());
        assertTrue(score(scan, scan).scanned());
        DocumentRecord bornDigital = document(List.of(), List.of());
        assertFalse(score(bornDigital, bornDigital).scanned());
    }
}
