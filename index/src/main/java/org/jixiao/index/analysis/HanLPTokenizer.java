package org.jixiao.index.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Segments Chinese text into words with HanLP's Viterbi segmenter.
 *
 * <p>In {@link Mode#INDEX} every word is followed by the dictionary words inside it, at the same
 * position ({@code 满意度} also yields {@code 满意}), so a query for a part of a compound finds it;
 * in {@link Mode#SEARCH} only the words themselves are produced, so a query stays as precise as
 * its author wrote it. Tokens without a letter or digit (punctuation, spaces) are dropped.
 *
 * <p>HanLP's core dictionaries are static and load once, on first use, from the HanLP jar; each
 * tokenizer owns its {@link Segment}, so tokenizers on different threads share nothing mutable.
 * Words added to HanLP's global custom dictionary at run time are not used: the same text always
 * yields the same tokens, whatever else runs in the JVM.
 */
public final class HanLPTokenizer extends Tokenizer {

    /** Which tokens a field gets: compounds with their parts for indexing, words only for queries. */
    public enum Mode { INDEX, SEARCH }

    /**
     * HanLP's custom dictionary as shipped in its jar. The global one takes words other code inserts at
     * run time (the extractor does): read here, a document would be indexed with the words of the JVM
     * that ingested it and queried with those of another. This copy shares the shipped words, whose
     * set never changes, and has no room for insertions.
     */
    private static final DynamicCustomDictionary SHIPPED_CUSTOM_WORDS = new DynamicCustomDictionary(
            CustomDictionary.DEFAULT.dat, new BinTrie<>(), CustomDictionary.DEFAULT.path);

    private static final Comparator<Term> BY_START_THEN_LONGEST =
            Comparator.<Term>comparingInt(term -> term.offset).thenComparing(term -> -term.length());

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);

    private final Segment segment;
    private final StringBuilder text = new StringBuilder();
    private List<Term> terms;
    private int next;
    /** Span of the last token that took a position of its own; the parts inside it share that position. */
    private int wordStart;
    private int wordEnd;

    public HanLPTokenizer(Mode mode) {
        this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, mode);
    }

    public HanLPTokenizer(AttributeFactory factory, Mode mode) {
        super(factory);
        this.segment = HanLP.newSegment()
                .enableIndexMode(mode == Mode.INDEX)
                .enableOffset(true)
                // person-name guessing splits indicator wording at random; the dictionaries are enough
                .enableNameRecognize(false)
                .enableCustomDictionary(SHIPPED_CUSTOM_WORDS);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (terms == null) {
            terms = segmentInput();
        }
        if (next >= terms.size()) {
            return false;
        }
        clearAttributes();
        Term term = terms.get(next++);
        int start = term.offset;
        int end = start + term.length();
        termAtt.append(text, start, end);
        if (end <= wordEnd) {
            // a part of the previous word: stacked on it like a synonym, with the word's offsets,
            // so the token graph stays consistent (a part needs not tile the word: 忻州市 → 忻州, 州市)
            posIncAtt.setPositionIncrement(0);
            offsetAtt.setOffset(correctOffset(wordStart), correctOffset(wordEnd));
        } else {
            posIncAtt.setPositionIncrement(1);
            wordStart = start;
            wordEnd = end;
            offsetAtt.setOffset(correctOffset(start), correctOffset(end));
        }
        return true;
    }

    private List<Term> segmentInput() throws IOException {
        char[] buffer = new char[4096];
        int read;
        while ((read = input.read(buffer)) != -1) {
            text.append(buffer, 0, read);
        }
        if (text.isEmpty()) {
            return List.of();
        }
        List<Term> kept = new ArrayList<>();
        for (Term term : segment.seg(text.toString())) {
            if (term.offset >= 0 && term.offset + term.length() <= text.length() && hasLetterOrDigit(term.word)) {
                kept.add(term);
            }
        }
        kept.sort(BY_START_THEN_LONGEST);
        return withoutCrossingTerms(kept);
    }

    /**
     * Keeps the words and the parts that lie inside a word; drops repeated spans and any term that
     * would straddle two words, which no consistent token graph can hold.
     */
    private static List<Term> withoutCrossingTerms(List<Term> sorted) {
        List<Term> kept = new ArrayList<>(sorted.size());
        int start = -1;
        int end = 0;
        for (Term term : sorted) {
            int termEnd = term.offset + term.length();
            if (term.offset >= end) {
                start = term.offset;
                end = termEnd;
                kept.add(term);
            } else if (termEnd <= end && !(term.offset == start && termEnd == end)) {
                kept.add(term);
            }
        }
        return kept;
    }

    private static boolean hasLetterOrDigit(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(text.length());
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        terms = null;
        next = 0;
        wordStart = 0;
        wordEnd = 0;
    }
}
