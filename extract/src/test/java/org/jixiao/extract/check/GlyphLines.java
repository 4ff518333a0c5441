package org.jixiao.extract.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.extract.layout.Block;
import org.jixiao.extract.layout.DocumentLayout;
import org.jixiao.extract.layout.TextLine;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.SourceDocument;
import org.jixiao.ingest.TextElement;

/**
 * Lines of text made from a page's glyphs by their baselines, tables and all: for tests that need
 * a document's running text without depending on the layout stage.
 */
final class GlyphLines {

    private GlyphLines() {
    }

    static DocumentLayout of(SourceDocument document) {
        List<Block> blocks = new ArrayList<>();
        for (Page page : document.pages()) {
            List<TextElement> glyphs = new ArrayList<>(page.text());
            glyphs.sort(Comparator.comparingDouble((TextElement e) -> e.box().centerY()));
            List<List<TextElement>> lines = new ArrayList<>();
            for (TextElement glyph : glyphs) {
                List<TextElement> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                if (last != null && overlaps(last.get(0).box(), glyph.box())) {
                    last.add(glyph);
                } else {
                    List<TextElement> line = new ArrayList<>();
                    line.add(glyph);
                    lines.add(line);
                }
            }
            for (List<TextElement> line : lines) {
                line.sort(Comparator.comparingDouble((TextElement e) -> e.box().minX()));
                StringBuilder text = new StringBuilder();
                Box box = line.get(0).box();
                for (TextElement glyph : line) {
                    if (glyph.box().minX() - box.maxX() > glyph.fontSize()) {
                        text.append(' ');
                    }
                    text.append(glyph.text());
                    box = box.union(glyph.box());
                }
                blocks.add(new Block.LineBlock(new TextLine(page.number(), box, text.toString())));
            }
        }
        return new DocumentLayout(blocks);
    }

    private static boolean overlaps(Box a, Box b) {
        return a.verticalOverlap(b) > Math.min(a.height(), b.height()) / 2;
    }
}
