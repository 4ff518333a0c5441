package org.jixiao.ingest.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.ingest.TextNormalizer;
import org.jixiao.ingest.office.OfficeContent.Block;
import org.jixiao.ingest.office.OfficeContent.CellContent;
import org.jixiao.ingest.office.OfficeContent.Paragraph;
import org.jixiao.ingest.office.OfficeContent.Section;
import org.jixiao.ingest.office.OfficeContent.TableContent;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Tika's XHTML events into {@link OfficeContent}: {@code <div class="page|sheet">} starts a
 * section, {@code <table>/<tr>/<td>} become tables (a table nested in a cell adds its text to that
 * cell), block elements outside tables become paragraphs. Counts cells against a limit, since empty
 * cells cost time but no text.
 */
final class XhtmlStructureHandler extends DefaultHandler {

    /** Thrown when a file's tables cover more grid slots than {@link OfficeLimits#maxCells()}. */
    static final class TooManyCellsException extends SAXException {
        TooManyCellsException(int limit) {
            super("more than " + limit + " table cells");
        }
    }

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div",
            "pre", "blockquote", "dt", "dd", "br");
    /** Spans beyond this are hostile or broken; a real form has a few dozen columns. */
    private static final int MAX_SPAN = 256;

    private final TextNormalizer normalizer;
    private final int maxCells;
    private final List<Section> sections = new ArrayList<>();
    private List<Block> blocks = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();

    private int tableDepth;
    private List<List<CellContent>> rows;
    private List<CellContent> row;
    private StringBuilder cell;
    private int cellRowSpan;
    private int cellColumnSpan;
    private long slotCount;
    private boolean inHead;

    XhtmlStructureHandler(TextNormalizer normalizer, int maxCells) {
        this.normalizer = normalizer;
        this.maxCells = maxCells;
    }

    List<Section> sections() {
        return List.copyOf(sections);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        switch (name) {
            case "head" -> inHead = true;
            case "table" -> startTable();
            case "tr" -> {
                if (tableDepth == 1) {
                    row = new ArrayList<>();
                }
            }
            case "td", "th" -> startCell(attributes);
            default -> {
                if (isSectionStart(name, attributes)) {
                    endSection();
                } else if (BLOCKS.contains(name)) {
                    breakText();
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        switch (name) {
            case "head" -> inHead = false;
            case "table" -> endTable();
            case "tr" -> {
                if (tableDepth == 1 && row != null) {
                    rows.add(row);
                    row = null;
                }
            }
            case "td", "th" -> endCell();
            case "body" -> endSection();
            default -> {
                if (BLOCKS.contains(name)) {
                    breakText();
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inHead) {
            return;
        }
        if (cell != null) {
            cell.append(ch, start, length);
        } else if (tableDepth == 0) {
            paragraph.append(ch, start, length);
        }
        // text between the cells of a table is layout whitespace
    }

    private static boolean isSectionStart(String name, Attributes attributes) {
        String cssClass = attributes.getValue("class");
        return name.equals("div") && ("page".equals(cssClass) || "sheet".equals(cssClass));
    }

    private void startTable() {
        if (tableDepth == 0) {
            flushParagraph();
            rows = new ArrayList<>();
        } else if (cell != null) {
            cell.append(' ');
        }
        tableDepth++;
    }

    private void endTable() {
        if (tableDepth == 0) {
            return;
        }
        tableDepth--;
        if (tableDepth == 0) {
            if (!rows.isEmpty()) {
                blocks.add(new TableContent(rows));
            }
            rows = null;
        }
    }

    private void startCell(Attributes attributes) throws SAXException {
        if (tableDepth == 1) {
            if (row == null) {
                row = new ArrayList<>(); // a cell outside any <tr>: give it a row of its own
            }
            cell = new StringBuilder();
            cellRowSpan = span(attributes.getValue("rowspan"));
            cellColumnSpan = span(attributes.getValue("colspan"));
            // count the grid slots a cell covers: those, not the cells, cost memory when laid out
            slotCount += (long) cellRowSpan * cellColumnSpan;
            if (slotCount > maxCells) {
                throw new TooManyCellsException(maxCells);
            }
        } else if (cell != null) {
            cell.append(' ');
        }
    }

    private void endCell() {
        if (tableDepth == 1 && cell != null) {
            row.add(new CellContent(clean(cell), cellRowSpan, cellColumnSpan));
            cell = null;
        } else if (cell != null) {
            cell.append(' ');
        }
    }

    /** A block boundary: ends a paragraph outside tables, separates words inside a cell. */
    private void breakText() {
        if (cell != null) {
            cell.append(' ');
        } else if (tableDepth == 0) {
            flushParagraph();
        }
    }

    private void flushParagraph() {
        String text = clean(paragraph);
        paragraph.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(new Paragraph(text));
        }
    }

    private void endSection() {
        flushParagraph();
        if (!blocks.isEmpty()) {
            sections.add(new Section(blocks));
        }
        blocks = new ArrayList<>();
    }

    private String clean(CharSequence raw) {
        return normalizer.normalize(raw.toString()).replaceAll("\\s+", " ").trim();
    }

    private static int span(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
