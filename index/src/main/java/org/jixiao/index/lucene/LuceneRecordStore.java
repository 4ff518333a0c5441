package org.jixiao.index.lucene;

import static org.jixiao.index.IndexFields.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.index.CopyKey;
import org.jixiao.index.FacetCount;
import org.jixiao.index.FieldSpec;
import org.jixiao.index.FieldType;
import org.jixiao.index.Filters;
import org.jixiao.index.FindingQuery;
import org.jixiao.index.IndicatorHit;
import org.jixiao.index.IndicatorQuery;
import org.jixiao.index.IndexUnavailableException;
import org.jixiao.index.IndicatorResults;
import org.jixiao.index.Provenance;
import org.jixiao.index.RecordEntries;
import org.jixiao.index.RecordStore;
import org.jixiao.index.StoredFinding;
import org.jixiao.index.StoredValues;
import org.jixiao.index.TargetComparison;
import org.jixiao.index.analysis.HanLPAnalyzer;
import org.jixiao.index.indicator.IndicatorSynonyms;

/**
 * The embedded {@link RecordStore}: a Lucene index in a directory. Opened for writing it holds the
 * index's write lock and searches see its own uncommitted changes; opened read-only it sees the last
 * commit of whoever writes, so analysts can search while an ingest runs.
 */
public final class LuceneRecordStore implements RecordStore {

    /**
     * Search order: relevance, then documents by path and name (the hash keeps two documents of one
     * name apart), then rows in printed order.
     */
    private static final Sort RANKED = new Sort(SortField.FIELD_SCORE, new SortedSetSortField(PATH.name(), false),
            new SortedSetSortField(SOURCE.name(), false), new SortedSetSortField(SHA256.name(), false),
            new SortField(ROW.name(), SortField.Type.INT));
    private static final Sort PRINTED_ORDER = new Sort(new SortedSetSortField(PATH.name(), false),
            new SortedSetSortField(SOURCE.name(), false), new SortedSetSortField(SHA256.name(), false),
            new SortField(ROW.name(), SortField.Type.INT));

    /** The stored fields a hit shows: reading only these skips the rest of each entry. */
    private static final Map<IndicatorQuery.Order, Sort> BY_FIELD = Map.of(
            IndicatorQuery.Order.CITY, byThenPrinted(new SortedSetSortField(CITY.name(), false)),
            IndicatorQuery.Order.FISCAL_YEAR, byThenPrinted(new SortField(FISCAL_YEAR.name(), SortField.Type.INT, true)),
            IndicatorQuery.Order.DEPARTMENT, byThenPrinted(new SortedSetSortField(DEPARTMENT.name(), false)),
            IndicatorQuery.Order.PROJECT, byThenPrinted(new SortedSetSortField(PROJECT.name(), false)));

    /** The stored fields a finding shows. */
    private static final Set<String> FINDING_FIELDS = names(StoredValues.FINDING_FIELDS);

    private static Sort byThenPrinted(SortField first) {
        return new Sort(first, new SortedSetSortField(PATH.name(), false), new SortedSetSortField(SOURCE.name(), false),
                new SortedSetSortField(SHA256.name(), false), new SortField(ROW.name(), SortField.Type.INT));
    }

    private static final Set<String> INDICATOR_HIT_FIELDS = names(StoredValues.HIT_FIELDS);
    private static final Set<String> COMPARISON_FIELDS = names(StoredValues.COMPARISON_FIELDS);

    private static Set<String> names(List<FieldSpec> fields) {
        return fields.stream().map(FieldSpec::name).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * A note beside the write lock saying when the writer opened the index, so that a second writer
     * can tell the user since when an import has been running.
     */
    private static final String WRITER_NOTE = "writer.started";

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Queries queries;
    private final Analyzer indexAnalyzer;
    private final Analyzer searchAnalyzer;
    /** Facet ordinals of the reader last searched, rebuilt when the reader changes. */
    private final Map<String, StringDocValuesReaderState> facetStates = new HashMap<>();
    private IndexReader facetReader;
    private final Object copyLock = new Object();
    /** By copy key, the document counted; guarded by {@link #copyLock}; null until the first put or delete. */
    private Map<String, Counted> counted;
    /** The reverse of {@link #counted}: the copy key of each document counted. */
    private Map<String, String> countedKeys;

    private LuceneRecordStore(Path path, Directory directory, IndexWriter writer, Analyzer indexAnalyzer,
                              IndicatorSynonyms synonyms) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.indexAnalyzer = indexAnalyzer;
        this.searchAnalyzer = HanLPAnalyzer.forSearching();
        this.queries = new Queries(searchAnalyzer, synonyms);
        this.searchers = writer == null ? new SearcherManager(directory, null) : new SearcherManager(writer, null);
    }

