package org.jixiao.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.ingest.Page;
import org.junit.jupiter.api.Test;

class LatticeTableExtractorTest {

    private final LatticeTableExtractor extractor = new LatticeTableExtractor();

    @Test
    void rebuildsAPlainGridWithTextInItsCells() {
        Page page = new PageBuilder(1)
                .horizontals(100, 400, 100, 120, 140)
                .verticals(100, 140, 100, 250, 400)
                .text(105, 104, "项目名称").text(255, 104, "信息平台建设")
                .text(105, 124, "主管部门").text(255, 124, "苏州市医疗保障局")
                .build();
        List<Table> tables = extractor.extract(page);
        assertEquals(1, tables.size());
        Table table = tables.get(0);
        assertEquals(2, table.rowCount());
        assertEquals(2, table.columnCount());
        assertEquals(List.of("项目名称", "信息平台建设"), table.rowTexts(0));
        assertEquals(List.of("主管部门", "苏州市医疗保障局"), table.rowTexts(1));
    }

    @Test
    void aFragmentOfARulingThatBordersNoCellMakesNoRowOrColumn() {
        // a scan's streak inside the lower right cell, joined to its right border
        Page page = new PageBuilder(1)
                .horizontals(100, 400, 100, 120, 140).hline(130, 380, 400)
                .verticals(100, 140, 100, 250, 400)
                .text(105, 104, "项目名称").text(255, 104, "信息平台建设")
                .text(105, 124, "主管部门").text(255, 124, "苏州市医疗保障局")
                .build();
        Table table = extractor.extract(page).get(0);
        assertEquals(2, table.rowCount());
        assertEquals(2, table.columnCount());
        assertEquals(List.of("主管部门", "苏州市医疗保障局"), table.rowTexts(1));
    }

    @Test
    void aMissingBorderMergesCellsAcrossRowsAndColumns() {
        // 3 x 3 grid; the left column is one cell over rows 1-2, the top row one cell over columns 1-2
        Page page = new PageBuilder(1)
                .hline(100, 100, 400).hline(120, 250, 400).hline(140, 100, 400).hline(160, 160, 400)
                .hline(180, 100, 400)
                .vline(100, 100, 180).vline(160, 140, 180).vline(250, 100, 180).vline(320, 120, 180).vline(400, 100, 180)
                .text(105, 124, "项目资金").text(255, 104, "年度").text(255, 124, "总额").text(325, 124, "100")
                .build();
        Table table = extractor.extract(page).get(0);
        assertEquals(4, table.rowCount());
        Cell merged = table.cellAt(0, 0);
        assertNotNull(merged);
        assertEquals(2, merged.rowSpan(), "left cell spans the first two rows");
        assertEquals(2, merged.columnSpan(), "left cell spans the first two columns");
        assertEquals("项目资金", merged.text());
        Cell header = table.cellAt(0, 2);
        assertEquals(2, header.columnSpan());
        assertEquals("年度", header.text());
        assertEquals("100", table.cellAt(1, 3).text());
    }

    @Test
    void joinsTheWrappedLinesOfACellInReadingOrder() {
        Page page = new PageBuilder(1)
                .horizontals(100, 300, 100, 140)
                .verticals(100, 140, 100, 200, 300)
                .text(105, 103, "对工作效率、管").text(105, 118, "理和决策支持的").text(105, 131, "改善")
                .text(205, 115, "明显")
                .build();
        Table table = extractor.extract(page).get(0);
        assertEquals("对工作效率、管理和决策支持的改善", table.cellAt(0, 0).text());
        assertEquals("明显", table.cellAt(0, 1).text());
    }

    @Test
    void assignsGlyphsThatOverhangATightCellByTheirCentre() {
        // rows 14 pt high, glyph boxes 13 pt high starting 1.5 pt above the row: containment would fail
        Page page = new PageBuilder(1)
                .horizontals(100, 300, 100, 114, 128)
                .verticals(100, 128, 100, 200, 300)
                .text(105, 101, "≥95%").text(205, 101, "达标").text(105, 115, "100%").text(205, 115, "及时")
                .build();
        Table table = extractor.extract(page).get(0);
        assertEquals(List.of("≥95%", "达标"), table.rowTexts(0));
        assertEquals(List.of("100%", "及时"), table.rowTexts(1));
    }

    @Test
    void aLoneOuterLineBesideATableIsItsOpenColumn() {
        // the leftmost column's cell is merged over the whole page: no horizontal line reaches its outer edge
        Page page = new PageBuilder(1)
                .horizontals(160, 400, 100, 120, 140)
                .verticals(100, 140, 160, 250, 400)
                .vline(100, 100, 140)
                .text(105, 112, "分解").text(165, 104, "一").text(165, 124, "二")
                .build();
        Table table = extractor.extract(page).get(0);
        assertEquals(3, table.columnCount());
        assertEquals("分解", table.cellAt(0, 0).text());
        assertEquals(2, table.cellAt(0, 0).rowSpan());
        assertTrue(table.cellAt(0, 0).openTop() && table.cellAt(0, 0).openBottom());
    }

    @Test
    void aPageWithoutCrossingLinesHasNoLatticeTable() {
        Page page = new PageBuilder(1).hline(100, 100, 400).hline(200, 100, 400).text(100, 150, "正文").build();
        assertTrue(extractor.extract(page).isEmpty());
    }
}
