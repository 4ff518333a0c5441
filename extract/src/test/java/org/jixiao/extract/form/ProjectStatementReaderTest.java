package org.jixiao.extract.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jixiao.extract.layout.TextLine;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.ingest.Box;
import org.junit.jupiter.api.Test;

class ProjectStatementReaderTest {

    private static List<TextLine> lines(String... texts) {
        return Arrays.stream(texts).map(t -> new TextLine(3, new Box(0, 0, 1, 1), t)).toList();
    }

    @Test
    void aDisclosureStatesOneProjectPerHeadingWithItsBudgetAndImplementer() {
        List<ProjectRecord> projects = new ProjectStatementReader().read(lines(
                "社区养老服务补贴项目经费情况说明",
                "一、项目概述", "为辖区老年人提供养老服务补贴。",
                "二、实施主体", "上海市普陀区民政局",
                "三、年度预算安排", "2023年度预算安排 356.80 万元。",
                "垃圾分类宣传项目经费情况说明",
                "一、年度预算安排", "1,200,000.00元"), "上海市普陀区民政局");
        assertEquals(List.of("社区养老服务补贴项目", "垃圾分类宣传项目"), projects.stream().map(ProjectRecord::name).toList());
        assertEquals("上海市普陀区民政局", projects.get(0).implementingUnit());
        assertEquals(FundingKind.ANNUAL, projects.get(0).funding().get(0).kind());
        assertEquals(0, new BigDecimal("3568000").compareTo(projects.get(0).funding().get(0).amountYuan()));
        assertEquals(0, new BigDecimal("1200000").compareTo(projects.get(1).funding().get(0).amountYuan()));
        assertNull(projects.get(1).implementingUnit());
    }

    @Test
    void aNumberedHeadingIsASectionNotAProject() {
        assertEquals(List.of(), new ProjectStatementReader().read(lines("三、项目经费情况说明", "一、年度预算安排", "10万元"), null));
    }
}
