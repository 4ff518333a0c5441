package org.jixiao.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.Ruling;
import org.jixiao.ingest.TextElement;
import org.jixiao.ingest.office.OfficeContent.CellContent;
import org.jixiao.ingest.office.OfficeContent.Paragraph;
import org.jixiao.ingest.office.OfficeContent.Section;
import org.jixiao.ingest.office.OfficeContent.TableContent;
import org.junit.jupiter.api.Test;

class VirtualPageLayoutTest {

    private static CellContent cell(String text) {
        return new CellContent(text, 1, 1);
    }

    @Test
    void honoursRowAndColumnSpans() {
        // | 项目资金 (2 rows) | 年度资金总额 | 100.00 |
        // |                  | 财政拨款     | 100.00 |
        // | 年度目标          | 完成建设 (2 columns)  |
        TableContent table = new TableContent(List.of(
                List.of(new CellContent("项目资金", 2, 1), cell("年度资金总额"), cell("100.00")),
                List.of(cell("财政拨款"), cell("100.00")),
                List.of(cell("年度目标"), new CellContent("完成建设", 1, 2))));
        Page page = VirtualPageLayout.layout(List.of(new Section(List.of(table)))).get(0);

        Box funds = box(page, "项目资金");
        Box total = box(page, "年度资金总额");
        Box fiscal = box(page, "财政拨款");
        Box goal = box(page, "完成建设");
        assertTrue(funds.minY() < total.minY() + 1 && fiscal.minY() > total.maxY(), "the merged label spans both rows");
        assertTrue(funds.maxX() < total.minX() && funds.maxX() < fiscal.minX(), "both rows start after the merged label");
        assertFalse(crossedByVerticalRuling(page, goal), "no column border runs through a merged cell");
        Box mergedColumnBetweenRows = Box.of(funds.minX(), total.minY(), funds.maxX(), fiscal.maxY());
        assertFalse(crossedByHorizontalRuling(page, mergedColumnBetweenRows), "no row border runs through a merged cell");
        assertTrue(crossedByHorizontalRuling(page, Box.of(total.minX(), total.minY(), total.maxX(), fiscal.maxY())),
                "the rows beside it are ruled apart");
    }

    @Test
    void dropsEmptyRowsAndTrailingEmptyColumns() {
        TableContent table = new TableContent(List.of(
                List.of(cell("指标"), cell("值"), cell(""), cell("")),
                List.of(cell(""), cell(""), cell(""), cell("")),
                List.of(cell("满意度"), cell("≥90%"))));
        VirtualPageLayout.Grid grid = VirtualPageLayout.Grid.of(table);
        assertEquals(2, grid.rowCount());
        assertEquals(2, grid.columnCount());
        assertEquals(4, grid.cells().size());
    }

    @Test
    void continuesALongTableOnTheNextPage() {
        List<List<CellContent>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(cell("指标" + i), cell(i + "%")));
        }
        List<Page> pages = VirtualPageLayout.layout(List.of(new Section(List.of(
                new Paragraph("2022年度项目支出绩效目标申报表"), new TableContent(rows)))));

        assertTrue(pages.size() >= 2, "pages: " + pages.size());
        for (Page page : pages) {
            assertEquals(Page.TextSource.OFFICE, page.source());
            for (TextElement element : page.text()) {
                assertTrue(element.box().maxY() <= page.height(), element::toString);
            }
        }
        long cells = pages.stream().flatMap(p -> p.text().stream()).filter(t -> t.text().startsWith("指标")).count();
        assertEquals(120, cells);
    }

    @Test
    void startsEachSectionOnANewPage() {
        List<Page> pages = VirtualPageLayout.layout(List.of(
                new Section(List.of(new Paragraph("Sheet1"))), new Section(List.of(new Paragraph("Sheet2")))));
        assertEquals(2, pages.size());
        assertEquals(List.of(1, 2), pages.stream().map(Page::number).toList());
    }

    @Test
    void wrapsLongParagraphsIntoLinesThatFitThePage() {
        String text = "保障全县义务教育阶段学生营养餐供给".repeat(10);
        Page page = VirtualPageLayout.layout(List.of(new Section(List.of(new Paragraph(text))))).get(0);
        assertTrue(page.text().size() > 1);
        assertEquals(text, String.join("", page.text().stream().map(TextElement::text).toList()));
        page.text().forEach(line -> assertTrue(line.box().maxX() <= page.width() - VirtualPageLayout.MARGIN + 0.01f));
    }

    private static Box box(Page page, String text) {
        return page.text().stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow().box();
    }

    private static boolean crossedByVerticalRuling(Page page, Box box) {
        for (Ruling r : page.rulings()) {
            if (!r.isHorizontal() && r.position() > box.minX() + 1 && r.position() < box.maxX() - 1
                    && r.start() < box.centerY() && r.end() > box.centerY()) {
                return true;
            }
        }
        return false;
    }

    private static boolean crossedByHorizontalRuling(Page page, Box box) {
        for (Ruling r : page.rulings()) {
            if (r.isHorizontal() && r.position() > box.minY() + 1 && r.position() < box.maxY() - 1
                    && r.start() < box.centerX() && r.end() > box.centerX()) {
                return true;
            }
        }
        return false;
    }
}
