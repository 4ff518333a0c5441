package org.jixiao.extract.check.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.extract.layout.Cell;
import org.jixiao.extract.layout.DocumentLayout;
import org.jixiao.extract.layout.Table;
import org.jixiao.extract.layout.TextLine;
import org.jixiao.ingest.TextNormalizer;

/**
 * The running text of a document as the text readers see it: each line normalised (NFKC, no
 * whitespace, so {@code C 项目绩效（66 分} reads {@code C项目绩效(66分}), and each page's lines joined,
 * for sentences that wrap.
 */
public final class PageText {

    /** A normalised line of running text with its page. */
    public record Line(int page, String text) {
    }

    private final List<Line> lines;
    private final Map<Integer, String> pages;
    private final Map<Integer, String> tableText;

    private PageText(List<Line> lines, Map<Integer, String> pages, Map<Integer, String> tableText) {
        this.lines = List.copyOf(lines);
        this.pages = Map.copyOf(pages);
        this.tableText = Map.copyOf(tableText);
    }

    public static PageText of(DocumentLayout layout) {
        List<Line> lines = new ArrayList<>();
        Map<Integer, StringBuilder> pages = new TreeMap<>();
        for (TextLine line : layout.lines()) {
            String text = normalize(line.text());
            if (!text.isEmpty()) {
                lines.add(new Line(line.page(), text));
                pages.computeIfAbsent(line.page(), p -> new StringBuilder()).append(text);
            }
        }
        Map<Integer, StringBuilder> tables = new TreeMap<>();
        for (Table table : layout.tables()) {
            for (Cell cell : table.cells()) {
                tables.computeIfAbsent(cell.page(), p -> new StringBuilder()).append(normalize(cell.text())).append('|');
            }
        }
        Map<Integer, String> joined = new TreeMap<>();
        pages.forEach((page, text) -> joined.put(page, text.toString()));
        Map<Integer, String> cells = new TreeMap<>();
        tables.forEach((page, text) -> cells.put(page, text.toString()));
        return new PageText(lines, joined, cells);
    }

    /** NFKC and no whitespace: how every reader compares text. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return TextNormalizer.standard().normalize(text).replaceAll("\\s+", "");
    }

    public List<Line> lines() {
        return lines;
    }

    /** Each page's running text, its lines joined, by page number. */
    public Map<Integer, String> pages() {
        return pages;
    }

    /** Whether a page prints a word, in its running text or in a table cell. */
    public boolean pageMentions(int page, String word) {
        return pages.getOrDefault(page, "").contains(word) || tableText.getOrDefault(page, "").contains(word);
    }
}
