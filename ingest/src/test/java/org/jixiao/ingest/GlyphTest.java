package org.jixiao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlyphTest {

    @Test
    void twinsThatNormaliseToOneCharacterShareTheirProbability() {
        Glyph glyph = new Glyph("(", List.of(new Glyph.Candidate("(", 0.55f), new Glyph.Candidate("(", 0.44f),
                new Glyph.Candidate("[", 0.01f)));
        assertEquals(0.99f, glyph.probabilityOf("("), 1e-6);
        assertEquals(0f, glyph.probabilityOf("{"));
    }

    @Test
    void anElementsGlyphsMakeUpItsText() {
        Box box = new Box(0, 0, 10, 10);
        List<Glyph> glyphs = List.of(new Glyph("≥", List.of(new Glyph.Candidate("V", 0.4f))),
                new Glyph("9", List.of(new Glyph.Candidate("9", 0.9f))));
        assertEquals(2, new TextElement("≥9", box, 9, 0.4f, glyphs).glyphs().size());
        assertThrows(IllegalArgumentException.class, () -> new TextElement("≥8", box, 9, 0.4f, glyphs));
        assertEquals(List.of(), TextElement.exact("≥9", box, 9).glyphs());
    }
}
