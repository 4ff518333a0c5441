package org.jixiao.extract.layout;

import java.util.List;

/**
 * A document's pages turned into blocks in reading order, with tables that continue across a page
 * break joined into one.
 */
public record DocumentLayout(List<Block> blocks) {

    public DocumentLayout {
        blocks = List.copyOf(blocks);
    }

    public List<Table> tables() {
        return blocks.stream().filter(b -> b instanceof Block.TableBlock)
                .map(b -> ((Block.TableBlock) b).table()).toList();
    }

    public List<TextLine> lines() {
        return blocks.stream().filter(b -> b instanceof Block.LineBlock)
                .map(b -> ((Block.LineBlock) b).line()).toList();
    }
}
