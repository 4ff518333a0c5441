package org.jixiao.index.solr;

import static org.jixiao.index.IndexFields.*;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.index.CopyKey;
import org.jixiao.index.FacetCount;
import org.jixiao.index.FieldSpec;
import org.jixiao.index.Filters;
import org.jixiao.index.FindingQuery;
import org.jixiao.index.IndicatorHit;
import org.jixiao.index.IndicatorQuery;
import org.jixiao.index.IndicatorResults;
import org.jixiao.index.Provenance;
import org.jixiao.index.RecordEntries;
import org.jixiao.index.RecordStore;
import org.jixiao.index.StoredFinding;
import org.jixiao.index.StoredValues;
import org.jixiao.index.TargetComparison;
import org.jixiao.index.indicator.IndicatorSynonyms;

/**
 * The {@link RecordStore} on a SolrCloud collection whose configset {@link SolrConfigset} generated.
 *
 * <p>A document is one Solr block: its document entry with its projects, indicators and findings as
 * child entries, keyed by its SHA-256. Storing it again sends the whole block in one update, which Solr
 * applies as one index operation on the shard that owns the key: a reader sees the old block or the new
 * one, never a mix, and several machines can ingest into one collection at once. Changes become visible
 * at {@link #commit()} (Solr's hard commit, which opens a new searcher); the update log makes them
 * durable before that, so, unlike the embedded store, closing without committing does not discard them:
 * the next commit, by anyone, shows them.
 *
 * <p>Until it commits, the store's own view is the collection's last commit overlaid with what it has
 * stored and removed since, so its decisions about copies ({@link CopyKey}) see its own puts, as the
 * embedded store's do.
 */
public final class SolrRecordStore implements RecordStore {

    /** How long a request is retried across the nodes: long enough for a shard to elect a new leader. */
    public static final Duration PATIENCE = Duration.ofSeconds(90);
    /** How long opening waits for a first answer: a wrong address is told soon. */
    private static final Duration FIRST_ANSWER = Duration.ofSeconds(5);
    private static final int PAGE = 1000;
    private static final String PRINTED_ORDER = PATH.name() + " asc," + SOURCE.name() + " asc," + SHA256.name() + " asc,"
            + ROW.name() + " asc," + SolrFields.ID + " asc";
    private static final Map<IndicatorQuery.Order, String> BY_FIELD = Map.of(
            IndicatorQuery.Order.CITY, CITY.name() + " asc," + PRINTED_ORDER,
            IndicatorQuery.Order.FISCAL_YEAR, FISCAL_YEAR.name() + " desc," + PRINTED_ORDER,
            IndicatorQuery.Order.DEPARTMENT, DEPARTMENT.name() + " asc," + PRINTED_ORDER,
            IndicatorQuery.Order.PROJECT, PROJECT.name() + " asc," + PRINTED_ORDER);
    private static final List<FieldSpec> DOCUMENT_FIELDS = List.of(SHA256, RECORD_JSON, PATH, SOURCE, ABSOLUTE_PATH,
            READ_WITHOUT_OCR, COPY_KEY, COPY, OCR_PAGES);

    private final SolrNodes nodes;
    private final SolrQueries queries;
    private final Object copyLock = new Object();
    /** By hash, what this store stored (a document) or removed (null) since its last commit. */
    private final Map<String, StoredDocument> pending = new LinkedHashMap<>();

    private SolrRecordStore(SolrNodes nodes, IndicatorSynonyms synonyms) {
        this.nodes = nodes;
        this.queries = new SolrQueries(synonyms);
    }

    /**
     * Connects to a collection through one or more of its cluster's nodes.
     *
     * @param nodeUrls   node base URLs such as {@code http://solr1:8983/solr}
     * @throws IOException naming the collection and the nodes when none of them answers for it
     */
    public static SolrRecordStore open(List<String> nodeUrls, String collection, IndicatorSynonyms synonyms) throws IOException {
        return open(nodeUrls, collection, synonyms, PATIENCE);
    }

    static SolrRecordStore open(List<String> nodeUrls, String collection, IndicatorSynonyms synonyms, Duration patience)
            throws IOException {
        SolrNodes nodes = new SolrNodes(nodeUrls, collection, patience);
        try {
            SolrRecordStore store = new SolrRecordStore(nodes, synonyms);
            nodes.request(new QueryRequest(new SolrQuery("*:*").setRows(0)), FIRST_ANSWER);
            return store;
        } catch (IOException | RuntimeException e) {
            nodes.close();
            throw e;
        }
    }

    /** A document entry as stored: enough to store its record again. */
    private record StoredDocument(String sha256, String recordJson, Provenance provenance, String copyKey, boolean copy,
                                  int ocrPages) {
    }

    @Override
    public Set<String> storedHashes() throws IOException {
        return hashes(null);
    }

