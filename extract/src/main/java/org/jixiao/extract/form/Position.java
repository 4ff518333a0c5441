package org.jixiao.extract.form;

/**
 * Where a fact stands in the document's reading order: the block (table or line) and the row
 * within it. Facts are assigned to the project whose name was stated last before them.
 */
public record Position(int block, int row) implements Comparable<Position> {

    @Override
    public int compareTo(Position other) {
        return block != other.block ? Integer.compare(block, other.block) : Integer.compare(row, other.row);
    }
}
