package org.jixiao.extract.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.jixiao.extract.form.LabelConfig.Field;
import org.jixiao.extract.form.LabelConfig.IndicatorColumn;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.Rate;
import org.junit.jupiter.api.Test;

class LabelClassifierTest {

    private final LabelClassifier labels = LabelClassifier.standard();
    private final LabelConfig config = labels.config();

    @Test
    void normalisesAwayUnitsColonsAndQiZhong() {
        assertEquals("项目资金", LabelClassifier.normalize("项目资金 (元)"));
        assertEquals("中央财政资金", LabelClassifier.normalize("其中:中央财政资金"));
        assertEquals("实施期资金总额", LabelClassifier.normalize("实施期资金总额:"));
        assertEquals("预算执行率", LabelClassifier.normalize("预算执行率(%)"));
        assertEquals("市县(区)财政资金", LabelClassifier.normalize("市县(区)财政资金"));
    }

    @Test
    void recognisesDepartmentLabelVariants() {
        for (String label : new String[] {"主管部门", "主管部门及代码", "申报单位名称", "一级主管部门名称", "项目主管部门",
                "填报单位(盖章)", "预算部门"}) {
            assertEquals(Optional.of(Field.DEPARTMENT), labels.classify(config.fields(), label), label);
        }
        assertEquals(Optional.of(Field.IMPLEMENTING_UNIT), labels.classify(config.fields(), "实施单位(盖章)"));
    }

    @Test
    void aHeaderWithOneOcrSlipIsNearItsVariants() {
        assertEquals(java.util.Set.of(IndicatorColumn.LEVEL1, IndicatorColumn.LEVEL2, IndicatorColumn.LEVEL3, IndicatorColumn.LEVEL4),
                labels.classifyNear(config.indicatorColumns(), "级指标"), "the rank is what was dropped");
        assertEquals(java.util.Set.of(IndicatorColumn.TARGET), labels.classifyNear(config.indicatorColumns(), "指标值."));
        assertEquals(java.util.Set.of(IndicatorColumn.SIGN), labels.classifyNear(config.indicatorColumns(), "计算符"));
        assertTrue(labels.classifyNear(config.indicatorColumns(), "位").isEmpty(), "a two-character variant has no slip");
        assertTrue(labels.classifyNear(config.indicatorColumns(), "预期成效").isEmpty());
        assertTrue(labels.classifyNear(config.indicatorColumns(), "指标值X").isEmpty(), "a letter is no speck");
    }

    @Test
    void aWordInsideAnotherWordIsNoMatch() {
        assertTrue(labels.classify(config.fields(), "子项目名称").isEmpty(), "子项目名称 is no project name");
        assertEquals(Optional.of(Field.PROJECT_NAME), labels.classify(config.fields(), "项目名称"));
    }

    @Test
    void tellsFundingKindsApart() {
        assertEquals(Optional.of(FundingKind.CENTRAL), labels.classify(config.funding(), "其中:中央财政资金"));
        assertEquals(Optional.of(FundingKind.MUNICIPAL), labels.classify(config.funding(), "市县(区)财政资金"));
        assertEquals(Optional.of(FundingKind.ANNUAL), labels.classify(config.funding(), "年度资金总额:"));
        assertEquals(Optional.of(FundingKind.TOTAL), labels.classify(config.funding(), "实施期资金总额"));
        assertEquals(Optional.of(FundingKind.ADJUSTED_BUDGET), labels.classify(config.funding(), "调整后预算"));
        assertEquals(Optional.of(FundingKind.CARRYOVER), labels.classify(config.funding(), "上年结转资金"));
        assertEquals(Optional.of(FundingKind.SELF_RAISED), labels.classify(config.funding(), "单位自筹"));
    }

    @Test
    void aGenericAmountOutweighsAShorterKindInsideIt() {
        assertTrue(labels.classifyAgainst(config.funding(), config.amounts(), "财政资金专款专用数").isEmpty());
        assertEquals(Optional.of(FundingKind.SPENT),
                labels.classifyAgainst(config.funding(), config.amounts(), "资金情况财政资金支出数"));
    }

    @Test
    void recognisesRatesAndIndicatorColumns() {
        assertEquals(Optional.of(Rate.Kind.EXECUTION_RATE), labels.classify(config.rates(), "预算执行率(%)"));
        assertEquals(Optional.of(Rate.Kind.ARRIVAL_RATE), labels.classify(config.rates(), "资金到位率(%)"));
        assertEquals(Optional.of(IndicatorColumn.TARGET), labels.classifyExact(config.indicatorColumns(), "年度指标值"));
        assertEquals(Optional.of(IndicatorColumn.ACTUAL), labels.classifyExact(config.indicatorColumns(), "业绩值"));
        assertEquals(Optional.of(IndicatorColumn.SCORE), labels.classifyExact(config.indicatorColumns(), "评分结果"));
        assertEquals(Optional.of(IndicatorColumn.WEIGHT), labels.classifyExact(config.indicatorColumns(), "权重"));
    }

    @Test
    void aProvinceOwnLabelFileAddsItsVariants(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("labels.tsv");
        java.nio.file.Files.writeString(file, "# a province's forms\nfield\tproject_name\t工程名称|项目名称\n");
        LabelConfig own = LabelConfig.load(file);
        LabelClassifier ownLabels = new LabelClassifier(own, FiscalSegmenter.withVocabulary(own.allVariants()));
        assertEquals(Optional.of(Field.PROJECT_NAME), ownLabels.classify(own.fields(), "工程名称"));
        assertTrue(labels.classify(config.fields(), "工程名称").isEmpty(), "not a variant of the national file");
    }

    @Test
    void aMalformedLabelFileIsRefusedWithItsLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("labels.tsv");
        java.nio.file.Files.writeString(file, "field\tproject_name\n");
        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> LabelConfig.load(file));
        assertTrue(error.getMessage().contains("labels.tsv:1"), error.getMessage());
    }

    @Test
    void theLabelFileReadsIntoTypedSets() {
        assertTrue(config.docTypes().variants().get(DocType.SELF_EVALUATION).contains("自评价报告"));
        assertTrue(config.allVariants().size() > 100);
    }
}
