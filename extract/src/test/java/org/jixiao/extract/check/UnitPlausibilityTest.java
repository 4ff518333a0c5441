package org.jixiao.extract.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.extract.Pipeline;
import org.jixiao.extract.PerformanceExtractor;
import org.jixiao.extract.layout.PageBuilder;
import org.jixiao.extract.model.Finding;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.SourceDocument;
import org.junit.jupiter.api.Test;

/** A form headed 万元 but filled in 元: its amount is 10,000 times what its own cost target says. */
class UnitPlausibilityTest {

    private static List<Finding> unitFindings(String amount, String costTarget) {
        return unitFindings(List.of(form(1, "社区食堂运营", amount, costTarget)));
    }

    /** One 申报表 on a page: its amount headed 万元, and a cost target. */
    private static Page form(int number, String project, String amount, String costTarget) {
        return new PageBuilder(number).text(100, 60, "二级项目支出绩效目标申报表")
                .horizontals(100, 500, 100, 120, 140, 160, 180).verticals(100, 180, 100, 220, 320, 420, 500)
                .text(105, 104, "项目名称").text(225, 104, project)
                .text(105, 124, "项目总金额(万元)").text(225, 124, amount)
                .text(105, 144, "一级指标").text(225, 144, "二级指标").text(325, 144, "三级指标").text(425, 144, "目标值")
                .text(105, 164, "产出").text(225, 164, "成本").text(325, 164, "食堂日杂用品").text(425, 164, costTarget)
                .build();
    }

    private static List<Finding> unitFindings(List<Page> pages) {
        Pipeline pipeline = new Pipeline((file, options) -> null, new PerformanceExtractor(), RuleEngine.standard());
        return pipeline.process(new SourceDocument(Path.of("form.xlsx"), "0".repeat(64), "application/pdf",
                pages)).record().findings().stream().filter(f -> f.rule().equals("unit_plausibility")).toList();
    }

    @Test
    void anAmountTenThousandTimesTheFormsOwnStatementIsFlagged() {
        List<Finding> findings = unitFindings("3000", "不超过0.3万元");
        assertEquals(1, findings.size());
        assertEquals("3000.00", findings.get(0).expected().replace(",", ""));
    }

    @Test
    void anAmountTheFormStatesAlikeIsNot() {
        assertEquals(List.of(), unitFindings("3000", "不超过3000万元"));
        assertEquals(List.of(), unitFindings("0.3", "不超过0.3万元"));
    }

    @Test
    void formsWithNothingToTellAreHeldToTheHabitTheirSiblingsShow() {
        List<Finding> findings = unitFindings(List.of(
                form(1, "社区食堂运营", "3000", "不超过0.3万元"),
                form(2, "长者助餐服务", "5000", "不超过0.5万元"),
                form(3, "社区图书室运营", "8000", "≥95%"),
                form(4, "社区网格巡查", "6000", "≤6000万元")));
        assertEquals(List.of("社区食堂运营", "长者助餐服务", "社区图书室运营"), findings.stream().map(Finding::project).toList(), findings.toString());
        Finding sibling = findings.get(2);
        assertEquals("8000.00", sibling.expected().replace(",", ""), "the amount read as 元");
        assertTrue(sibling.message().contains("第 2 页“长者助餐服务”"), sibling.message());
    }

    @Test
    void oneFormShowingItIsNoHabit() {
        List<Finding> findings = unitFindings(List.of(
                form(1, "社区食堂运营", "3000", "不超过0.3万元"),
                form(2, "社区图书室运营", "8000", "≥95%")));
        assertEquals(List.of("社区食堂运营"), findings.stream().map(Finding::project).toList());
    }
}
