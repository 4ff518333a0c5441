package org.jixiao.extract.form;

import static org.jixiao.extract.form.HandDrawn.row;
import static org.jixiao.extract.form.HandDrawn.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.extract.model.Indicator;
import org.junit.jupiter.api.Test;

class IndicatorTableReaderTest {

    private final IndicatorTableReader reader = new IndicatorTableReader(LabelClassifier.standard());

    private List<Indicator> indicators(String[]... rows) {
        return reader.read(table(1, rows), 0).rows().stream().map(IndicatorTableReader.Row::indicator).toList();
    }

    @Test
    void aHeaderOverTwoRowsJoinsSignValueAndUnitIntoTheTarget() {
        List<Indicator> rows = indicators(
                row("一级指标", "二级指标", "三级指标", "指标值", "<", "<"),
                row("^", "^", "^", "计算符号", "数值", "单位"),
                row("产出指标", "数量指标", "参保人数", "≥", "23", "万人"),
                row("^", "质量指标", "系统正常运行率", "≥", "98", "%"));
        assertEquals(2, rows.size());
        assertEquals("≥23万人", rows.get(0).target());
        assertEquals("产出指标", rows.get(1).level1());
        assertEquals("质量指标", rows.get(1).level2());
        assertEquals("系统正常运行率", rows.get(1).level3());
        assertEquals("≥98%", rows.get(1).target());
    }

    @Test
    void aNumberColumnBesideAHeaderOverTwoRowsIsNoLevel() {
        List<Indicator> rows = indicators(
                row("序号", "一级指标", "二级指标", "三级指标", "指标值(2020年)", "<", "<"),
                row("^", "^", "^", "^", "指标性质", "数值", "单位"),
                row("1", "产出指标", "数量指标", "改造农村危房户数", "≥", "22", "户"),
                row("2", "^", "^", "更换路灯数量", "≥", "2078", "盏"));
        assertEquals(List.of("≥22户", "≥2078盏"), rows.stream().map(Indicator::target).toList());
        assertEquals("产出指标", rows.get(1).level1());
    }

    @Test
    void subtotalsTemplateRowsAndRemarksAreNotIndicators() {
        List<Indicator> rows = indicators(
                row("一级指标", "二级指标", "三级指标", "分值", "指标值"),
                row("产出指标", "数量指标", "检查定点医药机构数量", "10", "≥1050家"),
                row("^", "小计", "<", "10", ""),
                row("效益指标", "社会效益指标", "不适用", "", "不适用"),
                row("需要说明的其它问题", "<", "<", "<", "无"));
        assertEquals(List.of("检查定点医药机构数量"), rows.stream().map(Indicator::level3).toList());
        assertEquals("10", rows.get(0).weight());
    }

    @Test
    void periodQualifiedColumnsGiveOneIndicatorPerPeriod() {
        List<Indicator> rows = indicators(
                row("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"),
                row("产出指标", "数量指标", "改造老旧小区数量", "≥60个", "≥16个"));
        assertEquals(2, rows.size());
        assertEquals(List.of("≥60个", "≥16个"), rows.stream().map(Indicator::target).toList());
        assertTrue(rows.stream().allMatch(i -> i.period() != null), rows.toString());
        assertTrue(rows.get(0).period() != rows.get(1).period());
    }

    @Test
    void aFormFieldRowClosesTheIndicatorTable() {
        List<Indicator> rows = indicators(
                row("一级指标", "二级指标", "三级指标", "指标值"),
                row("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥87%"),
                row("项目名称", "医疗救助资金", "<", "<"),
                row("产出指标", "数量指标", "医疗救助人次", "≥3708人次"));
        assertEquals(List.of("参保群众满意度"), rows.stream().map(Indicator::level3).toList());
    }
}
