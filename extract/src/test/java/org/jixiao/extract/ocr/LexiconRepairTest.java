package org.jixiao.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.Glyph;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.TextElement;
import org.junit.jupiter.api.Test;

class LexiconRepairTest {

    private final LexiconRepair repair = LexiconRepair.standard();

    /** A reading of {@code text} read for certain except at {@code at}, where {@code runnerUp} had {@code p}. */
    private static TextElement read(String text, int at, float read, String runnerUp, float p) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            glyphs.add(i == at
                    ? new Glyph(c, List.of(new Glyph.Candidate(c, read), new Glyph.Candidate(runnerUp, p)))
                    : new Glyph(c, List.of(new Glyph.Candidate(c, 0.99f))));
        }
        return new TextElement(text, new Box(0, 0, 100, 10), 9, Math.min(read, 0.99f), glyphs);
    }

    private String repaired(TextElement element) {
        Page page = new Page(1, 595, 842, 0, Page.TextSource.OCR, List.of(element), List.of());
        return repair.repair(page).text().get(0).text();
    }

    @Test
    void aLookAlikeThatMakesNoWordGivesWayToARunnerUpThatDoes() {
        assertEquals("项目竣工验收合格率", repaired(read("项目峻工验收合格率", 2, 0.55f, "竣", 0.30f)));
        assertEquals("土壤改良面积", repaired(read("土填改良面积", 1, 0.60f, "壤", 0.25f)));
        assertEquals("建设周期", repaired(read("建设國期", 2, 0.50f, "周", 0.20f)));
    }

    /** {@code text} read for certain, with a place left unread before index {@code at} where the recogniser considered {@code considered}. */
    private static TextElement unreadPlace(String text, int at, String... considered) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i <= text.length(); i++) {
            if (i == at) {
                List<Glyph.Candidate> candidates = new ArrayList<>(List.of(new Glyph.Candidate("", 0.86f)));
                for (String c : considered) {
                    candidates.add(new Glyph.Candidate(c, 0.01f));
                }
                glyphs.add(new Glyph("", candidates));
            }
            if (i < text.length()) {
                glyphs.add(new Glyph(text.substring(i, i + 1), List.of(new Glyph.Candidate(text.substring(i, i + 1), 0.99f))));
            }
        }
        return new TextElement(text, new Box(0, 0, 100, 10), 9, 0.99f, glyphs);
    }

    @Test
    void aCharacterTheRecogniserLeftUnreadIsPutBackWhereItMakesAWord() {
        // PP-OCRv4 drops 缮 of 修缮 with 鳝, 缮, 缚 at 0.01 each where it stands
        assertEquals("修缮文物建筑面积", repaired(unreadPlace("修文物建筑面积", 1, "鳝", " ", "缮", "缚")));
        assertEquals("修缮工程验收合格率", repaired(unreadPlace("修工程验收合格率", 1, "鳝", "缮")));
    }

    @Test
    void aPlaceAfterTheLastCharacterIsFilledLikeAnyOther() {
        assertEquals("文物保护修缮", repaired(unreadPlace("文物保护修", 5, "鳝", ".", "缮")));
        // 满意度 ends in a word: nothing is appended to it
        assertEquals("满意度", repaired(unreadPlace("满意度", 3, "高", "假")));
    }

    @Test
    void anUnreadPlaceWhereNoCandidateMakesAWordStaysEmpty() {
        assertEquals("修文物建筑面积", repaired(unreadPlace("修文物建筑面积", 1, "鳝", "缚")));
    }

    @Test
    void aCandidateMakesAWordOnlyWithNeighboursInNoWordAsRead() {
        // 华文 is a word, but 文 is in 文物 already; 修 is in none: 华 is passed over for 缮
        assertEquals("修缮文物建筑面积", repaired(unreadPlace("修文物建筑面积", 1, "鳝", "华", "缮")));
        assertEquals("修文物建筑面积", repaired(unreadPlace("修文物建筑面积", 1, "鳝", "华")));
    }

    @Test
    void aRunnerUpWithoutRealProbabilityIsIgnored() {
        assertEquals("项目峻工验收合格率", repaired(read("项目峻工验收合格率", 2, 0.95f, "竣", 0.03f)));
    }

    @Test
    void aCharacterThatAlreadyMakesAWordStays() {
        // 严峻 is a word: the runner-up's 严竣 would be none, and 峻 is not questioned
        assertEquals("形势严峻", repaired(read("形势严峻", 3, 0.55f, "竣", 0.40f)));
    }

    @Test
    void textLayerPagesAreLeftAsTheyAre() {
        TextElement layer = TextElement.exact("项目峻工", new Box(0, 0, 40, 10), 9);
        Page page = new Page(1, 595, 842, 0, Page.TextSource.TEXT_LAYER, List.of(layer), List.of());
        assertEquals(page, repair.repair(page));
    }

    /** {@code text} read for certain but at {@code at}, read with the blank second and {@code barely} after it. */
    private static TextElement readDoubtingACharacterStandsThere(String text, int at, String barely) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            glyphs.add(i == at
                    ? new Glyph(c, List.of(new Glyph.Candidate(c, 0.53f), new Glyph.Candidate("", 0.42f), new Glyph.Candidate(barely, 0.01f)))
                    : new Glyph(c, List.of(new Glyph.Candidate(c, 0.99f))));
        }
        return new TextElement(text, new Box(0, 0, 100, 10), 9, 0.53f, glyphs);
    }

    @Test
    void aCharacterReadDoubtingOneStandsThereIsWeighedAsAnUnreadPlace() {
        // 鳝 0.53, the blank 0.42, 缮 0.01: the model barely knows 缮
        assertEquals("修缮工程验收合格率", repaired(readDoubtingACharacterStandsThere("修鳝工程验收合格率", 1, "缮")));
        // a neighbour already in a word is not taken for one (文 of 文物): the character stays as read
        assertEquals("鳝文物", repaired(readDoubtingACharacterStandsThere("鳝文物", 0, "华")));
        // without the blank as runner-up the same small share is no evidence
        assertEquals("修鳝工程验收合格率", repaired(read("修鳝工程验收合格率", 1, 0.53f, "缮", 0.01f)));
    }
}