    /**
     * Opens (creating if needed) the index in {@code dir} for writing.
     *
     * @throws IndexUnavailableException.Locked when another process writes to it
     */
    public static LuceneRecordStore open(Path dir, IndicatorSynonyms synonyms) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        Analyzer analyzer = HanLPAnalyzer.forIndexing();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // only an explicit commit makes changes durable, so an interrupted batch resumes cleanly
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(64);
        try {
            IndexWriter writer = new IndexWriter(directory, config);
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit();
            }
            Files.writeString(dir.resolve(WRITER_NOTE), Instant.now().toString());
            return new LuceneRecordStore(dir, directory, writer, analyzer, synonyms);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexUnavailableException.Locked(dir, writerSince(dir), e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Opens the index in {@code dir} for writing, when there is one: taking documents out of an index
     * that is not there must not leave an empty one behind.
     *
     * @throws IndexUnavailableException.Missing when there is no index in {@code dir}
     * @throws IndexUnavailableException.Locked  when another process writes to it
     */
    public static LuceneRecordStore openExisting(Path dir, IndicatorSynonyms synonyms) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IndexUnavailableException.Missing(dir, null);
        }
        try (Directory directory = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IndexUnavailableException.Missing(dir, null);
            }
        }
        return open(dir, synonyms);
    }

    /**
     * Opens the index in {@code dir} for searching only; never creates anything there.
     *
     * @throws IndexUnavailableException.Missing when there is no index in {@code dir}
     */
    public static LuceneRecordStore openReadOnly(Path dir, IndicatorSynonyms synonyms) throws IOException {
        if (!Files.isDirectory(dir)) {
            // FSDirectory.open would create the folder, and a later search there would quietly find nothing
            throw new IndexUnavailableException.Missing(dir, null);
        }
        Directory directory = FSDirectory.open(dir);
        try {
            return new LuceneRecordStore(dir, directory, null, null, synonyms);
        } catch (IndexNotFoundException e) {
            directory.close();
            throw new IndexUnavailableException.Missing(dir, e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    @Override
    public Set<String> storedHashes() throws IOException {
        return withSearcher(searcher -> {
            Set<String> hashes = new HashSet<>();
            searcher.search(Queries.type(RecordType.DOCUMENT), new SimpleCollector() {
                private SortedSetDocValues values;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    values = context.reader().getSortedSetDocValues(SHA256.name());
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (values != null && values.advanceExact(doc)) {
                        hashes.add(values.lookupOrd(values.nextOrd()).utf8ToString());
                    }
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return hashes;
        });
    }

    @Override
    public void put(DocumentRecord record, Provenance provenance) throws IOException {
        IndexWriter writer = requireWriter();
        String sha256 = record.source().sha256();
        String key = CopyKey.of(record).orElse(null);
        // one decision at a time per store, so two files of one document arriving together agree on which counts
        synchronized (copyLock) {
            Map<String, Counted> counted = counted();
            String keyBefore = countedKeys.get(sha256);
            if (keyBefore != null && !keyBefore.equals(key)) {
                // stored again saying something else: its former copies are no longer copies of it
                countedKeys.remove(sha256);
                counted.remove(keyBefore);
                promoteCopy(keyBefore, sha256);
            }
            boolean copy = false;
            if (key != null) {
                Counted current = counted.get(key);
                int ocrPages = record.source().ocrPages().size();
                if (current == null || current.sha256().equals(sha256)) {
                    count(key, new Counted(sha256, ocrPages));
                } else if (ocrPages < current.ocrPages()) {
                    // the file read with less OCR is the one counted: the scan stored before becomes its copy
                    restore(current.sha256(), true);
                    countedKeys.remove(current.sha256());
                    count(key, new Counted(sha256, ocrPages));
                } else {
                    copy = true;
                }
            }
            writer.updateDocuments(new Term(SHA256.name(), sha256), documents(record, provenance, key, copy));
        }
    }

    @Override
    public void delete(String sha256) throws IOException {
        IndexWriter writer = requireWriter();
        synchronized (copyLock) {
            counted();
            writer.deleteDocuments(new Term(SHA256.name(), sha256));
            String key = countedKeys.remove(sha256);
            if (key != null) {
                counted.remove(key);
                promoteCopy(key, sha256);
            }
        }
    }

    /** The copy of {@code key} read with least OCR takes the place of the document counted, which is gone. */
    private void promoteCopy(String key, String gone) throws IOException {
        StoredDocument successor = null;
        for (StoredDocument copy : storedDocuments(new TermQuery(new Term(COPY_KEY.name(), key)))) {
            if (!copy.sha256().equals(gone) && (successor == null || copy.ocrPages() < successor.ocrPages())) {
                successor = copy;
            }
        }
        if (successor != null) {
            restore(successor.sha256(), false);
            count(key, new Counted(successor.sha256(), successor.ocrPages()));
        }
    }

    private void count(String key, Counted document) {
        counted.put(key, document);
        countedKeys.put(document.sha256(), key);
    }

    /** The document counted for a copy key: the file read with least OCR. */
    private record Counted(String sha256, int ocrPages) {
    }

    /** A document entry as stored: enough to store its record again. */
    private record StoredDocument(String sha256, String recordJson, Provenance provenance, String copyKey, boolean copy,
                                  int ocrPages) {
    }

    /** The documents counted, by copy key; read from the index once, then kept up to date by put and delete. */
    private Map<String, Counted> counted() throws IOException {
        if (counted == null) {
            counted = new HashMap<>();
            countedKeys = new HashMap<>();
            for (StoredDocument document : storedDocuments(Queries.type(RecordType.DOCUMENT))) {
                if (document.copyKey() != null && !document.copy()) {
                    count(document.copyKey(), new Counted(document.sha256(), document.ocrPages()));
                }
            }
        }
        return counted;
    }

    /** Stores a document's record again, as a copy or as the document counted. */
    private void restore(String sha256, boolean copy) throws IOException {
        StoredDocument stored = storedDocument(sha256);
        if (stored == null) {
            return;
        }
        DocumentRecord record = RecordJson.mapper().readValue(stored.recordJson(), DocumentRecord.class);
        requireWriter().updateDocuments(new Term(SHA256.name(), sha256),
                documents(record, stored.provenance(), stored.copyKey(), copy));
    }

    private StoredDocument storedDocument(String sha256) throws IOException {
        List<StoredDocument> found = storedDocuments(new TermQuery(new Term(SHA256.name(), sha256)));
        return found.isEmpty() ? null : found.get(0);
    }

    /** The document entries among the matches of {@code query}, uncommitted changes of this store included. */
    private List<StoredDocument> storedDocuments(Query query) throws IOException {
        Query documents = new BooleanQuery.Builder().add(Queries.type(RecordType.DOCUMENT), Occur.FILTER)
                .add(query, Occur.FILTER).build();
        return withSearcher(searcher -> {
            int total = searcher.count(documents);
            List<StoredDocument> found = new ArrayList<>(total);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(documents, Math.max(1, total)).scoreDocs) {
                Document d = stored.document(hit.doc);
                Integer ocrPages = LuceneFields.integer(d, OCR_PAGES);
                found.add(new StoredDocument(LuceneFields.string(d, SHA256), LuceneFields.string(d, RECORD_JSON),
                        new Provenance(values(d).path(), LuceneFields.string(d, ABSOLUTE_PATH), "true".equals(LuceneFields.string(d, READ_WITHOUT_OCR))),
                        LuceneFields.string(d, COPY_KEY), "true".equals(LuceneFields.string(d, COPY)),
                        ocrPages == null ? 0 : ocrPages));
            }
            return found;
        });
    }

    @Override
    public Set<String> hashesReadWithoutOcr() throws IOException {
        Set<String> hashes = new HashSet<>();
        for (StoredDocument document : storedDocuments(new TermQuery(new Term(READ_WITHOUT_OCR.name(), "true")))) {
            hashes.add(document.sha256());
        }
        return hashes;
    }

    @Override
    public void commit() throws IOException {
        requireWriter().commit();
    }

    @Override
    public Optional<DocumentRecord> document(String sha256) throws IOException {
        Optional<String> json = documentField(sha256, RECORD_JSON);
        return json.isEmpty() ? Optional.empty() : Optional.of(RecordJson.mapper().readValue(json.get(), DocumentRecord.class));
    }

    @Override
    public Optional<Path> sourceFile(String sha256) throws IOException {
        return documentField(sha256, ABSOLUTE_PATH).map(Path::of);
    }

    /** A stored field of a document's own entry. */
    private Optional<String> documentField(String sha256, FieldSpec field) throws IOException {
        Query query = new BooleanQuery.Builder().add(Queries.type(RecordType.DOCUMENT), Occur.FILTER)
                .add(new TermQuery(new Term(SHA256.name(), sha256)), Occur.FILTER).build();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.ofNullable(LuceneFields.string(
                    searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(field.name())), field));
        });
    }

    @Override
    public IndicatorResults search(IndicatorQuery request) throws IOException {
        BooleanQuery.Builder builder = queries.filtered(RecordType.INDICATOR, request.filters());
        boolean hasWords = request.text() != null && !request.text().isBlank();
        if (hasWords) {
            builder.add(queries.indicatorWords(request.text()), Occur.MUST);
        }
        Query query = builder.build();
        return withSearcher(searcher -> {
            // a page of rows with facets needs no count: the facet collector sees every match
            Integer counted = request.limit() == 0 || !request.facets() ? searcher.count(query) : null;
            int wanted = request.limit() == 0 ? Math.max(1, counted) : request.limit();
            Sort sort = request.order() != IndicatorQuery.Order.RELEVANCE ? BY_FIELD.get(request.order())
                    : hasWords ? RANKED : PRINTED_ORDER;
            TopDocs top;
            long total;
            List<FacetCount> facets = List.of();
            if (request.facets()) {
                FacetsCollectorManager.FacetsResult result =
                        FacetsCollectorManager.search(searcher, query, wanted, sort, hasWords, new FacetsCollectorManager());
                top = result.topDocs();
                total = result.facetsCollector().getMatchingDocs().stream().mapToLong(docs -> docs.totalHits).sum();
                facets = countFacets(searcher.getIndexReader(), result.facetsCollector());
            } else {
                top = searcher.search(query, wanted, sort, hasWords);
                total = counted;
            }
            StoredFields stored = searcher.storedFields();
            List<Document> found = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                found.add(stored.document(hit.doc, INDICATOR_HIT_FIELDS));
            }
            Map<String, List<String>> copies = copyPaths(searcher, found.stream()
                    .map(d -> LuceneFields.string(d, COPY_KEY)).filter(Objects::nonNull).collect(Collectors.toSet()));
            List<IndicatorHit> hits = new ArrayList<>(found.size());
            for (int i = 0; i < found.size(); i++) {
                Document d = found.get(i);
                String key = LuceneFields.string(d, COPY_KEY);
                hits.add(values(d).indicatorHit(hasWords ? top.scoreDocs[i].score : 0f,
                        key == null ? List.of() : copies.getOrDefault(key, List.of())));
            }
            return new IndicatorResults(total, hits, facets);
        });
    }

    @Override
    public List<StoredFinding> findings(FindingQuery request) throws IOException {
        BooleanQuery.Builder builder = queries.filtered(RecordType.FINDING, request.filters());
        Queries.addExact(builder, RULE, request.rule());
        Queries.addExact(builder, SEVERITY, request.severity());
        Queries.addExact(builder, SHA256, request.sha256());
        Query query = builder.build();
        return withSearcher(searcher -> {
            int wanted = request.limit() == 0 ? Math.max(1, searcher.count(query)) : request.limit();
            StoredFields stored = searcher.storedFields();
            List<StoredFinding> findings = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, wanted, PRINTED_ORDER).scoreDocs) {
                findings.add(values(stored.document(hit.doc, FINDING_FIELDS)).finding());
            }
            return findings;
        });
    }

    @Override
    public TargetComparison compare(String indicator, Filters filters) throws IOException {
        Query query = queries.filtered(RecordType.INDICATOR, filters)
                .add(queries.indicatorName(indicator), Occur.MUST).build();
        return withSearcher(searcher -> {
            int total = searcher.count(query);
            StoredFields stored = searcher.storedFields();
            List<TargetComparison.Row> rows = new ArrayList<>(total);
            for (ScoreDoc hit : searcher.search(query, Math.max(1, total), PRINTED_ORDER).scoreDocs) {
                rows.add(values(stored.document(hit.doc, COMPARISON_FIELDS)).comparisonRow());
            }
            return TargetComparison.of(indicator, rows);
        });
    }

    /** A record's entries as Lucene documents. */
    private static List<Document> documents(DocumentRecord record, Provenance provenance, String copyKey, boolean copy) {
        List<Document> documents = new ArrayList<>();
        for (RecordEntries.Entry entry : RecordEntries.of(record, provenance, copyKey, copy)) {
            Document document = new Document();
            entry.values().forEach(value -> LuceneFields.add(document, value.field(), value.value()));
            documents.add(document);
        }
        return documents;
    }

    /** A Lucene document's stored values. */
    private static StoredValues values(Document d) {
        return new StoredValues() {
            @Override
            public String string(FieldSpec field) {
                return LuceneFields.string(d, field);
            }

            @Override
            public Integer integer(FieldSpec field) {
                return LuceneFields.integer(d, field);
            }
        };
    }

    /** Per copy key, the paths of the documents stored as copies, in path order. */
    private static Map<String, List<String>> copyPaths(IndexSearcher searcher, Set<String> keys) throws IOException {
        Map<String, List<String>> paths = new HashMap<>();
        if (keys.isEmpty()) {
            return paths;
        }
        BooleanQuery.Builder anyKey = new BooleanQuery.Builder();
        keys.forEach(key -> anyKey.add(new TermQuery(new Term(COPY_KEY.name(), key)), Occur.SHOULD));
        Query copies = new BooleanQuery.Builder().add(Queries.type(RecordType.DOCUMENT), Occur.FILTER)
                .add(new TermQuery(new Term(COPY.name(), "true")), Occur.FILTER).add(anyKey.build(), Occur.FILTER).build();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(copies, Math.max(1, searcher.count(copies)), PRINTED_ORDER).scoreDocs) {
            Document d = stored.document(hit.doc);
            paths.computeIfAbsent(LuceneFields.string(d, COPY_KEY), k -> new ArrayList<>()).add(values(d).path());
        }
        return paths;
    }

    private List<FacetCount> countFacets(IndexReader reader, FacetsCollector hits) throws IOException {
        List<FacetCount> counts = new ArrayList<>();
        for (FieldSpec field : SEARCH_FACETS) {
            FacetResult result;
            if (field.type() == FieldType.INT) {
                result = new LongValueFacetCounts(field.name(), hits).getAllChildren(field.name());
            } else {
                StringDocValuesReaderState state = facetState(reader, field.name());
                result = state == null ? null : new StringValueFacetCounts(state, hits).getAllChildren(field.name());
            }
            List<FacetCount.Bucket> buckets = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    buckets.add(new FacetCount.Bucket(value.label, value.value.longValue()));
                }
            }
            counts.add(FacetCount.ranked(field.name(), buckets));
        }
        return counts;
    }

    /** Null when no entry has the field yet. */
    private synchronized StringDocValuesReaderState facetState(IndexReader reader, String field) throws IOException {
        if (reader != facetReader) {
            facetStates.clear();
            facetReader = reader;
        }
        if (!facetStates.containsKey(field)) {
            boolean present = reader.leaves().stream().anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null);
            facetStates.put(field, present ? new StringDocValuesReaderState(reader, field) : null);
        }
        return facetStates.get(field);
    }

    /** When the writer holding the lock opened the index, or null where it left no readable note. */
    private static Instant writerSince(Path dir) {
        try {
            return Instant.parse(Files.readString(dir.resolve(WRITER_NOTE)).strip());
        } catch (IOException | DateTimeParseException e) {
            return null;
        }
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.run(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    private IndexWriter requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("the record store was opened read-only");
        }
        return writer;
    }

    /** Closes the store; changes not committed are discarded. */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
                Files.deleteIfExists(path.resolve(WRITER_NOTE));
            }
        } finally {
            searchAnalyzer.close();
            if (indexAnalyzer != null) {
                indexAnalyzer.close();
            }
            directory.close();
        }
    }
}
