package org.jixiao.ingest.office;

import java.util.List;

/**
 * The structure of an Office file as Tika's XHTML gives it: sections (a sheet, or a document's
 * body), each a sequence of paragraphs and tables. No geometry yet: {@link VirtualPageLayout} adds it.
 */
final class OfficeContent {

    private OfficeContent() {
    }

    /** A sheet of a workbook, or the body of a text document: starts a new page. */
    record Section(List<Block> blocks) {
        Section {
            blocks = List.copyOf(blocks);
        }
    }

    sealed interface Block permits Paragraph, TableContent {
    }

    /** A paragraph or heading outside any table. */
    record Paragraph(String text) implements Block {
    }

    /** A table as rows of cells in source order; spans say how many grid slots a cell covers. */
    record TableContent(List<List<CellContent>> rows) implements Block {
        TableContent {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    record CellContent(String text, int rowSpan, int columnSpan) {
    }
}