    @Override
    public Set<String> hashesReadWithoutOcr() throws IOException {
        return hashes(READ_WITHOUT_OCR);
    }

    /** Hashes of the documents stored (and of those among them whose flag field is true), pending changes included. */
    private Set<String> hashes(FieldSpec flag) throws IOException {
        SolrQuery query = documents();
        if (flag != null) {
            query.addFilterQuery(flag.name() + ":true");
        }
        query.setFields(SHA256.name());
        Set<String> hashes = new HashSet<>();
        each(query.setSort(SolrQuery.SortClause.asc(SolrFields.ID)), d -> hashes.add(SolrFields.string(d, SHA256)));
        synchronized (copyLock) {
            pending.forEach((sha256, stored) -> {
                if (stored == null || flag != null && !stored.provenance().withoutOcr()) {
                    hashes.remove(sha256);
                } else {
                    hashes.add(sha256);
                }
            });
        }
        return hashes;
    }

    @Override
    public void put(DocumentRecord record, Provenance provenance) throws IOException {
        String sha256 = record.source().sha256();
        String key = CopyKey.of(record).orElse(null);
        // one decision at a time per store, so two files of one document arriving together agree on which counts
        synchronized (copyLock) {
            // one question for both: what is stored under this hash, and which documents share the key
            Map<String, StoredDocument> related = withHashOrKey(sha256, key);
            StoredDocument before = related.get(sha256);
            if (before != null && before.copyKey() != null && !before.copy() && !before.copyKey().equals(key)) {
                // stored again saying something else: its former copies are no longer copies of it
                promoteCopy(before.copyKey(), sha256);
            }
            boolean copy = false;
            if (key != null) {
                StoredDocument counted = related.values().stream()
                        .filter(d -> !d.sha256().equals(sha256) && key.equals(d.copyKey()) && !d.copy()).findFirst().orElse(null);
                if (counted != null) {
                    if (record.source().ocrPages().size() < counted.ocrPages()) {
                        // the file read with less OCR is the one counted: the scan stored before becomes its copy
                        store(counted, true);
                    } else {
                        copy = true;
                    }
                }
            }
            store(new StoredDocument(sha256, RecordJson.toLine(record), provenance, key, copy,
                    record.source().ocrPages().size()), record, copy);
        }
    }

    private void store(StoredDocument stored, boolean copy) throws IOException {
        store(stored, RecordJson.mapper().readValue(stored.recordJson(), DocumentRecord.class), copy);
    }

    /** Sends a document's block: one update that replaces whatever block its hash had. */
    private void store(StoredDocument stored, DocumentRecord record, boolean copy) throws IOException {
        List<RecordEntries.Entry> entries = RecordEntries.of(record, stored.provenance(), stored.copyKey(), copy);
        SolrInputDocument block = SolrFields.document(stored.sha256(), entries.get(0));
        for (int row = 1; row < entries.size(); row++) {
            block.addChildDocument(SolrFields.document(stored.sha256() + "/" + row, entries.get(row)));
        }
        nodes.request(new UpdateRequest().add(block));
        pending.put(stored.sha256(), new StoredDocument(stored.sha256(), stored.recordJson(), stored.provenance(),
                stored.copyKey(), copy, stored.ocrPages()));
    }

    @Override
    public void delete(String sha256) throws IOException {
        synchronized (copyLock) {
            StoredDocument before = storedDocument(sha256);
            // the block's entries all carry the hash: the document entry and its children go in one request
            nodes.request(new UpdateRequest().deleteByQuery(SHA256.name() + ":" + hexTerm(sha256)));
            pending.put(sha256, null);
            if (before != null && before.copyKey() != null && !before.copy()) {
                promoteCopy(before.copyKey(), sha256);
            }
        }
    }

