package org.jixiao.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jixiao.ingest.Page;
import org.junit.jupiter.api.Test;

class StreamTableFinderTest {

    private final LayoutAnalyzer analyzer = new LayoutAnalyzer();

    @Test
    void alignedTextWithoutLinesIsATable() {
        Page page = new PageBuilder(1)
                .text(100, 80, "三、绩效指标")
                .text(100, 100, "指标名称").text(300, 100, "指标值")
                .text(100, 115, "参保人群覆盖率").text(300, 115, "≥95%")
                .text(100, 130, "网办率").text(300, 130, "=90%")
                .text(100, 145, "培训机制").text(300, 145, "健全")
                .text(100, 175, "四、其他说明,无。")
                .build();
        DocumentLayout layout = analyzer.analyze(List.of(page));
        assertEquals(1, layout.tables().size());
        Table table = layout.tables().get(0);
        assertEquals(4, table.rowCount());
        assertEquals(List.of("网办率", "=90%"), table.rowTexts(2));
        assertEquals(List.of("三、绩效指标", "四、其他说明,无。"), layout.lines().stream().map(TextLine::text).toList());
    }

    @Test
    void aWrappedCellContinuesItsRow() {
        Page page = new PageBuilder(1)
                .text(100, 100, "指标名称").text(300, 100, "指标值")
                .text(100, 115, "对规范经办业务").text(300, 115, "成效明显")
                .text(100, 126, "行为的作用")
                .text(100, 141, "满意度").text(300, 141, "≥90%")
                .build();
        Table table = analyzer.analyze(List.of(page)).tables().get(0);
        assertEquals(3, table.rowCount());
        assertEquals(List.of("对规范经办业务行为的作用", "成效明显"), table.rowTexts(1));
    }

    @Test
    void runningTextIsNoTable() {
        Page page = new PageBuilder(1)
                .text(100, 100, "本项目为经常性项目,从项目实施以来,")
                .text(100, 115, "在保障系统安全运行方面取得了良好的")
                .text(100, 130, "效果。本项目受益人群涵盖全部参保人员。")
                .build();
        DocumentLayout layout = analyzer.analyze(List.of(page));
        assertEquals(0, layout.tables().size());
        assertEquals(3, layout.lines().size());
    }
}
