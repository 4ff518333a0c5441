package org.jixiao.index.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for {@link HanLPTokenizer}, so Solr (or any SPI user) can name it in a schema:
 * {@code <tokenizer name="hanlp" mode="index"/>} for indexing, {@code mode="search"} for queries.
 *
 * @lucene.spi {@value #NAME}
 */
public final class HanLPTokenizerFactory extends TokenizerFactory {

    /** SPI name */
    public static final String NAME = "hanlp";

    private final HanLPTokenizer.Mode mode;

    public HanLPTokenizerFactory(Map<String, String> args) {
        super(args);
        mode = HanLPTokenizer.Mode.valueOf(get(args, "mode", List.of("index", "search"), "index").toUpperCase(Locale.ROOT));
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default ctor for compatibility with SPI */
    public HanLPTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public HanLPTokenizer create(AttributeFactory factory) {
        return new HanLPTokenizer(factory, mode);
    }
}