    /** A hash (a document's, a copy key) as a query term; anything else is refused rather than parsed. */
    private static String hexTerm(String hash) {
        if (!hash.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + hash);
        }
        return hash;
    }

    /** The copy of {@code key} read with least OCR takes the place of the document counted, which is gone. */
    private void promoteCopy(String key, String gone) throws IOException {
        StoredDocument successor = null;
        for (StoredDocument copy : documentsWithKey(key)) {
            if (!copy.sha256().equals(gone) && (successor == null || copy.ocrPages() < successor.ocrPages())) {
                successor = copy;
            }
        }
        if (successor != null) {
            store(successor, false);
        }
    }

    /** The stored documents of a copy key, in path order, this store's pending changes included. */
    private List<StoredDocument> documentsWithKey(String key) throws IOException {
        return new ArrayList<>(withHashOrKey(null, key).values());
    }

    /**
     * By hash, the stored documents with this hash or this copy key (either may be null), in path order,
     * this store's pending changes included.
     */
    private Map<String, StoredDocument> withHashOrKey(String sha256, String key) throws IOException {
        List<String> clauses = new ArrayList<>();
        if (sha256 != null) {
            clauses.add(SHA256.name() + ":" + hexTerm(sha256));
        }
        if (key != null) {
            clauses.add(COPY_KEY.name() + ":" + hexTerm(key));
        }
        Map<String, StoredDocument> found = new LinkedHashMap<>();
        if (clauses.isEmpty()) {
            return found;
        }
        SolrQuery query = documents();
        query.addFilterQuery(String.join(" OR ", clauses));
        for (StoredDocument document : storedDocuments(query)) {
            found.put(document.sha256(), document);
        }
        pending.forEach((hash, stored) -> {
            if (stored != null && (hash.equals(sha256) || key != null && key.equals(stored.copyKey()))) {
                found.put(hash, stored);
            } else {
                found.remove(hash);
            }
        });
        return found;
    }

    /** A document as this store sees it: its pending change, else the last commit. */
    private StoredDocument storedDocument(String sha256) throws IOException {
        synchronized (copyLock) {
            if (pending.containsKey(sha256)) {
                return pending.get(sha256);
            }
        }
        SolrQuery query = documents();
        query.addFilterQuery(SHA256.name() + ":" + hexTerm(sha256));
        List<StoredDocument> found = storedDocuments(query);
        return found.isEmpty() ? null : found.get(0);
    }

    private List<StoredDocument> storedDocuments(SolrQuery query) throws IOException {
        query.setFields(SolrFields.names(DOCUMENT_FIELDS));
        query.setSort(SolrQuery.SortClause.asc(PATH.name())).addSort(SolrQuery.SortClause.asc(SolrFields.ID));
        List<StoredDocument> found = new ArrayList<>();
        each(query, d -> {
            Integer ocrPages = SolrFields.integer(d, OCR_PAGES);
            found.add(new StoredDocument(SolrFields.string(d, SHA256), SolrFields.string(d, RECORD_JSON),
                    new Provenance(values(d).path(), SolrFields.string(d, ABSOLUTE_PATH),
                            "true".equals(SolrFields.string(d, READ_WITHOUT_OCR))),
                    SolrFields.string(d, COPY_KEY), "true".equals(SolrFields.string(d, COPY)),
                    ocrPages == null ? 0 : ocrPages));
        });
        return found;
    }

    /** The document entries. */
    private static SolrQuery documents() {
        SolrQuery query = new SolrQuery("*:*");
        query.addFilterQuery(TYPE.name() + ":" + RecordType.DOCUMENT.code());
        return query;
    }

    /** Makes every change so far visible to every reader of the collection. */
    @Override
    public void commit() throws IOException {
        synchronized (copyLock) {
            nodes.request(new UpdateRequest().setAction(UpdateRequest.ACTION.COMMIT, true, true));
            pending.clear();
        }
    }

    @Override
    public Optional<DocumentRecord> document(String sha256) throws IOException {
        StoredDocument stored = storedDocument(sha256);
        return stored == null ? Optional.empty()
                : Optional.of(RecordJson.mapper().readValue(stored.recordJson(), DocumentRecord.class));
    }

    @Override
    public Optional<Path> sourceFile(String sha256) throws IOException {
        StoredDocument stored = storedDocument(sha256);
        return stored == null ? Optional.empty() : Optional.ofNullable(stored.provenance().absolutePath()).map(Path::of);
    }

    @Override
    public IndicatorResults search(IndicatorQuery request) throws IOException {
        SolrQuery query = new SolrQuery();
        SolrQueries.Params params = new SolrQueries.Params(query);
        SolrQueries.filter(params, RecordType.INDICATOR, request.filters());
        boolean hasWords = request.text() != null && !request.text().isBlank();
        String words = hasWords ? queries.indicatorWords(params, request.text()) : "*:*";
        if (words == null) {
            return new IndicatorResults(0, List.of(), request.facets() ? noFacets() : List.of());
        }
        query.setQuery(words);
        String sort = request.order() != IndicatorQuery.Order.RELEVANCE ? BY_FIELD.get(request.order())
                : hasWords ? "score desc," + PRINTED_ORDER : PRINTED_ORDER;
        query.set("sort", sort);
        query.setFields(SolrFields.names(StoredValues.HIT_FIELDS));
        query.addField("score");
        if (request.facets()) {
            query.setFacet(true).setFacetLimit(-1).setFacetMinCount(1);
            SEARCH_FACETS.forEach(field -> query.addFacetField(field.name()));
        }
        List<SolrDocument> found = new ArrayList<>();
        long total;
        List<FacetCount> facets = List.of();
        if (request.limit() == 0) {
            // the count and the facets first, then every row a page at a time
            QueryResponse counted = query(query.getCopy().setRows(0));
            total = counted.getResults().getNumFound();
            facets = request.facets() ? facets(counted) : List.of();
            query.setFacet(false);
            each(query, found::add);
        } else {
            QueryResponse response = query(query.setRows(request.limit()));
            total = response.getResults().getNumFound();
            facets = request.facets() ? facets(response) : List.of();
            found.addAll(response.getResults());
        }
        Map<String, List<String>> copies = copyPaths(found.stream().map(d -> SolrFields.string(d, COPY_KEY))
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<IndicatorHit> hits = new ArrayList<>(found.size());
        for (SolrDocument d : found) {
            String key = SolrFields.string(d, COPY_KEY);
            float relevance = hasWords && d.getFirstValue("score") instanceof Number score ? score.floatValue() : 0f;
            hits.add(values(d).indicatorHit(relevance, key == null ? List.of() : copies.getOrDefault(key, List.of())));
        }
        return new IndicatorResults(total, hits, facets);
    }

    private static List<FacetCount> noFacets() {
        return SEARCH_FACETS.stream().map(field -> new FacetCount(field.name(), List.of())).toList();
    }

    private static List<FacetCount> facets(QueryResponse response) {
        List<FacetCount> counts = new ArrayList<>();
        for (FieldSpec field : SEARCH_FACETS) {
            FacetField facet = response.getFacetField(field.name());
            List<FacetCount.Bucket> buckets = new ArrayList<>();
            if (facet != null && facet.getValues() != null) {
                facet.getValues().forEach(value -> buckets.add(new FacetCount.Bucket(value.getName(), value.getCount())));
            }
            counts.add(FacetCount.ranked(field.name(), buckets));
        }
        return counts;
    }

    /** Per copy key, the paths of the documents stored as copies, in path order. */
    private Map<String, List<String>> copyPaths(Set<String> keys) throws IOException {
        Map<String, List<String>> paths = new HashMap<>();
        if (keys.isEmpty()) {
            return paths;
        }
        SolrQuery query = documents();
        query.addFilterQuery(COPY.name() + ":true");
        query.addFilterQuery("{!terms f=" + COPY_KEY.name() + " v=$keys}");
        query.set("keys", String.join(",", keys));
        query.setFields(COPY_KEY.name(), PATH.name(), SOURCE.name());
        query.set("sort", PRINTED_ORDER);
        each(query, d -> paths.computeIfAbsent(SolrFields.string(d, COPY_KEY), k -> new ArrayList<>()).add(values(d).path()));
        return paths;
    }

    @Override
    public List<StoredFinding> findings(FindingQuery request) throws IOException {
        SolrQuery query = new SolrQuery("*:*");
        SolrQueries.Params params = new SolrQueries.Params(query);
        SolrQueries.filter(params, RecordType.FINDING, request.filters());
        SolrQueries.exact(params, RULE, request.rule());
        SolrQueries.exact(params, SEVERITY, request.severity());
        SolrQueries.exact(params, SHA256, request.sha256());
        query.setFields(SolrFields.names(StoredValues.FINDING_FIELDS));
        query.set("sort", PRINTED_ORDER);
        List<StoredFinding> findings = new ArrayList<>();
        if (request.limit() == 0) {
            each(query, d -> findings.add(values(d).finding()));
        } else {
            query(query.setRows(request.limit())).getResults().forEach(d -> findings.add(values(d).finding()));
        }
        return findings;
    }

    @Override
    public TargetComparison compare(String indicator, Filters filters) throws IOException {
        SolrQuery query = new SolrQuery();
        SolrQueries.Params params = new SolrQueries.Params(query);
        SolrQueries.filter(params, RecordType.INDICATOR, filters);
        query.setQuery(queries.indicatorName(params, indicator));
        query.setFields(SolrFields.names(StoredValues.COMPARISON_FIELDS));
        query.set("sort", PRINTED_ORDER);
        List<TargetComparison.Row> rows = new ArrayList<>();
        each(query, d -> rows.add(values(d).comparisonRow()));
        return TargetComparison.of(indicator, rows);
    }

    private static StoredValues values(SolrDocument d) {
        return new StoredValues() {
            @Override
            public String string(FieldSpec field) {
                return SolrFields.string(d, field);
            }

            @Override
            public Integer integer(FieldSpec field) {
                return SolrFields.integer(d, field);
            }
        };
    }

    private QueryResponse query(SolrQuery query) throws IOException {
        return nodes.request(new QueryRequest(query, SolrRequest.METHOD.POST));
    }

    /** Every match of a query sorted to end on the unique key, a page at a time (Solr's cursor). */
    private void each(SolrQuery query, Consumer<SolrDocument> each) throws IOException {
        query.setRows(PAGE);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = query(query);
            response.getResults().forEach(each);
            String next = response.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return;
            }
            cursor = next;
        }
    }

    @Override
    public void close() throws IOException {
        nodes.close();
    }
}
