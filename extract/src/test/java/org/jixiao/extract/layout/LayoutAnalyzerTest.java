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

    /**
     * A score table whose 总分 and 等级 rows fall on the next page: those rows merge the level
     * columns, so the page draws only some of the table's edges, each one of them; the rows continue
     * the table on its own columns.
     */
    @Test
    void aContinuationThatMergesColumnsIsLaidOnTheTablesColumns() {
        Page first = new PageBuilder(1)
                .horizontals(100, 500, 700, 720, 740, 760)
                .verticals(700, 760, 100, 200, 300, 400, 500)
                .text(105, 704, "一级指标").text(205, 704, "三级指标").text(305, 704, "分值").text(405, 704, "得分")
                .text(105, 724, "产出").text(205, 724, "覆盖率").text(305, 724, "50").text(405, 724, "48")
                .text(105, 744, "效益").text(205, 744, "满意度").text(305, 744, "50").text(405, 744, "48")
                .build();
        Page second = new PageBuilder(2)
                .horizontals(100, 500, 60, 80, 100)
                .verticals(60, 100, 100, 400, 500).vline(300, 60, 80)
                .text(105, 64, "总分").text(305, 64, "100").text(405, 64, "96")
                .text(105, 84, "评价等级").text(405, 84, "优")
                .build();
        List<Table> tables = analyzer.analyze(List.of(first, second)).tables();
        assertEquals(1, tables.size());
        Table table = tables.get(0);
        assertEquals(5, table.rowCount());
        assertEquals(4, table.columnCount());
        assertEquals("总分", table.cellAt(3, 0).text());
        assertEquals(2, table.cellAt(3, 0).columnSpan());
        assertEquals("100", table.cellAt(3, 2).text());
        assertEquals("96", table.cellAt(3, 3).text());
        assertEquals("优", table.cellAt(4, 3).text());
        assertEquals(2, table.pageOfRow(4));
    }

    /** A table on the next page whose outer edges differ from the table before is a table of its own. */
    @Test
    void aNarrowerTableOnTheNextPageIsNoContinuation() {
        Page first = new PageBuilder(1)
                .horizontals(100, 500, 700, 720, 740)
                .verticals(700, 740, 100, 200, 300, 400, 500)
                .text(105, 704, "一级指标").text(205, 704, "三级指标").text(305, 704, "分值").text(405, 704, "得分")
                .text(105, 724, "产出").text(205, 724, "覆盖率").text(305, 724, "50").text(405, 724, "48")
                .build();
        Page second = new PageBuilder(2)
                .horizontals(100, 400, 60, 80)
                .verticals(60, 80, 100, 300, 400)
                .text(105, 64, "年初预算").text(305, 64, "100")
                .build();
        assertEquals(2, analyzer.analyze(List.of(first, second)).tables().size());
    }
}
