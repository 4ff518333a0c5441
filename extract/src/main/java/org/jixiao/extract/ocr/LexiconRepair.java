package org.jixiao.extract.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.jixiao.extract.form.FiscalSegmenter;
import org.jixiao.ingest.Glyph;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.TextElement;

/**
 * Puts back characters OCR took for a look-alike (竣 read as 峻, 壤 as 填, 周 as 國) where the
 * vocabulary says which was meant: a character whose runner-up makes a word with its neighbours
 * (竣工) where the character read makes none (峻工) becomes the runner-up. The vocabulary is HanLP's
 * core dictionary with the fiscal terms and label variants ({@link FiscalSegmenter#knows}). Only a
 * runner-up with real probability counts (see the thresholds), so a rare word read with confidence
 * stays as read. A repaired character keeps its low confidence. Thread-safe.
 */
public final class LexiconRepair {

    /**
     * The runner-up needs this probability of its own … Measured: on the five corpus scans one
     * character qualifies at any runner-up probability above 0.01 (举本 → 基本, 0.19 against 0.70), and
     * it is right; on 179 generated name lines (150–200 dpi, noise σ 20–40) two (峻 → 竣 0.27 against
     * 0.49, 士 → 土 0.46 against 0.51), both right, none wrong. The bounds keep a runner-up that the
     * recogniser barely considered from rewriting a rare word read with confidence.
     */
    static final float MIN_RUNNER_UP = 0.08f;
    /** … and this share of the probability of the character read. */
    static final float MIN_SHARE = 0.15f;
    /** A candidate of an unread place needs this probability: what a model that barely knows a character gives it. */
    static final float MIN_UNREAD = 0.003f;
    /** Words of two to this many characters are looked up around a character. */
    static final int MAX_WORD = 6;

    private final Predicate<String> vocabulary;

    LexiconRepair(Predicate<String> vocabulary) {
        this.vocabulary = vocabulary;
    }

    public static LexiconRepair standard() {
        return new LexiconRepair(word -> FiscalSegmenter.standard().knows(word)); // HanLP loads on the first OCR page
    }

    /** The page with its OCR text repaired; pages without the recogniser's candidates as they are. */
    public Page repair(Page page) {
        if (!page.isOcr()) {
            return page;
        }
        List<TextElement> text = new ArrayList<>(page.text().size());
        for (TextElement element : page.text()) {
            text.add(repair(element));
        }
        return new Page(page.number(), page.width(), page.height(), page.rotation(), page.source(), text, page.rulings());
    }

    TextElement repair(TextElement element) {
        List<Glyph> glyphs = new ArrayList<>(element.glyphs());
        boolean changed = false;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph glyph = glyphs.get(i);
            if (glyph.text().isEmpty()) {
                changed |= putBack(glyphs, i);
                continue;
            }
            if (!isIdeograph(glyph.text()) || makesWord(glyphs, i)) {
                continue;
            }
            float read = glyph.probabilityOf(glyph.text());
            if (blankRunnerUp(glyph, read)) {
                // the recogniser doubted a character stands here at all: it barely knows the one that does
                changed |= putBack(glyphs, i);
                continue;
            }
            for (Glyph.Candidate runnerUp : glyph.runnersUp()) {
                if (runnerUp.probability() < MIN_RUNNER_UP || runnerUp.probability() < MIN_SHARE * read) {
                    break; // best first: the rest have less
                }
                if (!isIdeograph(runnerUp.text())) {
                    continue;
                }
                Glyph replaced = new Glyph(runnerUp.text(), glyph.candidates());
                glyphs.set(i, replaced);
                if (makesWord(glyphs, i)) {
                    changed = true;
                    break;
                }
                glyphs.set(i, glyph);
            }
        }
        if (!changed) {
            return element;
        }
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.text()));
        return new TextElement(text.toString(), element.box(), element.fontSize(), element.confidence(), glyphs);
    }

    /**
     * Puts a character into a place the recogniser left unread (a glyph with no text, its candidates
     * what it considered there) or read doubting a character stands there: the likeliest ideograph
     * among them that makes a word the vocabulary knows with neighbours that were in no word as read (修 of 修文物 is free, so 修缮; 文 is in 文物,
     * so not 华文). The place itself says a character stands there (the line's spacing), so the
     * candidate's own probability may be small; the word decides. Whether one was put back.
     */
    private boolean putBack(List<Glyph> glyphs, int at) {
        Glyph place = glyphs.get(at);
        boolean[] inWord = inWords(glyphs);
        for (Glyph.Candidate candidate : place.candidates()) {
            if (candidate.probability() < MIN_UNREAD || !isIdeograph(candidate.text())) {
                continue;
            }
            glyphs.set(at, new Glyph(candidate.text(), place.candidates()));
            if (makesWord(glyphs, at, i -> inWord[i])) {
                return true;
            }
        }
        glyphs.set(at, place);
        return false;
    }

    /**
     * Whether the recogniser's runner-up for a character is no character at all, with a fair share of
     * its probability (鳝 0.53 against the blank's 0.42, 缮 0.01 after them): a character it barely knows
     * stands there, read as a look-alike it knows better, and its candidates are weighed as an unread
     * place's.
     */
    private static boolean blankRunnerUp(Glyph glyph, float read) {
        List<Glyph.Candidate> runnersUp = glyph.runnersUp();
        return !runnersUp.isEmpty() && runnersUp.get(0).text().isEmpty()
                && runnersUp.get(0).probability() >= MIN_SHARE * read;
    }

    /** Which glyphs are part of a word of two or more characters. */
    private boolean[] inWords(List<Glyph> glyphs) {
        boolean[] inWord = new boolean[glyphs.size()];
        for (int start = 0; start < glyphs.size(); start++) {
            StringBuilder word = new StringBuilder();
            for (int end = start; end < glyphs.size() && end - start < MAX_WORD; end++) {
                word.append(glyphs.get(end).text());
                if (word.codePointCount(0, word.length()) >= 2 && vocabulary.test(word.toString())) {
                    Arrays.fill(inWord, start, end + 1, true);
                }
            }
        }
        return inWord;
    }

    /** Whether the character at {@code at} is part of a word of two or more characters. */
    private boolean makesWord(List<Glyph> glyphs, int at) {
        return makesWord(glyphs, at, i -> false);
    }

    /** Whether the character at {@code at} is part of a word of two or more characters none of whose others is {@code taken}. */
    private boolean makesWord(List<Glyph> glyphs, int at, IntPredicate taken) {
        for (int start = Math.max(0, at - MAX_WORD + 1); start <= at; start++) {
            StringBuilder word = new StringBuilder();
            for (int end = start; end < glyphs.size() && end - start < MAX_WORD; end++) {
                if (end != at && taken.test(end)) {
                    break;
                }
                word.append(glyphs.get(end).text());
                if (end >= at && end > start && vocabulary.test(word.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isIdeograph(String text) {
        return text.codePointCount(0, text.length()) == 1
                && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
