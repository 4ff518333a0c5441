package org.jixiao.extract.layout;

/** A piece of a document in reading order: a table or a line of text. */
public sealed interface Block permits Block.TableBlock, Block.LineBlock {

    int page();

    /** A table. */
    record TableBlock(Table table) implements Block {
        @Override
        public int page() {
            return table.page();
        }
    }

    /** A line of running text. */
    record LineBlock(TextLine line) implements Block {
        @Override
        public int page() {
            return line.page();
        }
    }
}
