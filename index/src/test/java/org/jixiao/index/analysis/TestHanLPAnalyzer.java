package org.jixiao.index.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.QueryBuilder;

/** Token, offset and position assertions on the HanLP analyzer, and random-input stress. */
public class TestHanLPAnalyzer extends BaseTokenStreamTestCase {

    private Analyzer indexing;
    private Analyzer searching;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        indexing = HanLPAnalyzer.forIndexing();
        searching = HanLPAnalyzer.forSearching();
    }

    @Override
    public void tearDown() throws Exception {
        indexing.close();
        searching.close();
        super.tearDown();
    }

    public void testSearchModeYieldsWordsOnly() throws IOException {
        assertAnalyzesTo(searching, "系统正常运行率",
                new String[] {"系统", "正常", "运行", "率"},
                new int[] {0, 2, 4, 6},
                new int[] {2, 4, 6, 7},
                new int[] {1, 1, 1, 1});
    }

    public void testIndexModeAddsPartsOfCompoundsAtTheSamePosition() throws IOException {
        assertAnalyzesTo(indexing, "服务对象满意度",
                new String[] {"服务", "对象", "满意度", "满意"},
                new int[] {0, 2, 4, 4},
                new int[] {2, 4, 7, 7},
                new int[] {1, 1, 1, 0});
        assertAnalyzesTo(indexing, "医保信息系统正常运行率",
                new String[] {"医保", "信息系统", "信息", "系统", "正常", "运行", "率"},
                new int[] {0, 2, 2, 2, 6, 8, 10},
                new int[] {2, 6, 6, 6, 8, 10, 11},
                new int[] {1, 1, 0, 0, 1, 1, 1});
    }

    public void testPunctuationDroppedAndLatinFolded() throws IOException {
        assertAnalyzesTo(searching, "ＯＣＲ电子化，审核",
                new String[] {"ocr", "电子化", "审核"},
                new int[] {0, 3, 7},
                new int[] {3, 6, 9});
        assertAnalyzesTo(searching, "≥95%", new String[] {"95"});
        assertAnalyzesTo(searching, "，。 、", new String[0]);
        assertAnalyzesTo(searching, "", new String[0]);
    }

    public void testOffsetsAreCorrectedThroughCharFilters() throws IOException {
        Analyzer withMapping = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new HanLPTokenizer(HanLPTokenizer.Mode.SEARCH);
                return new TokenStreamComponents(tokenizer);
            }

            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                // drops every space: the tokenizer sees 运行率 and must report offsets in the original
                org.apache.lucene.analysis.charfilter.NormalizeCharMap.Builder map =
                        new org.apache.lucene.analysis.charfilter.NormalizeCharMap.Builder();
                map.add(" ", "");
                return new org.apache.lucene.analysis.charfilter.MappingCharFilter(map.build(), reader);
            }
        };
        assertAnalyzesTo(withMapping, "运 行率", new String[] {"运行", "率"}, new int[] {0, 3}, new int[] {3, 4});
        withMapping.close();
    }

    /** The reason for index mode: a part of an indicator name finds the indicator. */
    public void testPartOfAnIndicatorNameFindsIt() throws IOException {
        String[] names = {"系统正常运行率", "医保信息系统正常运行率", "参保人员满意度", "系统运行维护响应时间"};
        try (Directory directory = newDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexing))) {
            for (String name : names) {
                Document document = new Document();
                document.add(new TextField("name", name, Field.Store.YES));
                writer.addDocument(document);
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = newSearcher(reader);
                QueryBuilder queries = new QueryBuilder(searching);
                assertEquals(2, hits(searcher, queries.createBooleanQuery("name", "运行率", org.apache.lucene.search.BooleanClause.Occur.MUST)));
                assertEquals(1, hits(searcher, queries.createBooleanQuery("name", "满意", org.apache.lucene.search.BooleanClause.Occur.MUST)));
                assertEquals(1, hits(searcher, queries.createBooleanQuery("name", "信息系统", org.apache.lucene.search.BooleanClause.Occur.MUST)));
                assertEquals(2, hits(searcher, queries.createPhraseQuery("name", "系统正常运行率")));
            }
        }
    }

    private static int hits(IndexSearcher searcher, Query query) throws IOException {
        return searcher.count(query);
    }

    /** Words other code adds to HanLP's global custom dictionary must not change what is indexed. */
    public void testWordsAddedToHanLPsCustomDictionaryChangeNothing() throws IOException {
        String[] before = tokens("系统正常运行率");
        com.hankcs.hanlp.dictionary.CustomDictionary.insert("正常运行率", "nz 1024");
        assertArrayEquals(before, tokens("系统正常运行率"));
    }

    private String[] tokens(String text) throws IOException {
        java.util.List<String> tokens = new java.util.ArrayList<>();
        try (org.apache.lucene.analysis.TokenStream stream = indexing.tokenStream("f", text)) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens.toArray(String[]::new);
    }

    public void testFactoryBuildsBothModes() throws IOException {
        Map<String, String> args = new HashMap<>();
        args.put("mode", "search");
        TokenizerFactory factory = TokenizerFactory.forName(HanLPTokenizerFactory.NAME, args);
        Tokenizer tokenizer = factory.create(newAttributeFactory());
        tokenizer.setReader(new StringReader("满意度"));
        assertTokenStreamContents(tokenizer, new String[] {"满意度"});

        Tokenizer indexTokenizer = TokenizerFactory.forName(HanLPTokenizerFactory.NAME, new HashMap<>())
                .create(newAttributeFactory());
        indexTokenizer.setReader(new StringReader("满意度"));
        assertTokenStreamContents(indexTokenizer, new String[] {"满意度", "满意"});
    }

    public void testFactoryRejectsUnknownArguments() {
        Map<String, String> wrongMode = new HashMap<>(Map.of("mode", "fast"));
        expectThrows(IllegalArgumentException.class, () -> new HanLPTokenizerFactory(wrongMode));
        Map<String, String> unknown = new HashMap<>(Map.of("dictionary", "x.txt"));
        expectThrows(IllegalArgumentException.class, () -> new HanLPTokenizerFactory(unknown));
    }

    /** checkRandomData also analyses on several threads at once and compares: HanLP's shared dictionaries stay consistent. */
    public void testRandomStringsIndexMode() throws IOException {
        checkRandomData(random(), indexing, 200 * RANDOM_MULTIPLIER);
    }

    public void testRandomStringsSearchMode() throws IOException {
        checkRandomData(random(), searching, 200 * RANDOM_MULTIPLIER);
    }

    public void testRandomHugeStrings() throws IOException {
        checkRandomData(random(), indexing, 5 * RANDOM_MULTIPLIER, 4096);
    }
}
