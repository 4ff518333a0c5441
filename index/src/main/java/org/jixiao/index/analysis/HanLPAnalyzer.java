package org.jixiao.index.analysis;

import java.util.HashMap;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;

/**
 * Chinese text analysed with {@link HanLPTokenizer}, full-width Latin letters and digits folded to
 * half-width and lower-cased ({@code ＯＣＲ} and {@code ocr} match). Index fields with
 * {@link HanLPTokenizer.Mode#INDEX} and parse queries with {@link HanLPTokenizer.Mode#SEARCH}.
 */
public final class HanLPAnalyzer extends Analyzer {

    /** Keeps phrases from matching across the values of a multi-valued field. */
    public static final int POSITION_INCREMENT_GAP = 100;

    /**
     * The filters after the tokenizer, by SPI name: this analyzer applies them, and a Solr schema
     * generated from the index fields names them, so both analyse alike.
     */
    public static final List<String> FILTERS = List.of(CJKWidthFilterFactory.NAME, LowerCaseFilterFactory.NAME);

    private final HanLPTokenizer.Mode mode;
    private final List<TokenFilterFactory> filters = FILTERS.stream()
            .map(name -> TokenFilterFactory.forName(name, new HashMap<>())).toList();

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
        TokenStream stream = tokenizer;
        for (TokenFilterFactory filter : filters) {
            stream = filter.create(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = in;
        for (TokenFilterFactory filter : filters) {
            stream = filter.normalize(stream);
        }
        return stream;
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return POSITION_INCREMENT_GAP;
    }
}
