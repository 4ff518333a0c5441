package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jixiao.index.RecordStore;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.jixiao.index.lucene.LuceneRecordStore;
import org.jixiao.index.solr.SolrRecordStore;
import picocli.CommandLine.Option;

/**
 * Where the records live, shared by the commands that use them: the embedded index in a directory, or
 * a SolrCloud collection when {@code --solr} (or {@code JIXIAO_SOLR}) names its nodes.
 */
final class DataOptions {

    /** The bureau's own additions to the indicator synonym list, in the data directory. */
    static final String SYNONYMS_FILE = "synonyms.txt";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "jixiao-data",
            description = "Index directory. Default: ./${DEFAULT-VALUE}. A synonyms.txt there extends the indicator synonyms.")
    Path dir;

    @Option(names = "--solr", paramLabel = "URL[,URL...]", defaultValue = "${env:JIXIAO_SOLR}",
            description = "Use a SolrCloud collection instead of the index directory: base URLs of one or more nodes, "
                    + "e.g. http://solr1:8983/solr,http://solr2:8983/solr (a request goes to the next when one is down). "
                    + "Default: $JIXIAO_SOLR.")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = "${env:JIXIAO_SOLR_COLLECTION:-jixiao}",
            description = "The SolrCloud collection, with --solr. Default: $JIXIAO_SOLR_COLLECTION, else ${DEFAULT-VALUE}.")
    String collection;

    /** The shipped synonyms, plus the data directory's {@value #SYNONYMS_FILE} where there is one. */
    IndicatorSynonyms synonyms() throws IOException {
        Path extra = dir.resolve(SYNONYMS_FILE);
        return Files.isRegularFile(extra)
                ? IndicatorSynonyms.defaults().with(IndicatorSynonyms.read(extra))
                : IndicatorSynonyms.defaults();
    }

    private boolean onSolr() {
        return solr != null && !solr.isBlank();
    }

    private List<String> solrUrls() {
        return Arrays.stream(solr.split(",")).map(String::strip).filter(url -> !url.isEmpty()).toList();
    }

    /** The store for ingesting: the index directory is created if needed and locked for this process. */
    RecordStore openForWriting() throws IOException {
        return onSolr() ? SolrRecordStore.open(solrUrls(), collection, synonyms()) : LuceneRecordStore.open(dir, synonyms());
    }

    /** The store for removing: an index directory must exist already. */
    RecordStore openExisting() throws IOException {
        return onSolr() ? SolrRecordStore.open(solrUrls(), collection, synonyms()) : LuceneRecordStore.openExisting(dir, synonyms());
    }

    /** The store for searching: never creates anything. */
    RecordStore openForReading() throws IOException {
        return onSolr() ? SolrRecordStore.open(solrUrls(), collection, synonyms()) : LuceneRecordStore.openReadOnly(dir, synonyms());
    }

    /** Where the records are, for messages. */
    String describe() {
        return onSolr() ? "Solr collection " + collection + " at " + String.join(", ", solrUrls()) : dir.toAbsolutePath().toString();
    }
}
