package org.jixiao.extract.check;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.layout.Block;
import org.jixiao.extract.layout.Cell;
import org.jixiao.extract.layout.DocumentLayout;
import org.jixiao.extract.layout.Table;
import org.jixiao.extract.layout.TextLine;
import org.jixiao.ingest.Box;

/** Hand-built layouts: lines of text and plain grids, for the rules' tests. */
final class Layouts {

    private static final Box NOWHERE = new Box(0, 0, 1, 1);

    private Layouts() {
    }

    static DocumentLayout of(Block... blocks) {
        return new DocumentLayout(List.of(blocks));
    }

    static Block line(int page, String text) {
        return new Block.LineBlock(new TextLine(page, NOWHERE, text));
    }

    /** A grid of one-slot cells, row by row. */
    static Block table(int page, String[]... rows) {
        List<Cell> cells = new ArrayList<>();
        int columns = 0;
        for (int r = 0; r < rows.length; r++) {
            columns = Math.max(columns, rows[r].length);
            for (int c = 0; c < rows[r].length; c++) {
                cells.add(new Cell(r, c, 1, 1, page, NOWHERE, rows[r][c]));
            }
        }
        return new Block.TableBlock(new Table(page, NOWHERE, rows.length, columns, cells));
    }
}
