package org.jixiao.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;

/**
 * Chinese text analysed with {@link HanLPTokenizer}, full-width Latin letters and digits folded to
 * half-width and lower-cased ({@code ＯＣＲ} and {@code ocr} match). Index fields with
 * {@link HanLPTokenizer.Mode#INDEX} and parse queries with {@link HanLPTokenizer.Mode#SEARCH}.
 */
public final class HanLPAnalyzer extends Analyzer {

    /** Keeps phrases from matching across the values of a multi-valued field. */
    public static final int POSITION_INCREMENT_GAP = 100;

    private final HanLPTokenizer.Mode mode;

    public HanLPAnalyzer(HanLPTokenizer.Mode mode) {
        this.mode = mode;
    }

    public static HanLPAnalyzer forIndexing() {
        return new HanLPAnalyzer(HanLPTokenizer.Mode.INDEX);
    }

    public static HanLPAnalyzer forSearching() {
        return new HanLPAnalyzer(HanLPTokenizer.Mode.SEARCH);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HanLPTokenizer(mode);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return POSITION_INCREMENT_GAP;
    }
}
