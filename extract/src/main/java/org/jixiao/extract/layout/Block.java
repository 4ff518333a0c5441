package org.jixiao.extract.layout;

/** A piece of a document in reading order: a table or a line of text. */
public sealed interface Block permits Block.TableBlock, Block.LineBlock {

    int page();

    /** Where the block starts on its page, for reading order. */
    float top();

    /** A table. */
    record TableBlock(Table table) implements Block {
        @Override
        public int page() {
            return table.page();
        }

        @Override
        public float top() {
            return table.box().minY();
        }
    }

    /** A line of running text. */
    record LineBlock(TextLine line) implements Block {
        @Override
        public int page() {
            return line.page();
        }

        @Override
        public float top() {
            return line.box().minY();
        }
    }
}
