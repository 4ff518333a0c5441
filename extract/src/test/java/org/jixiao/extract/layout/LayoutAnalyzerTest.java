package org.jixiao.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jixiao.ingest.Page;
import org.junit.jupiter.api.Test;

class LayoutAnalyzerTest {

    private final LayoutAnalyzer analyzer = new LayoutAnalyzer();

    /** A two-column table: header row, then rows of the given texts. */
    private static PageBuilder table(int number, float top, boolean header, boolean closedBottom, String... rows) {
        PageBuilder page = new PageBuilder(number);
        float y = top;
        int count = rows.length / 2 + (header ? 1 : 0);
        float bottom = top + 20 * count;
        page.verticals(top, bottom, 100, 250, 400);
        page.hline(top, 100, 400);
        if (header) {
            page.text(105, y + 4, "指标名称").text(255, y + 4, "指标值");
            y += 20;
            page.hline(y, 100, 400);
        }
        for (int i = 0; i < rows.length; i += 2) {
            page.text(105, y + 4, rows[i]).text(255, y + 4, rows[i + 1]);
            y += 20;
            if (y < bottom || closedBottom) {
                page.hline(y, 100, 400);
            }
        }
        return page;
    }

    @Test
    void joinsATableContinuedOnTheNextPageAndDropsTheRepeatedHeader() {
        Page first = table(1, 600, true, true, "覆盖率", "≥95%", "及时率", "100%").text(100, 560, "绩效目标表").build();
        Page second = table(2, 60, true, true, "满意度", "≥90%").text(290, 760, "2").build();
        DocumentLayout layout = analyzer.analyze(List.of(first, second));
        assertEquals(1, layout.tables().size());
        Table table = layout.tables().get(0);
        assertEquals(4, table.rowCount());
        assertEquals(List.of("满意度", "≥90%"), table.rowTexts(3));
        assertEquals(2, table.pageOfRow(3));
        assertEquals(List.of("绩效目标表", "2"), layout.lines().stream().map(TextLine::text).toList());
    }

    @Test
    void aPageNumberAScanReadWithADotStandsNotBetweenTheTableAndItsContinuation() {
        Page first = table(1, 600, true, true, "覆盖率", "≥95%").text(290, 780, "1.").build();
        Page second = table(2, 60, false, true, "满意度", "≥90%").text(290, 780, "·2·").build();
        assertEquals(1, analyzer.analyze(List.of(first, second)).tables().size());
    }

    @Test
    void keepsTablesApartWhenTextStandsBetweenThem() {
        Page first = table(1, 600, true, true, "覆盖率", "≥95%").build();
        Page second = table(2, 100, true, true, "满意度", "≥90%").text(100, 60, "二、资金使用情况").build();
        assertEquals(2, analyzer.analyze(List.of(first, second)).tables().size());
    }

    @Test
    void aCellCutByThePageBreakBecomesOneCell() {
        // the first column's cell is left open at the bottom of page 1 and at the top of page 2
        Page first = new PageBuilder(1)
                .hline(700, 100, 400).hline(720, 100, 400).hline(740, 250, 400)
                .verticals(700, 760, 100, 250, 400)
                .text(105, 704, "类别").text(255, 704, "指标").text(255, 724, "覆盖率").text(255, 744, "及时率")
                .build();
        Page second = new PageBuilder(2)
                .hline(60, 250, 400).hline(80, 100, 400)
                .verticals(40, 80, 100, 250, 400)
                .text(105, 50, "产出").text(255, 44, "满意度").text(255, 64, "知晓率")
                .build();
        Table table = analyzer.analyze(List.of(first, second)).tables().get(0);
        assertEquals(5, table.rowCount());
        Cell cut = table.cellAt(1, 0);
        assertEquals("产出", cut.text());
        assertEquals(4, cut.rowSpan());
        assertEquals(cut, table.cellAt(4, 0));
    }
}
