package org.jixiao.extract.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.extract.ocr.LexiconRepair;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.TextElement;

/**
 * Turns pages into a {@link DocumentLayout}: the tables of each page, the running text around them
 * as lines, all in reading order, and tables that continue on the next page joined.
 */
public final class LayoutAnalyzer {

    private final TableExtractor tables;
    private final TableJoiner joiner = new TableJoiner();
    private final StreamTableFinder streamTables = new StreamTableFinder();
    private final LexiconRepair words = LexiconRepair.standard();

    public LayoutAnalyzer(TableExtractor tables) {
        this.tables = tables;
    }

    public LayoutAnalyzer() {
        this(new LatticeTableExtractor());
    }

    public DocumentLayout analyze(List<Page> pages) {
        List<Block> blocks = new ArrayList<>();
        for (Page page : pages) {
            blocks.addAll(pageBlocks(words.repair(page)));
        }
        return new DocumentLayout(joiner.join(blocks));
    }

    List<Block> pageBlocks(Page page) {
        List<Table> found = tables.extract(page);
        List<TextElement> outside = new ArrayList<>();
        for (TextElement element : page.text()) {
            boolean inTable = false;
            for (Table table : found) {
                if (table.box().contains(element.box().centerX(), element.box().centerY())) {
                    inTable = true;
                    break;
                }
            }
            if (!inTable) {
                outside.add(element);
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (Table table : found) {
            blocks.add(new Block.TableBlock(table));
        }
        List<LineAssembler.Line> lines = LineAssembler.lines(outside);
        java.util.Set<LineAssembler.Line> inStreamTables = new java.util.HashSet<>();
        for (StreamTableFinder.Found stream : streamTables.find(page.number(), lines)) {
            blocks.add(new Block.TableBlock(stream.table()));
            inStreamTables.addAll(stream.lines());
        }
        for (LineAssembler.Line line : lines) {
            if (!inStreamTables.contains(line)) {
                blocks.add(new Block.LineBlock(new TextLine(page.number(), line.box(), line.text())));
            }
        }
        blocks.sort(Comparator.comparingDouble(Block::top));
        return blocks;
    }
}
