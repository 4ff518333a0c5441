package org.jixiao.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jixiao.index.FieldSpec;
import org.jixiao.index.IndexFields;
import org.jixiao.index.analysis.HanLPAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The generated configset: every index field in the schema, and an analyzer jar a Solr node can load alone. */
class SolrConfigsetTest {

    @Test
    void theSchemaDeclaresEveryIndexField() throws Exception {
        org.w3c.dom.Document schema = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(SolrConfigset.schema().getBytes(StandardCharsets.UTF_8)));
        Set<String> fields = names(schema.getElementsByTagName("field"));
        Set<String> families = names(schema.getElementsByTagName("dynamicField"));
        Set<String> copies = new HashSet<>();
        NodeList copyFields = schema.getElementsByTagName("copyField");
        for (int i = 0; i < copyFields.getLength(); i++) {
            Element copy = (Element) copyFields.item(i);
            copies.add(copy.getAttribute("source") + ">" + copy.getAttribute("dest"));
        }
        for (FieldSpec spec : IndexFields.ALL) {
            String name = SolrFields.name(spec);
            assertTrue((spec.isFamily() ? families : fields).contains(name), name);
            if (spec.matchable()) {
                assertTrue(copies.contains(name + ">" + spec.textName()), name);
            }
        }
        assertEquals("score_value", SolrFields.name(IndexFields.SCORE), "score is relevance to Solr");
    }

    private static Set<String> names(NodeList elements) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < elements.getLength(); i++) {
            names.add(((Element) elements.item(i)).getAttribute("name"));
        }
        return names;
    }

    /**
     * The jar alone, beside Lucene's own jars as a Solr node has them, and nothing else of this classpath:
     * its {@code hanlp} tokenizer is found by name and segments as the embedded store's analyzer does.
     */
    @Test
    void theAnalyzerJarLoadsAloneAndSegmentsAsTheEmbeddedAnalyzer(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve(SolrConfigset.ANALYZER_JAR);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SolrConfigset.writeAnalyzerJar(bytes);
        Files.write(jar, bytes.toByteArray());
        String text = "医保信息系统正常运行率";

        URL[] urls = {jar.toUri().toURL(), codeSource(TokenizerFactory.class), codeSource(CJKWidthFilterFactory.class)};
        try (URLClassLoader node = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            Class<?> factories = node.loadClass(TokenizerFactory.class.getName());
            assertTrue(factories.getClassLoader() == node, "Lucene is the node's own, not this classpath's");
            Map<String, String> args = new HashMap<>(Map.of("mode", "index"));
            Object factory = factories.getMethod("forName", String.class, Map.class).invoke(null, "hanlp", args);
            Object tokenizer = factory.getClass().getMethod("create").invoke(factory);
            Class<?> termAttribute = node.loadClass(CharTermAttribute.class.getName());
            Object term = tokenizer.getClass().getMethod("addAttribute", Class.class).invoke(tokenizer, termAttribute);
            tokenizer.getClass().getMethod("setReader", java.io.Reader.class).invoke(tokenizer, new StringReader(text));
            tokenizer.getClass().getMethod("reset").invoke(tokenizer);
            List<String> tokens = new ArrayList<>();
            while ((Boolean) tokenizer.getClass().getMethod("incrementToken").invoke(tokenizer)) {
                tokens.add(term.toString());
            }
            assertEquals(tokens(text), tokens);
        }
    }

    /** The embedded index analyzer's tokens, which are lower-case and half-width already for this text. */
    private static List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (HanLPAnalyzer analyzer = HanLPAnalyzer.forIndexing(); TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        assertTrue(tokens.size() > 2, tokens.toString());
        return tokens;
    }

    private static URL codeSource(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
